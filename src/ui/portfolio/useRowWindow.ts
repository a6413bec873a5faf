import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { measuredOffsets, rowWindow, type RowWindow } from './row-window';

// Windowing for a table inside a scrolling box. Rows are measured by a ResizeObserver once in the
// page (an opened row, or a cell showing a message, is taller) and estimated until then. Each
// rendered row hands `measure` as its ref and carries data-window-part="<key>:row" or
// "<key>:details": the parts of one key are one item of the window.

// Rows rendered beyond the box's edges (px). At 480 the positions box (46 rem, ~16 rows in view) drew
// ~38 rows at the import and at each jump of the scroll bar; 200 (four rows each side, enough for a
// wheel's step) draws ~25.
const MARGIN = 200;
/** Books up to this many rows render whole: find-in-page and a screen reader's table reading keep working, at a few thousand elements. */
const WHOLE_TABLE_ROWS = 60;
/**
 * Lists of heavier rows (the assets' six fields, the what-if sliders) render whole up to this many:
 * the 50 assets of a 1,000-position book cost the import's first layout 40–60 ms; the examples hold a dozen at most.
 */
export const WHOLE_LIST = 24;

export interface RowWindowState extends RowWindow {
  /** The ref callback for a rendered row. */
  measure: (element: HTMLElement | null) => (() => void) | undefined;
}

function partOf(element: Element): string | undefined {
  return (element as HTMLElement).dataset.windowPart;
}

/**
 * `keyText`: the rows' keys in order, one a line. `wholeUpTo`: lists this long or shorter render whole. Text, so that the same keys in the same order
 * (a keystroke in a 2,000-row book) keep the offsets without summing them again.
 */
export function useRowWindow(keyText: string, estimate: number, box: RefObject<HTMLElement | null>, wholeUpTo = WHOLE_TABLE_ROWS): RowWindowState {
  const keys = useMemo(() => (keyText === '' ? [] : keyText.split('\n')), [keyText]);
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [view, setView] = useState({ top: 0, height: 900 });

  const [observer] = useState(() =>
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          setHeights((old) => {
            let next: Map<string, number> | null = null;
            for (const entry of entries) {
              const part = partOf(entry.target);
              if (!part) continue;
              const height = entry.borderBoxSize[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
              if (Math.abs((old.get(part) ?? -1) - height) > 0.5) (next ??= new Map(old)).set(part, height);
            }
            return next ?? old;
          });
        }),
  );
  useEffect(() => () => observer?.disconnect(), [observer]);

  const measure = useCallback(
    (element: HTMLElement | null) => {
      if (!element || !observer) return undefined;
      observer.observe(element);
      return () => {
        observer.unobserve(element);
        // A closed details row takes no space any more; a row scrolled away keeps its measure.
        const part = partOf(element);
        if (part?.endsWith(':details')) {
          setHeights((old) => {
            if (!old.has(part)) return old;
            const next = new Map(old);
            next.delete(part);
            return next;
          });
        }
      };
    },
    [observer],
  );

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      setView((v) => (v.top === element.scrollTop && v.height === element.clientHeight ? v : { top: element.scrollTop, height: element.clientHeight }));
    };
    // One read per frame however fast the wheel turns.
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    schedule();
    element.addEventListener('scroll', schedule, { passive: true });
    const resize = new ResizeObserver(schedule);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', schedule);
      resize.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [box]);

  // Where each key's row is, made once per list of keys (a keystroke keeps the list).
  const indexOf = useMemo(() => new Map(keys.map((key, i) => [key, i] as const)), [keys]);
  const offsets = useMemo(() => measuredOffsets(keys.length, indexOf, heights, estimate), [keys, indexOf, heights, estimate]);

  if (keys.length <= wholeUpTo) return { start: 0, end: keys.length, before: 0, after: 0, measure };
  return { ...rowWindow(offsets, view.top, view.height, MARGIN), measure };
}
