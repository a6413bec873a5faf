// Records keyed by the user's own text (asset symbols): no prototype behind them, so an asset named
// "constructor" or "toString" is only ever what the book says it is.

/** A prototype-free record from entries. */
export function ownRecord<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}
