// The geometry of the efficiency bars, drawn as plain SVG (EfficiencyPlot.tsx): the value axis and
// where each regime's bars stand. Pure, so the arithmetic is tested in Node.
import { niceStep } from './health-plot';

export interface ValueAxis {
  low: number;
  high: number;
  ticks: number[];
}

/**
 * An axis from 0 (or the lowest value, if below) to the highest value rounded up to a nice step,
 * about `count` intervals; [0, 1] when there is nothing to show.
 */
export function valueAxis(values: readonly (number | null)[], count = 4): ValueAxis {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const lowest = Math.min(0, ...finite);
  const highest = Math.max(0, ...finite);
  if (highest === lowest) return { low: 0, high: 1, ticks: [0, 1] };
  const step = niceStep(highest - lowest, count);
  const low = Math.floor(lowest / step) * step;
  const high = Math.ceil(highest / step) * step;
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  const ticks: number[] = [];
  for (let k = Math.round(low / step); k * step <= high + step * 1e-9; k += 1) ticks.push(Number((k * step).toFixed(digits)) + 0);
  return { low, high, ticks };
}

export interface BarSlot {
  /** Left edge and width of the bar in pixels. */
  x: number;
  width: number;
}

/**
 * Bars of group `group` (of `groups`, across `width` px from `left`): each group takes its share of
 * the width less a quarter of it as the gap between groups, split evenly among its `bars`, with
 * `barGap` px between neighbours.
 */
export function barSlots(left: number, width: number, groups: number, group: number, bars: number, barGap = 4): BarSlot[] {
  if (groups <= 0 || bars <= 0) return [];
  const band = width / groups;
  const inner = band * 0.75;
  const barWidth = Math.max(1, (inner - barGap * (bars - 1)) / bars);
  const start = left + band * group + (band - inner) / 2;
  return Array.from({ length: bars }, (_, i) => ({ x: start + i * (barWidth + barGap), width: barWidth }));
}

/**
 * Words in lines of at most `maxChars` characters (a word longer than that stands alone): the move
 * a regime survives, "no liquidation in the range tested", under a bar group a phone makes narrow.
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
