// Which rows of a long table to put in the page: those in view and a margin around them. A book of
// 2,000 positions rendered whole is hundreds of thousands of elements and seconds of main thread;
// windowed it is a few dozen rows whatever its size. Pure, so the arithmetic is tested in Node.

/** Row tops: offsets[i] is where row i starts, offsets[n] the height of all rows. */
export function rowOffsets(count: number, heightOf: (index: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i += 1) offsets[i + 1] = offsets[i]! + heightOf(i);
  return offsets;
}

/**
 * Row tops from the parts measured so far ("<key>:row", "<key>:details"), the rest at `estimate`:
 * each measure adds its difference from the estimate at its row's index, so a 2,000-row book costs
 * one pass over the few measured parts and one numeric pass, not 4,000 string lookups per measure.
 */
export function measuredOffsets(count: number, indexOf: ReadonlyMap<string, number>, heights: ReadonlyMap<string, number>, estimate: number): Float64Array {
  const extra = new Float64Array(count);
  for (const [part, height] of heights) {
    const cut = part.lastIndexOf(':');
    const index = indexOf.get(part.slice(0, cut));
    if (index === undefined || index >= count) continue;
    extra[index] = (extra[index] ?? 0) + (part.slice(cut + 1) === 'row' ? height - estimate : height);
  }
  return rowOffsets(count, (i) => estimate + (extra[i] ?? 0));
}

/** The first row whose bottom is below `y` (binary search over the tops). */
function firstEndingAfter(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (offsets[mid + 1]! > y) high = mid;
    else low = mid + 1;
  }
  return low;
}

export interface RowWindow {
  /** Rows start … end − 1 are rendered. */
  start: number;
  end: number;
  /** Space standing in for the rows above and below them. */
  before: number;
  after: number;
}

/** The rows that meet [top − margin, top + height + margin], with the space the others would take. */
export function rowWindow(offsets: Float64Array, top: number, height: number, margin: number): RowWindow {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const total = offsets[count]!;
  const from = Math.max(0, top - margin);
  const to = Math.max(from, top + height + margin);
  const start = Math.min(firstEndingAfter(offsets, from), count - 1);
  // The last row that starts before `to` (a row starting exactly there is out of view).
  const last = firstEndingAfter(offsets, to);
  const end = Math.max(start + 1, Math.min(count, offsets[last]! < to ? last + 1 : last));
  return { start, end, before: offsets[start]!, after: total - offsets[end]! };
}
