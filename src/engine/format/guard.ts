import type { FieldError } from '../report-types';
import { MAX_DEPTH } from './bounds';
import { formatPath } from '../../shared/path';

// Checks on the raw JSON before the schema reads it. A key "__proto__" would be dropped without a
// word by the record parser (it is the prototype's setter in a plain object), and a document nested
// thousands of levels deep overflows the stack of anything recursive that touches it later.

/** The path up to the last named field among its first three steps: ["name", 0, 0] → name. */
function fieldOf(path: readonly PropertyKey[]): readonly PropertyKey[] {
  const head = path.slice(0, 3);
  let last = 0;
  head.forEach((key, i) => { if (typeof key === 'string') last = i; });
  return head.slice(0, last + 1);
}

/** Every `__proto__` key and every place nested deeper than a portfolio ever is, with its path. */
export function structureErrors(json: unknown): FieldError[] {
  const errors: FieldError[] = [];
  // One path, grown and shrunk as the walk goes: a path is copied only for an error. (A copy per
  // node was 2.3 MB of the 11 MB an evaluation of a 1,000-position book allocated, at every edit.)
  const path: PropertyKey[] = [];
  let tooDeep = false;
  // Depth first, last child first: the order the errors have always come in. At most MAX_DEPTH
  // calls deep: nothing below that depth is entered.
  const visit = (value: unknown): void => {
    if (tooDeep || errors.length >= 20 || typeof value !== 'object' || value === null) return;
    if (path.length >= MAX_DEPTH) {
      // Named by the field the user knows (name, positions[0].id), not the 8th level inside it.
      errors.push({ path: formatPath(fieldOf(path)), message: `holds data nested too deeply (a portfolio file is at most ${MAX_DEPTH} levels deep)` });
      tooDeep = true;
      return;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) step(i, value[i]);
      return;
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      if (key === '__proto__') errors.push({ path: formatPath([...path, key]), message: 'is a name the format does not allow (it is reserved by JavaScript)' });
    }
    for (let i = keys.length - 1; i >= 0; i--) if (keys[i] !== '__proto__') step(keys[i]!, (value as Record<string, unknown>)[keys[i]!]);
  };
  const step = (key: PropertyKey, value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    path.push(key);
    visit(value);
    path.pop();
  };
  visit(json);
  return errors;
}
