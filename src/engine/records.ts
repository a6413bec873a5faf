// Records keyed by the user's own text (asset symbols): no prototype behind them, so an asset named
// "constructor" or "toString" is only ever what the book says it is.

/** A record's own entry for `key`, never Object.prototype's ("constructor" reads undefined unless the record has it). */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A prototype-free record from entries. */
export function ownRecord<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}
