// Scales and ticks for the cascade's plots. The panel draws its charts as plain SVG rather than
// with Recharts: Recharts registers every axis, series and reference line in layout effects and
// redraws the chart synchronously in the commit, 30–50 ms a chart on a modest machine, which is
// the whole budget of a frame-smooth playback. These few functions are all a step chart needs.

export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

/** Maps the domain onto the range linearly; a collapsed domain maps to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) => (span === 0 || !Number.isFinite(span) ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))) as LinearScale;
  return Object.assign(scale, { domain, range });
}

const tidy = (n: number) => Number(n.toPrecision(12));

/** A round step near span ÷ count: 1, 2 or 5 times a power of ten. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  return (fraction >= 7.5 ? 10 : fraction >= 3.5 ? 5 : fraction >= 1.5 ? 2 : 1) * magnitude;
}

/** Round values inside [min, max], about `count` of them; `integer` keeps them whole (steps). */
export function niceTicks(min: number, max: number, count = 5, integer = false): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (max <= min) return [tidy(min)];
  let step = niceStep(max - min, count);
  if (integer) step = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step - 1e-9) * step; t <= max + step * 1e-9; t += step) ticks.push(tidy(t));
  return ticks;
}

/** [min, max] widened to round values (and to include 0 when `zero`), for a value axis. */
export function niceDomain(min: number, max: number, count = 5, zero = false): [number, number] {
  let low = Number.isFinite(min) ? min : 0;
  let high = Number.isFinite(max) ? max : 0;
  if (zero) {
    low = Math.min(0, low);
    high = Math.max(0, high);
  }
  if (high <= low) high = low + (low === 0 ? 1 : Math.abs(low) * 0.1);
  const step = niceStep(high - low, count);
  return [tidy(Math.floor(low / step + 1e-9) * step), tidy(Math.ceil(high / step - 1e-9) * step)];
}

/** Index of the position nearest `pixel` in ascending `positions`; -1 when there are none. */
export function nearestIndex(positions: readonly number[], pixel: number): number {
  if (positions.length === 0) return -1;
  let lo = 0, hi = positions.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! <= pixel) lo = mid;
    else hi = mid;
  }
  return Math.abs(positions[lo]! - pixel) <= Math.abs(positions[hi]! - pixel) ? lo : hi;
}

/** An SVG path through the points, broken at gaps. */
export function linePath(xs: readonly number[], ys: readonly (number | null)[], stepped = false): string {
  let d = '';
  let open = false;
  for (let i = 0; i < xs.length; i++) {
    const y = ys[i];
    if (y === null || y === undefined || !Number.isFinite(y)) {
      open = false;
      continue;
    }
    const x = xs[i]!;
    if (!open) d += `M${x.toFixed(1)},${y.toFixed(1)}`;
    else d += stepped ? `H${x.toFixed(1)}V${y.toFixed(1)}` : `L${x.toFixed(1)},${y.toFixed(1)}`;
    open = true;
  }
  return d;
}
