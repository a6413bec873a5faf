// What the plain-SVG charts share: the box that measures its width, the focusable svg named for
// screen readers, the rectangle that turns a pointer into the row under it, the arrow keys that
// step through the rows, and the tooltip, placed in the plot's far corner from the point it describes
// so it never covers the point nor runs out of the card, whatever its width.
import type { Dispatch, KeyboardEvent, PointerEvent, ReactNode, SetStateAction } from 'react';
import { useWidth } from './AssetLadderChart';

export const PLOT_AXIS = 'var(--ml-chart-axis)';
const FULL_WIDTH = { width: '100%', position: 'relative' } as const;
const SVG_STYLE = { display: 'block', overflow: 'visible' } as const;

export interface PlotMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot's measured box, and where the drawing goes inside the margins. */
export function usePlotBox(height: number, margin: PlotMargin) {
  const [box, width] = useWidth();
  const plotWidth = Math.max(40, width - margin.left - margin.right);
  const plotHeight = height - margin.top - margin.bottom;
  return { box, width, height, margin, plotWidth, plotHeight, bottom: margin.top + plotHeight, right: margin.left + plotWidth };
}

export interface PlotFrameProps {
  plot: ReturnType<typeof usePlotBox>;
  title: string;
  rowCount: number;
  /** The row under the pointer at `fraction` (0 … 1) across the plot. */
  rowAt: (fraction: number) => number;
  /** The row the arrow keys start from. */
  firstKeyed: number;
  hover: number;
  setHover: Dispatch<SetStateAction<number>>;
  /** Where the hovered row is drawn, in px from the left: the tooltip goes to the other side. */
  hoverX: number;
  tip: ReactNode;
  children: ReactNode;
}

export function PlotFrame({ plot, title, rowCount, rowAt, firstKeyed, hover, setHover, hoverX, tip, children }: PlotFrameProps) {
  const { box, width, height, margin, plotWidth, plotHeight } = plot;
  const onPointer = (event: PointerEvent<SVGRectElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    const at = rowAt((event.clientX - bounds.left) / Math.max(1, bounds.width));
    setHover(Math.min(rowCount - 1, Math.max(0, at)));
  };
  const onKey = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const step = event.key === 'ArrowRight' ? 1 : -1;
      setHover((h) => Math.min(rowCount - 1, Math.max(0, h < 0 ? firstKeyed : h + step)));
    } else if (event.key === 'Escape') {
      setHover(-1);
    }
  };
  return (
    <div ref={box} style={FULL_WIDTH} className="health-plot">
      <svg
        className="chart__plain-svg"
        style={SVG_STYLE}
        width={width}
        height={height}
        role="img"
        aria-label={title}
        fontSize={12}
        tabIndex={0}
        onKeyDown={onKey}
        onBlur={() => setHover(-1)}
      >
        <desc>The numbers are in the table that follows the chart.</desc>
        {children}
        <rect
          x={margin.left}
          y={margin.top}
          width={plotWidth}
          height={plotHeight}
          fill="transparent"
          onPointerMove={onPointer}
          onPointerDown={onPointer}
          onPointerLeave={() => setHover(-1)}
        />
      </svg>
      {hover >= 0 && tip ? (
        <div className="health-plot__tip" style={hoverX > width / 2 ? { left: margin.left + 4 } : { right: margin.right + 4 }}>
          {tip}
        </div>
      ) : null}
    </div>
  );
}
