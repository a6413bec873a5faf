import type { ParseResult } from '../report-types';
import { MAX_POSITIONS } from './bounds';
import { structureErrors } from './guard';
import { checkedPortfolio, parsePortfolio } from './parse';
import { portfolioSchema, positionSchema, type Portfolio, type Position } from './schema';

// The worker parses the whole book at every evaluation: an edit, a what-if move, the preview and
// today's baseline each send it again. On a 1,000-position book the schema's reading of the
// positions (zod in its interpreted mode, a Decimal for every figure) was half of an edit's work in
// the worker: 14.1 ms of 28.1 (`npm run bench`). A parser made here keeps the positions of the
// document it read last, by their JSON text, and reads again only those that changed. The answer is
// the one parsePortfolio gives: a document with anything wrong is read by parsePortfolio itself, so
// its errors are word for word.

/** A parse function that reuses what it read of the positions of the last document it was given. */
export function createReusingParser(): (json: unknown) => ParseResult<Portfolio> {
  let last = new Map<string, Position>();
  return (json) => {
    const quick = parseReusing(json, last);
    if (quick === null) {
      last = new Map();
      return parsePortfolio(json);
    }
    last = quick.read;
    return quick.result;
  };
}

function parseReusing(json: unknown, last: ReadonlyMap<string, Position>): { result: ParseResult<Portfolio>; read: Map<string, Position> } | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const raw = (json as { positions?: unknown }).positions;
  if (!Array.isArray(raw) || raw.length > MAX_POSITIONS || structureErrors(json).length > 0) return null;
  // The rest of the document, with no positions: read whole, as before.
  const rest = portfolioSchema.safeParse({ ...json, positions: [] });
  if (!rest.success) return null;
  const read = new Map<string, Position>();
  const positions: Position[] = [];
  for (const item of raw) {
    const key = JSON.stringify(item);
    let position = last.get(key) ?? read.get(key);
    if (position === undefined) {
      const parsed = positionSchema.safeParse(item);
      if (!parsed.success) return null;
      // Shared by the evaluations that follow: nothing may change it.
      position = Object.freeze(parsed.data);
      if (position.margin) Object.freeze(position.margin);
    }
    read.set(key, position);
    positions.push(position);
  }
  return { result: checkedPortfolio({ ...rest.data, positions }), read };
}
