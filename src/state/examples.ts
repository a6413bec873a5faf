import type { ExampleEntry } from './results-slice';

// The example portfolios ship beside the app in public/examples, listed in index.json.

export type FetchJson = (relativeUrl: string) => Promise<unknown>;

function isExample(value: unknown): value is ExampleEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.file === 'string' && typeof entry.name === 'string' && (entry.description === undefined || typeof entry.description === 'string');
}

/** The example list; entries that are not `{ file, name, description }` are skipped. */
export async function loadExampleIndex(fetchJson: FetchJson): Promise<ExampleEntry[]> {
  const index = await fetchJson('examples/index.json');
  if (!Array.isArray(index)) throw new Error('the example list is not a list');
  return index.filter(isExample).map((e) => ({ file: e.file, name: e.name, description: e.description ?? '' }));
}

export function loadExample(fetchJson: FetchJson, entry: ExampleEntry): Promise<unknown> {
  // Only plain file names: the list must not point the app elsewhere.
  if (!/^[\w.-]+\.json$/.test(entry.file)) return Promise.reject(new Error(`"${entry.file}" is not an example file name`));
  return fetchJson(`examples/${entry.file}`);
}

/** Fetch JSON relative to the page, so the app works from a sub-folder. */
export const fetchRelativeJson: FetchJson = async (relativeUrl) => {
  const response = await fetch(new URL(relativeUrl, document.baseURI));
  if (!response.ok) throw new Error(`${relativeUrl}: ${response.status} ${response.statusText}`);
  return (await response.json()) as unknown;
};
