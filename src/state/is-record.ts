/** A JSON object (not an array, not null): what a document read from a file, a link or storage must be before its fields are read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
