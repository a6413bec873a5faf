// The account's health factor (equity ÷ maintenance on exchange books) over two assets' moves, the
// rest held: which combinations liquidate it. Coloured by bands of the ratio, never called zones:
// the account's zone is the engine's, by distance in daily σ. Computed by the engine worker (its healthGrid call) a moment after the book stops changing.
import { useEffect, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/app-store';
import { HEALTH_GRID_RANGES, HEALTH_GRID_STEPS, healthGridMoves, type HealthGridOutcome } from '../../state/risk-health-grid';
import { ChartFrame } from '../charts/ChartFrame';
import { formatHealthFactorExact, formatMove, formatPercent } from '../charts/format';
import { curveMeasureName } from '../charts/health-curve-text';
import { COVER_LABEL, coverBand, type CoverBand } from '../charts/health-zone';
import { COLOR } from '../charts/palette';
import type { LegendItem } from '../charts/types';
import { useCommands } from '../common/commands-context';
import { Heatmap, type HeatmapCellView } from './Heatmap';
import { downloadHeatmapPng } from './heatmap-png';
import { healthColour, HEAT } from './heat-scale';
import { defaultPair, healthCellLabel, healthHeatmap, healthHeatmapCsv, healthHeatmapText } from './health-grid-data';
import { moveTick } from './risk-array-data';

const title = (measure: string) => `${measure} over two assets’ moves`;
/** Wait for the book to rest before asking: typing must not queue a map per keystroke. */
const SETTLE_MS = 400;

const sentence = (band: CoverBand) => COVER_LABEL[band].charAt(0).toUpperCase() + COVER_LABEL[band].slice(1);

const LEGEND: LegendItem[] = [
  { label: `${sentence('liquidated')}, marked ×`, color: COLOR.liquidation, shape: 'square' },
  { label: sentence('within20'), color: COLOR.danger, shape: 'square' },
  { label: sentence('belowDouble'), color: COLOR.caution, shape: 'square' },
  { label: sentence('doubleOrMore'), color: COLOR.healthy, shape: 'square' },
  { label: sentence('none'), color: HEAT.zero, shape: 'square' },
];

const NONE: string[] = [];

function useAssets(): { assets: string[]; stable: Set<string> } {
  // useShallow: a new array with the same symbols keeps the old one, so a price edit does not re-render.
  const assets = useApp(useShallow((s) => Object.keys(s.draft.assets)));
  const stableList = useApp(useShallow((s) => (s.baseline ?? s.main.report)?.account.assets.filter((a) => a.stable).map((a) => a.asset) ?? NONE));
  const stable = useMemo(() => new Set(stableList), [stableList]);
  return useMemo(() => ({ assets, stable }), [assets, stable]);
}

function AssetSelect({ id, label, assets, value, onPick, testId }: { id: string; label: string; assets: string[]; value: string; onPick: (asset: string) => void; testId: string }) {
  return (
    <div className="risk-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} onChange={(e) => onPick(e.target.value)} data-testid={testId}>
        {assets.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </select>
    </div>
  );
}

export function HealthHeatmap({ portfolioName }: { portfolioName: string }) {
  const { assets, stable } = useAssets();
  const [chosen, setChosen] = useState<{ first: string; second: string } | null>(null);
  const [range, setRange] = useState<number>(0.5);
  const [outcome, setOutcome] = useState<HealthGridOutcome | null>(null);
  const draft = useApp((s) => s.draft);
  const bookHasErrors = useApp((s) => s.main.errors.length > 0);
  const measure = curveMeasureName(useApp((s) => s.main.report?.rules.kind));
  const commands = useCommands();
  const firstId = useId();
  const secondId = useId();
  const rangeId = useId();

  const fallback = defaultPair(assets, stable);
  const first = chosen && assets.includes(chosen.first) ? chosen.first : (fallback?.[0] ?? '');
  const second = chosen && assets.includes(chosen.second) && chosen.second !== first ? chosen.second : (fallback?.find((a) => a !== first) ?? assets.find((a) => a !== first) ?? '');
  const ready = first !== '' && second !== '' && first !== second && !bookHasErrors;

  useEffect(() => {
    if (!ready) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      void commands.healthGrid(first, second, healthGridMoves(range)).then((result) => {
        if (live && result.status !== 'stale') setOutcome(result);
      });
    }, SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // The draft is a dependency on purpose: an edit of the book redraws the map.
  }, [commands, draft, first, second, range, ready]);

  const map = useMemo(() => (outcome?.status === 'done' ? healthHeatmap(outcome.grid, measure) : null), [outcome, measure]);
  // Choosing the asset the other axis shows swaps the two.
  const pick = (which: 'first' | 'second', asset: string) => {
    if (which === 'first') setChosen({ first: asset, second: asset === second ? first : second });
    else setChosen({ first: asset === first ? second : first, second: asset });
  };

  const controls = (
    <div className="risk-settings__fields risk-health-controls">
      <AssetSelect id={firstId} label="Rows: asset" assets={assets} value={first} onPick={(asset) => pick('first', asset)} testId="health-first" />
      <AssetSelect id={secondId} label="Columns: asset" assets={assets} value={second} onPick={(asset) => pick('second', asset)} testId="health-second" />
      <div className="risk-field">
        <label htmlFor={rangeId}>Moves</label>
        <select id={rangeId} className="select" value={String(range)} onChange={(e) => setRange(Number(e.target.value))}>
          {HEALTH_GRID_RANGES.map((r) => (
            <option key={r} value={String(r)}>
              ±{formatPercent(r)} in {HEALTH_GRID_STEPS} steps
            </option>
          ))}
        </select>
      </div>
    </div>
  );

  let body;
  if (assets.length < 2) body = <p className="chart__empty">The map needs two assets in the book.</p>;
  else if (outcome?.status === 'invalid') body = <p className="chart__empty">{outcome.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}</p>;
  else if (outcome?.status === 'failed') body = <p className="chart__empty">The engine could not draw the map: {outcome.message}</p>;
  else if (!map) body = <p className="chart__empty">{bookHasErrors ? 'Fix the portfolio’s problems to see the map.' : 'Drawing the map…'}</p>;
  else {
    const cells: HeatmapCellView[][] = map.cells.map((row) =>
      row.map((c) => {
        const label = c.liquidated ? undefined : healthCellLabel(c.healthFactor);
        return { colour: healthColour(c.healthFactor), marked: c.today, ...(c.liquidated ? { glyph: '×' } : {}), ...(label ? { label } : {}) };
      }),
    );
    body = (
      <Heatmap
        title={`${map.measure} when ${map.first} (rows) and ${map.second} (columns) move (1 = liquidation)`}
        heading={`${map.first} × ${map.second}`}
        columnLabels={map.columnMoves.map(moveTick)}
        rowLabels={map.rowMoves.map(moveTick)}
        cells={cells}
        xTitle={`${map.second} price move (%)`}
        yTitle={`${map.first} price move (%)`}
        cellWidth={34}
        cellHeight={20}
        minCellWidth={12}
        labelEvery={map.columnMoves.length > 11 ? Math.max(1, Math.round((map.columnMoves.length - 1) / 4)) : 1}
        testId="health-heatmap"
        tooltip={(r, c) => {
          const cell = map.cells[r]?.[c];
          if (!cell) return null;
          return {
            title: `${map.first} ${formatMove(cell.firstMove)}, ${map.second} ${formatMove(cell.secondMove)}`,
            rows: [
              { label: map.measure, value: cell.healthFactor === null ? '— (nothing required)' : formatHealthFactorExact(cell.healthFactor), color: healthColour(cell.healthFactor).fill },
              { label: 'Cover', value: COVER_LABEL[coverBand(cell.healthFactor)] },
              ...(cell.today ? [{ label: 'Today', value: 'both unmoved' }] : []),
            ],
          };
        }}
      />
    );
  }

  return (
    <div className="risk-health">
      {controls}
      <ChartFrame
        title={title(measure)}
        fileStem="health-heatmap"
        portfolioName={portfolioName}
        {...(map
          ? {
              text: healthHeatmapText(map),
              legend: LEGEND,
              csv: () => healthHeatmapCsv(map),
              png: (frame: HTMLElement, fileName: string) => downloadHeatmapPng(frame, `${portfolioName}: ${title(measure)}`, LEGEND, fileName),
              caption: (
                <p className="chart__caption">
                  {map.measure} at each pair of moves, the other assets held at today&apos;s prices: 1 is liquidation, × marks a move below it; the ringed
                  cell is today. The colours are bands of this ratio, not the account&apos;s zone (judged by distance in daily σ).{' '}
                  <strong>{formatPercent(map.liquidatedShare)} of this map liquidates.</strong>
                </p>
              ),
            }
          : { legend: [] })}
      >
        {body}
      </ChartFrame>
    </div>
  );
}
