// CSV text for a chart's data (RFC 4180: CRLF rows, fields quoted when they must be).

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
// A cell starting with one of these runs as a formula in a spreadsheet ("CSV injection");
// portfolio and asset names are user text, so such cells get a leading apostrophe.
// Numbers ("-0.25") are left alone: they are data, not formulas.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  let text = cell;
  if (FORMULA_START.test(text) && !NUMERIC.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function buildCsv(table: CsvTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
