import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

// Mutations of the valid example books, as a hostile or careless user makes them: a field
// dropped, a value of the wrong type, numbers at and beyond the format's bounds, names that are
// Object.prototype keys, unicode, duplicates, bigger books. Each mutation is data (fast-check
// shrinks it) applied to a fresh copy of an example.

type Json = unknown;
type Path = (string | number)[];

const EXAMPLES_DIR = join(process.cwd(), 'public', 'examples');

/** The portfolio examples (cascade scenarios are another format), by file name. */
export const EXAMPLES: ReadonlyArray<{ file: string; doc: Record<string, unknown> }> = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.startsWith('cascade-'))
  .sort()
  .map((file) => ({ file, doc: JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as Record<string, unknown> }));

export const PROTOTYPE_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__proto__', 'propertyIsEnumerable', 'toLocaleString'];

const deepArray = (levels: number): Json => {
  let value: Json = [];
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

/** Values a field may be given by mistake or malice. */
export const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  // Decimal strings at and beyond the bounds, and near-decimals.
  fc.constantFrom('0', '-0', '1', '-1', '0.000000000001', '0.0000000000001', '1000000000000000', '1000000000000000.5', '-1000000000000000',
    `1${'0'.repeat(400)}`, `0.${'0'.repeat(400)}1`, '1e5', '1E-7', 'NaN', 'Infinity', '-Infinity', ' 1', '1,000', '0x10', '', '.5', '5.', '--1', '١٢٣'),
  // JSON numbers at the edges of a double and of each range.
  fc.constantFrom(0, -0, 1, -1, 0.5, 1.0000001, 10, 10.5, 1e15, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 0.1 + 0.2),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  // Wrong types and structure.
  fc.constantFrom(null, true, false, [], {}, [1, 2], { price: '1' }, deepArray(50), deepArray(2000)),
  // Unicode and odd text.
  fc.constantFrom('BTC', 'constructor', '__proto__', 'toString', '🚀', 'Ω', 'e\u0301', '\u0000', '\u200b', 'a'.repeat(300), '2026-11-24T00:00:00Z', '9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

export type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'set'; at: number; value: Json }
  /** A leaf set to a value of its own type at the format's edge: the book usually stays valid, so the engine runs on it. */
  | { kind: 'edge'; at: number; pick: number }
  | { kind: 'rename-asset'; at: number; to: string }
  | { kind: 'duplicate-position'; at: number; sameId: boolean }
  | { kind: 'grow'; positions: number }
  | { kind: 'add-key'; at: number; key: string; value: Json };

export const mutationArbitrary = (maxGrowth: number): fc.Arbitrary<Mutation> => fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: hostileValue }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edge' as const), at: fc.nat(), pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('rename-asset' as const), at: fc.nat(), to: fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom('B.T-C_1', '1INCH', 'x'.repeat(21), 'é', 'usdc')) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate-position' as const), at: fc.nat(), sameId: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('grow' as const), positions: fc.integer({ min: 1, max: Math.max(1, maxGrowth) }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add-key' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.string({ maxLength: 6 })), value: hostileValue }) },
);

/** Every path in a document, containers included, in a stable order. */
function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (prefix.length > 0) out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const k of Object.keys(value)) paths((value as Record<string, Json>)[k], [...prefix, k], out);
  return out;
}

function containers(value: Json): Path[] {
  return [[], ...paths(value).filter((p) => {
    const v = get(value, p);
    return typeof v === 'object' && v !== null;
  })];
}

function get(value: Json, path: Path): Json {
  let v = value;
  for (const k of path) v = (v as Record<string | number, Json>)[k];
  return v;
}

