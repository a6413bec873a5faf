// The portfolio-margin risk arrays, one small heatmap per asset (price move × volatility shock,
// cells coloured by weighted loss, the worst ringed), each with the sentence that explains its
// requirement and the asset's scan range to edit.
import { memo, useMemo, useState } from 'react';
import type { PortfolioMarginReport, RiskArrayReport } from '../../engine';
import { useApp } from '../../state/app-store';
import { overridePath } from '../../state/paths';
import { ChartFrame } from '../charts/ChartFrame';
import { formatExact, formatMoney, formatMoneyTick, formatMove, formatPercent } from '../charts/format';
import type { LegendItem } from '../charts/types';
import { TextField } from '../common/TextField';
import { Heatmap, type HeatmapCellView } from './Heatmap';
import { downloadHeatmapPng } from './heatmap-png';
import { HEAT, lossColour } from './heat-scale';
import { PRICE_RANGE_SOURCE } from './portfolio-margin-fields';
import { accountText, largestArrays, moveTick, requirementText, riskArrayGrid, riskArraysCsv, riskArraysText, scenarioText, volatilityRowLabel } from './risk-array-data';

const TITLE = 'Portfolio-margin risk arrays';
/** Cells carry their loss as text while the grid is narrow enough to read it (SPAN's 9 moves). */
const LABELLED_COLUMNS = 9;
/** Arrays drawn before "Show all" on a book of many assets: the largest requirements. */
const SHOWN_ARRAYS = 8;

/** The choice for a report: its set of assets, the names drawn (largest first), everything folded. */
function chooseArrays(pm: PortfolioMarginReport | null) {
  const assets = pm?.assets ?? [];
  return { assetSet: assets.map((a) => a.asset).join('\n'), names: largestArrays(assets, SHOWN_ARRAYS).map((a) => a.asset), showAll: false };
}

function ScanRange({ asset, current }: { asset: string; current: number }) {
  const value = useApp((s) => s.draft.overrides[asset]?.priceRange ?? '');
  const setOverride = useApp((s) => s.setOverride);
  return (
    <div className="risk-field risk-field--inline">
      <span className="risk-field__label">Scan range</span>
      <TextField
        label={`Scan range of ${asset} for portfolio margin (fraction, 0.15 = ±15%; blank: the rule set's)`}
        value={value}
        path={overridePath(asset, 'priceRange')}
        numeric
        placeholder={`${current} (rule set)`}
        onChange={(t) => setOverride(asset, 'priceRange', t)}
      />
      <span className="risk-field__hint">
        Now ±{formatPercent(current)}. {PRICE_RANGE_SOURCE}.
      </span>
    </div>
  );
}

function AssetArray({ array, pm, quote }: { array: RiskArrayReport; pm: PortfolioMarginReport; quote: string }) {
  const grid = useMemo(() => riskArrayGrid(array), [array]);
  const labelled = grid.moves.length <= LABELLED_COLUMNS;
  const cells: HeatmapCellView[][] = grid.cells.map((row) =>
    row.map((c) => (c ? { colour: lossColour(c.loss, grid.largestLoss), marked: c.worst, ...(labelled ? { label: formatMoneyTick(c.loss) } : {}) } : { colour: null })),
  );
  return (
    <div className="risk-array" data-testid={`risk-array-${array.asset}`}>
      <h4 className="risk-array__title">
        {array.asset}: requirement {formatMoney(array.requirement)} {quote}
      </h4>
      <Heatmap
        title={`${array.asset} risk array: weighted loss by price move and volatility shock`}
        heading={`${array.asset} (scan range ±${formatPercent(array.priceRange)})`}
        columnLabels={grid.moves.map(moveTick)}
        rowLabels={grid.volatilities.map((v) => volatilityRowLabel(v, pm.volatilityShock))}
        cells={cells}
        xTitle={`${array.asset} price move (%)`}
        yTitle="Volatility"
        cellWidth={labelled ? 52 : 40}
        minCellWidth={labelled ? 36 : 16}
        tooltip={(r, c) => {
          const cell = grid.cells[r]?.[c];
          if (!cell) return { title: `${array.asset}: price ${formatMove(grid.moves[c])}`, rows: [{ label: 'Scenario', value: 'not in this grid' }] };
          return {
            title: `${array.asset}: ${scenarioText(cell)}`,
            rows: [
              { label: cell.extreme ? 'Weighted loss' : 'Loss', value: `${formatExact(cell.lossText)} ${quote}`, color: (cell.loss ?? 0) >= 0 ? HEAT.loss : HEAT.gain },
              ...(cell.extreme ? [{ label: 'Weight', value: formatPercent(cell.weight) }] : []),
              ...(cell.worst ? [{ label: 'Worst', value: 'sets the requirement' }] : []),
            ],
          };
        }}
      />
      <p className="chart__caption">{requirementText(array, quote)}</p>
      <ScanRange asset={array.asset} current={array.priceRange} />
    </div>
  );
}

