// A JSON path in the form people read: positions[2].strike, assets.BTC.price, correlations["BTC/ETH"].
// The engine puts it on every error it reports; the page builds the same path for a field so the
// field can find its error. One function for both, in src/shared: the only folder every layer may
// import from, because it imports nothing (eslint.config.js).

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(file)';
}
