import { readFileSync } from 'node:fs';

// The JSON file a command line was given ("-" for stdin), or the error lines that say why not.
// Shared by `compare` and `import`, whose messages were written twice.

export function readJsonInput(file: string): { ok: true; json: unknown } | { ok: false; lines: string[] } {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    return { ok: false, lines: [`(file): cannot read ${file === '-' ? 'stdin' : file}: ${(error as Error).message}`] };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, lines: [`(file): is not valid JSON: ${(error as Error).message}`] };
  }
}
