import type { RiskReport } from '../../engine';
import { listFolds, ShortList } from './ShortList';
import { stressRows, type StressRow } from './stress-data';

/** Moves and liquidations shown in the row before "and N more": a 50-asset book's made walls of text. */
const SHOWN_MOVES = 6;
const SHOWN_LIQUIDATED = 8;

function Moves({ row }: { row: StressRow }) {
  if (!listFolds(row.moveList.length, SHOWN_MOVES)) return <span className="risk-stress__moves">{row.moves}</span>;
  return (
    <span className="risk-stress__moves">
      <ShortList items={row.moveList} shown={SHOWN_MOVES} noun="assets" context={`moved by ${row.name}`} />
      {row.regimeText ? <span className="risk-stress__regime">{row.regimeText}</span> : null}
    </span>
  );
}

/** Each named scenario: what it is, when, from where, and what it does to this account. */
export function StressTable({ risk, quote }: { risk: RiskReport; quote: string }) {
  const rows = stressRows(risk.stress, quote);
  return (
    // Focusable, so a keyboard can scroll the table sideways on a narrow screen.
    <div className="table-scroll" role="region" aria-label="Stress scenarios (scrolls sideways)" tabIndex={0}>
      <table className="grid grid--compact risk-stress" data-testid="stress-table">
        <caption className="risk-caption">Stress scenarios applied to the book at today’s prices, each with its market regime (volatility, correlations); a loss is money lost (negative: a gain).</caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Date</th>
            <th scope="col">Source</th>
            <th scope="col" className="number">
              Equity after
            </th>
            <th scope="col" className="number">
              Requirement after
            </th>
            <th scope="col" className="number">
              Health after
            </th>
            <th scope="col">Liquidated</th>
            <th scope="col" className="number">
              Loss
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid={`stress-${row.id}`} className={row.liquidates ? 'risk-stress__liquidates' : undefined}>
              <th scope="row">
                {row.name}
                <Moves row={row} />
              </th>
              <td className="risk-stress__date">{row.date}</td>
              <td className="risk-stress__source">{row.source}</td>
              <td className="number">{row.equityAfter}</td>
              <td className="number" data-testid={`stress-${row.id}-requirement`}>
                {row.requirementAfter}
                {row.regimePart ? <span className="risk-stress__moves">{row.regimePart}</span> : null}
              </td>
              <td className="number">{row.healthAfter}</td>
              <td className={row.liquidates ? 'risk-stress__liquidated' : undefined}>
                {row.liquidates ? <ShortList items={row.liquidatedList} shown={SHOWN_LIQUIDATED} noun="positions" context={`liquidated by ${row.name}`} /> : row.liquidated}
              </td>
              <td className={`number${row.gain ? ' positive' : ''}`}>{row.loss}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
