// The JSON paths the engine puts on its errors (positions[2].strike, assets.BTC.price,
// balances["1INCH"]), built the same way so a cell can find its message. Mirrors
// engine/format/path.ts, which the page cannot import (the engine lives in the worker);
// test/state/paths.test.ts holds the two to the same output.

export type PathKey = string | number;

export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || '(file)';
}

export const assetPath = (symbol: string, field: string) => formatPath(['assets', symbol, field]);
export const balancePath = (symbol: string) => formatPath(['balances', symbol]);
export const overridePath = (symbol: string, field: string) => formatPath(['overrides', symbol, field]);
export const positionPath = (index: number, ...rest: PathKey[]) => formatPath(['positions', index, ...rest]);