/** Set or delete at a path with own-property semantics: a "__proto__" key becomes data, as JSON.parse makes it. */
function put(doc: Json, path: Path, value: Json | typeof DELETE): void {
  const parent = get(doc, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (value === DELETE) {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete parent[key];
  } else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}
const DELETE = Symbol('delete');

/** Rename an asset everywhere it is named: assets, balances, overrides, positions and correlation pairs. */
function renameAsset(doc: Record<string, Json>, from: string, to: string): void {
  const renameKey = (record: Json) => {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return;
    const r = record as Record<string, Json>;
    const entries = Object.keys(r).map((k) => [k === from ? to : k, r[k]] as const);
    for (const k of Object.keys(r)) delete r[k];
    for (const [k, v] of entries) Object.defineProperty(r, k, { value: v, enumerable: true, writable: true, configurable: true });
  };
  renameKey(doc.assets);
  renameKey(doc.balances);
  renameKey(doc.overrides);
  if (Array.isArray(doc.positions)) for (const p of doc.positions) if (typeof p === 'object' && p !== null && (p as Record<string, Json>).asset === from) (p as Record<string, Json>).asset = to;
  if (typeof doc.correlations === 'object' && doc.correlations !== null) {
    const c = doc.correlations as Record<string, Json>;
    const entries = Object.keys(c).map((k) => [k.split('/').map((s) => (s === from ? to : s)).join('/'), c[k]] as const);
    for (const k of Object.keys(c)) delete c[k];
    for (const [k, v] of entries) Object.defineProperty(c, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  if (doc.quote === from) doc.quote = to;
}

const EDGE_DECIMALS = ['0.000000000001', '1000000000000000', '999999999999999.999999999999', '0.000000000001000000000000001', '1', '0', '123456789.123456789'];
const EDGE_NUMBERS = [0, 1, 0.0001, 0.9999, 10, 5, -1, -0.5, 1e-9, 0.5];
const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** A value of the same kind as `current`, at an edge. */
function edgeOf(current: Json, pick: number): Json {
  if (typeof current === 'string' && DECIMAL_TEXT.test(current)) {
    const edge = EDGE_DECIMALS[pick % EDGE_DECIMALS.length]!;
    return current.startsWith('-') && edge !== '0' ? `-${edge}` : edge;
  }
  if (typeof current === 'number') return EDGE_NUMBERS[pick % EDGE_NUMBERS.length]!;
  return current;
}

/** A fresh copy of an example with the mutations applied in order. */
export function mutate(example: Record<string, unknown>, mutations: readonly Mutation[]): Record<string, Json> {
  const doc = structuredClone(example) as Record<string, Json>;
  for (const m of mutations) {
    switch (m.kind) {
      case 'drop': {
        const all = paths(doc);
        if (all.length > 0) put(doc, all[m.at % all.length]!, DELETE);
        break;
      }
      case 'set': {
        const all = paths(doc);
        if (all.length > 0) put(doc, all[m.at % all.length]!, structuredClone(m.value));
        break;
      }
      case 'edge': {
        const leaves = paths(doc).filter((p) => {
          const v = get(doc, p);
          return typeof v === 'number' || (typeof v === 'string' && DECIMAL_TEXT.test(v));
        });
        if (leaves.length > 0) {
          const path = leaves[m.at % leaves.length]!;
          put(doc, path, edgeOf(get(doc, path), m.pick));
        }
        break;
      }
      case 'add-key': {
        const all = containers(doc).filter((p) => !Array.isArray(get(doc, p)));
        put(doc, [...all[m.at % all.length]!, m.key], structuredClone(m.value));
        break;
      }
      case 'rename-asset': {
        const symbols = typeof doc.assets === 'object' && doc.assets !== null ? Object.keys(doc.assets) : [];
        if (symbols.length > 0) renameAsset(doc, symbols[m.at % symbols.length]!, m.to);
        break;
      }
      case 'duplicate-position': {
        if (!Array.isArray(doc.positions) || doc.positions.length === 0) break;
        // A shallow copy: a field an earlier mutation set to a value nested thousands deep would
        // overflow structuredClone's stack (the book is refused for its nesting either way).
        const original = doc.positions[m.at % doc.positions.length];
        const copy = (typeof original === 'object' && original !== null ? { ...original } : original) as Record<string, Json>;
        if (!m.sameId && typeof copy === 'object' && copy !== null) copy.id = `${String(copy.id)}-copy`;
        doc.positions.push(copy);
        break;
      }
      case 'grow': {
        if (!Array.isArray(doc.positions) || doc.positions.length === 0) break;
        const base = doc.positions as Json[];
        const n = base.length;
        for (let i = 0; i < m.positions; i++) {
          const original = base[i % n];
          const copy = (typeof original === 'object' && original !== null ? { ...original } : original) as Record<string, Json>;
          if (typeof copy === 'object' && copy !== null) copy.id = `grown-${i}`;
          base.push(copy);
        }
        break;
      }
    }
  }
  return doc;
}
