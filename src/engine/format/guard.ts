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
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: json, path: [] }];
  while (stack.length > 0 && errors.length < 20) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_DEPTH) {
      // Named by the field the user knows (name, positions[0].id), not the 8th level inside it.
      errors.push({ path: formatPath(fieldOf(path)), message: `holds data nested too deeply (a portfolio file is at most ${MAX_DEPTH} levels deep)` });
      break;
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') errors.push({ path: formatPath([...path, key]), message: 'is a name the format does not allow (it is reserved by JavaScript)' });
      else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return errors;
}