export const RiskArrayHeatmaps = memo(function RiskArrayHeatmaps({ pm, quote, portfolioName }: { pm: PortfolioMarginReport | null; quote: string; portfolioName: string }) {
  // Which arrays are drawn is chosen once per set of assets, not at every report: typing a scan
  // range changes that asset's requirement, and a card that moved or left the eight while its field
  // had the focus would lose it. A new set of assets (another book) chooses again and folds them.
  const assetSet = pm ? pm.assets.map((a) => a.asset).join('\n') : '';
  const [choice, setChoice] = useState(() => chooseArrays(pm));
  if (choice.assetSet !== assetSet) setChoice(chooseArrays(pm));
  const largest = useMemo(() => {
    const byName = new Map((pm?.assets ?? []).map((a) => [a.asset, a]));
    return choice.names.flatMap((name) => byName.get(name) ?? []);
  }, [pm, choice.names]);
  const showAll = choice.showAll;
  if (!pm || pm.assets.length === 0) {
    return (
      <ChartFrame title={TITLE} fileStem="risk-arrays" portfolioName={portfolioName}>
        <p className="chart__empty">{pm ? 'No asset carries risk: nothing to scan.' : 'Portfolio margin does not apply to a lending pool.'}</p>
      </ChartFrame>
    );
  }
  const legend: LegendItem[] = [
    { label: 'Loss (stronger: larger)', color: HEAT.loss, shape: 'square' },
    { label: 'Gain', color: HEAT.gain, shape: 'square' },
  ];
  return (
    <ChartFrame
      title={TITLE}
      fileStem="risk-arrays"
      portfolioName={portfolioName}
      text={riskArraysText(pm, quote)}
      legend={legend}
      csv={() => riskArraysCsv(pm, quote)}
      png={(frame, fileName) => downloadHeatmapPng(frame, `${portfolioName}: ${TITLE}`, legend, fileName)}
      caption={
        <p className="chart__caption">
          <strong>{accountText(pm, quote)}</strong> Each asset&apos;s book (spot, futures, options repriced) is revalued over the grid; the ringed cell is the
          worst scenario, which sets that asset&apos;s requirement. {pm.source}.
        </p>
      }
    >
      <div className="risk-arrays">
        {(showAll ? pm.assets : largest).map((array) => (
          <AssetArray key={array.asset} array={array} pm={pm} quote={quote} />
        ))}
      </div>
      {largest.length < pm.assets.length ? (
        <p className="risk-arrays__more">
          {showAll ? `All ${pm.assets.length} assets, in the book's order. ` : `The ${largest.length} largest requirements of ${pm.assets.length} assets, largest first; the CSV has every array. `}
          <button type="button" onClick={() => setChoice((c) => ({ ...c, showAll: !c.showAll }))}>
            {showAll ? `Show the ${largest.length} largest` : `Show all ${pm.assets.length}`}
          </button>
        </p>
      ) : null}
    </ChartFrame>
  );
});
