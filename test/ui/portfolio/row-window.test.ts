import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measuredOffsets, rowOffsets, rowWindow } from '../../../src/ui/portfolio/row-window';

describe('the window of rows a long table renders', () => {
  it('renders the rows in view and a margin around them', () => {
    // 2,000 rows of 40 px: view 4,000–4,800 with a 200 px margin covers 3,800–5,000,
    // i.e. rows 95 (3,800–3,840) to 124 (4,960–5,000): 30 rows, 3,800 px above, (2,000 − 125) × 40 below
    const offsets = rowOffsets(2000, () => 40);
    expect(rowWindow(offsets, 4000, 800, 200)).toEqual({ start: 95, end: 125, before: 3800, after: 75_000 });
  });

  it('renders a short table whole', () => {
    const offsets = rowOffsets(5, () => 40);
    expect(rowWindow(offsets, 0, 800, 200)).toEqual({ start: 0, end: 5, before: 0, after: 0 });
  });

  it('accounts for a taller row (an opened one) in the space above', () => {
    // row 2 is open at 300 px: rows 0–1 take 80, row 2 ends at 380, row 3 at 420 …
    const offsets = rowOffsets(100, (i) => (i === 2 ? 300 : 40));
    const w = rowWindow(offsets, 400, 100, 0);
    // view 400–500: row 3 (380–420) to row 5 (460–500)
    expect(w).toMatchObject({ start: 3, end: 6, before: 380 });
  });

  it('renders nothing for no rows and keeps one row past the end of a scrolled-away view', () => {
    expect(rowWindow(rowOffsets(0, () => 40), 0, 800, 200)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
    expect(rowWindow(rowOffsets(10, () => 40), 10_000, 800, 0)).toMatchObject({ start: 9, end: 10, after: 0 });
  });

  it('always accounts for the full height and covers the view (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 300 }),
        fc.nat({ max: 50_000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.nat({ max: 500 }),
        (heights, top, height, margin) => {
          const offsets = rowOffsets(heights.length, (i) => heights[i]!);
          const total = heights.reduce((a, b) => a + b, 0);
          const w = rowWindow(offsets, top, height, margin);
          const rendered = heights.slice(w.start, w.end).reduce((a, b) => a + b, 0);
          expect(w.before + rendered + w.after).toBe(total);
          expect(w.end).toBeGreaterThan(w.start);
          // every row that meets the view is rendered
          heights.forEach((_, i) => {
            const meets = offsets[i + 1]! > top && offsets[i]! < top + height;
            if (meets) expect(i >= w.start && i < w.end).toBe(true);
          });
        },
      ),
      { seed: 15, numRuns: 300 },
    );
  });
});

describe('row tops from the rows measured so far', () => {
  it('adds a measured row and an opened row to the estimate at their places', () => {
    // Rows a, b, c at 45 px estimated; b measured at 60 and opened (details 200): tops 0, 45, 305, 350.
    const indexOf = new Map([['a', 0], ['b', 1], ['c', 2]]);
    const heights = new Map([['b:row', 60], ['b:details', 200], ['gone:row', 99]]);
    expect([...measuredOffsets(3, indexOf, heights, 45)]).toEqual([0, 45, 45 + 60 + 200, 45 + 60 + 200 + 45]);
  });

  it('agrees with summing each row as measured, or as estimated', () => {
    const key = fc.constantFrom('0', '1', '2', '3', '4', '5', 'x:y', 'gone');
    const part = fc.tuple(key, fc.constantFrom('row', 'details'), fc.integer({ min: 1, max: 400 }));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), fc.integer({ min: 10, max: 80 }), (parts, estimate) => {
        const keys = ['0', '1', '2', '3', '4', '5', 'x:y'];
        const heights = new Map<string, number>(parts.map(([k, kind, h]) => [`${k}:${kind}`, h]));
        const naive = rowOffsets(keys.length, (i) => (heights.get(`${keys[i]}:row`) ?? estimate) + (heights.get(`${keys[i]}:details`) ?? 0));
        expect(measuredOffsets(keys.length, new Map(keys.map((k, i) => [k, i])), heights, estimate)).toEqual(naive);
      }),
      { seed: 15, numRuns: 300 },
    );
  });
});
