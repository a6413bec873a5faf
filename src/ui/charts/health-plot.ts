// The geometry of the health chart, drawn as plain SVG (HealthCurvePlot.tsx): axis ticks, curve
// paths and the row under the pointer. Pure, so the arithmetic is tested in Node.

/** A nice step for about `count` intervals over `span`: 1, 2, 2.5 or 5 × a power of ten. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !(count > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  // A hair over a nice number (0.01 + 0.01 − 0.01 is 0.010000000000000002) is that number.
  const scaled = raw / power - 1e-9;
  const nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 2.5 ? 2.5 : scaled <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Ticks on [low, high] at a nice step, about `count` of them, each a whole multiple of the step
 * (rounded to the step's precision so 0.1 + 0.2 prints as 0.3).
 */
export function niceTicks(low: number, high: number, count: number): number[] {
  if (!Number.isFinite(low) || !Number.isFinite(high) || high < low) return [];
  if (high === low) return [low];
  const step = niceStep(high - low, Math.max(1, count));
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  const ticks: number[] = [];
  for (let k = Math.ceil(low / step - 1e-9); k * step <= high + step * 1e-9; k += 1) {
    ticks.push(Number((k * step).toFixed(digits)) + 0);
  }
  return ticks;
}

export interface CurvePoint {
  x: number;
  /** null: no value here (the curve breaks). */
  y: number | null;
}

/**
 * An SVG path through the points, broken where a value is missing, and cut where it leaves the
 * band [low, high] (a health factor of 10⁶ would otherwise put a coordinate millions of pixels
 * away): a segment leaving the band ends on its edge, one coming back starts there.
 * `toX`, `toY` map data to pixels.
 */
export function curvePath(points: readonly CurvePoint[], low: number, high: number, toX: (x: number) => number, toY: (y: number) => number): string {
  const parts: string[] = [];
  let drawing = false;
  const at = (x: number, y: number) => `${round(toX(x))},${round(toY(y))}`;
  const inBand = (y: number) => y >= low && y <= high;
  for (let i = 0; i < points.length; i += 1) {
    const point = points[i]!;
    const y = point.y;
    const prev = i > 0 ? points[i - 1]! : null;
    if (y === null || !Number.isFinite(y)) {
      drawing = false;
      continue;
    }
    const prevY = prev && prev.y !== null && Number.isFinite(prev.y) ? prev.y : null;
    if (inBand(y)) {
      if (!drawing) {
        // Coming back into the band from outside it: start where the segment crosses the edge.
        if (prev && prevY !== null && !inBand(prevY)) {
          const edge = prevY > high ? high : low;
          parts.push(`M${at(cross(prev.x, prevY, point.x, y, edge), edge)}`, `L${at(point.x, y)}`);
        } else {
          parts.push(`M${at(point.x, y)}`);
        }
        drawing = true;
      } else {
        parts.push(`L${at(point.x, y)}`);
      }
      continue;
    }
    // Outside the band: end on the edge if we were drawing, or pass through the band if the
    // segment from the last point crosses it whole (from above it to below it).
    const edge = y > high ? high : low;
    if (drawing && prev && prevY !== null) {
      parts.push(`L${at(cross(prev.x, prevY, point.x, y, edge), edge)}`);
    } else if (prev && prevY !== null && !inBand(prevY) && (prevY > high) !== (y > high)) {
      const entry = prevY > high ? high : low;
      parts.push(`M${at(cross(prev.x, prevY, point.x, y, entry), entry)}`, `L${at(cross(prev.x, prevY, point.x, y, edge), edge)}`);
    }
    drawing = false;
  }
  return parts.join('');
}

/** Where the segment (x0, y0) → (x1, y1) meets the height `y`. */
function cross(x0: number, y0: number, x1: number, y1: number, y: number): number {
  return x0 + ((y - y0) / (y1 - y0)) * (x1 - x0);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The index of the row whose move is nearest to `move` (rows sorted by move); −1 for none. */
export function nearestRow(moves: readonly number[], move: number): number {
  if (moves.length === 0 || !Number.isFinite(move)) return -1;
  let low = 0;
  let high = moves.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (moves[mid]! < move) low = mid + 1;
    else high = mid;
  }
  if (low > 0 && Math.abs(moves[low - 1]! - move) <= Math.abs(moves[low]! - move)) return low - 1;
  return low;
}
