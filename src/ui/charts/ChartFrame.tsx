// The card every chart sits in: title, Save PNG / Save CSV, the chart, its legend, a caption,
// a status line for the saves, and the numbers as a table for screen readers.
import { useId, useRef, useState, type ReactNode } from 'react';
import { ChartLegend } from './ChartLegend';
import type { CsvTable } from './csv';
import { downloadChartPng, downloadCsv } from './export';
import { chartFileName } from './file-name';
import { DataTable } from './DataTable';
import type { TextTable } from './text-table';
import type { LegendItem } from './types';

export interface ChartFrameProps {
  title: string;
  /** The chart's part of the download names: "health-factor" → "my-book-health-factor.png". */
  fileStem: string;
  portfolioName: string;
  /** The numbers for screen readers; omit when the chart is already text. */
  text?: TextTable;
  legend?: LegendItem[];
  /** The chart's data; without it (nothing to draw) no Save buttons are offered. */
  csv?: () => CsvTable;
  /** Draws and downloads the PNG; by default the chart's SVGs with the title and legend. */
  png?: (frame: HTMLElement, fileName: string) => Promise<void>;
  caption?: ReactNode;
  className?: string;
  children: ReactNode;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function ChartFrame(props: ChartFrameProps) {
  const { title, fileStem, portfolioName, text, legend = [], csv, png, caption, className, children } = props;
  const titleId = useId();
  const tableId = useId();
  const frameRef = useRef<HTMLElement>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const savePng = async () => {
    const frame = frameRef.current;
    if (!frame) return;
    setBusy(true);
    setStatus('');
    try {
      const fileName = chartFileName(portfolioName, fileStem, 'png');
      await (png ? png(frame, fileName) : downloadChartPng(frame, `${portfolioName}: ${title}`, legend, fileName));
    } catch (error) {
      setStatus(`Could not save the PNG: ${errorText(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const saveCsv = () => {
    if (!csv) return;
    try {
      downloadCsv(csv(), chartFileName(portfolioName, fileStem, 'csv'));
      setStatus('');
    } catch (error) {
      setStatus(`Could not save the CSV: ${errorText(error)}`);
    }
  };

  return (
    <figure ref={frameRef} className={className ? `chart ${className}` : 'chart'} aria-labelledby={titleId}>
      <div className="chart__header">
        <h3 className="chart__title" id={titleId}>
          {title}
        </h3>
        {csv ? (
          <div className="chart__actions">
            <button type="button" className="chart__button" onClick={() => void savePng()} disabled={busy} aria-describedby={titleId}>
              Save PNG
            </button>
            <button type="button" className="chart__button" onClick={saveCsv} aria-describedby={titleId}>
              Save CSV
            </button>
          </div>
        ) : null}
      </div>
      <ChartLegend items={legend} />
      <div className="chart__body" role="group" aria-labelledby={titleId} aria-describedby={text ? tableId : undefined}>
        {children}
      </div>
      {caption}
      <p className="chart__status" role="status">
        {status}
      </p>
      {text ? <DataTable table={text} id={tableId} /> : null}
    </figure>
  );
}
