import type { CompareRow, Figure } from './compare-rows';

function Cell({ figure }: { figure: Figure }) {
  return (
    <td className="number" title={figure.exact}>
      {figure.text}
    </td>
  );
}

/** One row per rule set: what it asks, how close the book is to liquidation under it, and where. */
export function CompareTable({ rows, assets, quote }: { rows: CompareRow[]; assets: string[]; quote: string }) {
  return (
    <div className="table-scroll" role="region" aria-label="The book under each rule set (scrolls sideways)" tabIndex={0}>
      <table className="grid grid--compact venues-compare__table" data-testid="compare-table">
        <caption className="visually-hidden">The book under each rule set; money in {quote}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>Rule set</th>
            <th scope="col" rowSpan={2} className="number">Initial margin</th>
            <th scope="col" rowSpan={2} className="number">Maintenance</th>
            <th scope="col" rowSpan={2} className="number" title="As each venue names it: exchanges give the margin ratio (maintenance ÷ adjusted equity, liquidation at 100%); lending gives the health factor (collateral × threshold ÷ debt, liquidation below 1)">Margin ratio / health factor</th>
            <th scope="col" rowSpan={2} title="By the distance to this venue's nearest liquidation in daily σ: danger under 1, caution under 3">Zone</th>
            <th scope="col" rowSpan={2} className="number" title="Cash to add before the book meets its initial margin (lending: its borrow limit)">Cash needed</th>
            {assets.map((asset) => (
              <th key={asset} scope="colgroup" colSpan={2} className="venues-compare__group">{asset} liquidates at</th>
            ))}
            <th scope="colgroup" colSpan={2} className="venues-compare__group">Joint move</th>
          </tr>
          <tr>
            {assets.map((asset) => [
              <th key={`${asset}-down`} scope="col" className="number">↓ down</th>,
              <th key={`${asset}-up`} scope="col" className="number">↑ up</th>,
            ])}
            <th scope="col" className="number">↓ down</th>
            <th scope="col" className="number">↑ up</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} data-testid="compare-row" data-rules={row.name}>
              <th scope="row" title={row.title}>
                <span className="venues-compare__name">{row.name}</span>
                {row.overridesApplied ? <span className="venues-compare__own"> the book’s own parameters</span> : null}
              </th>
              <Cell figure={row.initialMargin} />
              <Cell figure={row.maintenanceMargin} />
              <td className="number" title={row.ratio.exact}>
                {row.ratio.text}
                <span className="venues-compare__measure"> {row.measure === 'Margin ratio' ? 'margin ratio' : 'health factor'}</span>
              </td>
              <td>
                <span className={`venues-zone venues-zone--${row.zone}`}>{row.zoneLabel}</span>
              </td>
              <Cell figure={row.cashNeeded} />
              {assets.map((asset) => {
                const prices = row.liquidation[asset];
                return prices ? [<Cell key={`${asset}-down`} figure={prices.down} />, <Cell key={`${asset}-up`} figure={prices.up} />] : null;
              })}
              <Cell figure={row.jointMove.down} />
              <Cell figure={row.jointMove.up} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
