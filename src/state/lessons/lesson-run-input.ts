import type { LessonChange, LessonStep } from './lesson-schema';

// What a step sends to the engine: its book (or scenario) and options, with the step's scene edits
// and the control's current value written in. Pure and prototype-free: paths come from a file.

type Json = unknown;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A copy of plain JSON data (the documents here came from JSON, so nothing is lost). */
function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Write `value` at a dotted path (`positions.0.quantity`), making objects on the way; own keys only. */
export function setAtPath(root: Record<string, Json>, path: string, value: Json): void {
  const segments = path.split('.');
  let node: unknown = root;
  segments.forEach((segment, i) => {
    if (FORBIDDEN.has(segment) || segment.startsWith('@')) throw new Error(`the path ${path} names ${segment}`);
    const last = i === segments.length - 1;
    if (Array.isArray(node)) {
      const index = Number(segment);
      if (!Number.isInteger(index) || index < 0 || index >= node.length) throw new Error(`${path}: there is no item ${segment}`);
      if (last) node[index] = value;
      else node = node[index];
    } else if (isRecord(node)) {
      if (last) Object.defineProperty(node, segment, { value, enumerable: true, writable: true, configurable: true });
      else {
        if (!Object.hasOwn(node, segment) || !isRecord(node[segment]) && !Array.isArray(node[segment])) {
          Object.defineProperty(node, segment, { value: Object.create(null) as object, enumerable: true, writable: true, configurable: true });
        }
        node = node[segment];
      }
    } else throw new Error(`${path}: ${segments.slice(0, i).join('.')} is not an object`);
  });
}

/** The item of a list whose `id`, `asset` or `name` is `key`: `stress.@ftx-2022.loss` reads one named event. */
const itemNamed = (list: unknown[], key: string): unknown =>
  list.find((item) => isRecord(item) && ['id', 'asset', 'name'].some((field) => Object.hasOwn(item, field) && item[field] === key));

/** The value at a dotted path, or undefined; own keys only, so `constructor` is never found by accident. */
export function readAtPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const segment of path.split('.')) {
    if (Array.isArray(node)) {
      const index = Number(segment);
      node = segment.startsWith('@') ? itemNamed(node, segment.slice(1)) : Number.isInteger(index) && index >= 0 ? node[index] : undefined;
    } else if (isRecord(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** The value a control writes: a slider's number (as a decimal string for decimal fields) or a choice's value. */
function controlValue(change: LessonChange, position: number): Json {
  if (change.kind === 'choice') return change.choices[position]?.value ?? null;
  return change.writeAs === 'decimal' ? String(position) : position;
}

export interface RunInput {
  /** The book (or scenario) with the step's edits. */
  document: Record<string, Json>;
  options: Record<string, Json>;
}

/** The document and options one step runs on, for the control at `position`. */
export function runInput(step: LessonStep, source: Record<string, Json>, position: number): RunInput {
  const input: RunInput = { document: copyJson(source), options: Object.create(null) as Record<string, Json> };
  const write = (path: string, value: Json) => {
    const [root, ...rest] = path.split('.');
    setAtPath(root === 'book' ? input.document : input.options, rest.join('.'), value);
  };
  for (const edit of step.set) write(edit.path, edit.value);
  write(step.change.path, controlValue(step.change, position));
  return input;
}
