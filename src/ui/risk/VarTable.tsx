import type { RiskReport } from '../../engine';
import { methodRows, riskSettingsText } from './var-table-data';

/** VaR and ES by method, side by side (losses as positive money). */
export function VarTable({ risk, quote }: { risk: RiskReport; quote: string }) {
  const rows = methodRows(risk);
  return (
    <div className="table-scroll" role="region" aria-label="VaR and ES by method (scrolls sideways)" tabIndex={0}>
      <table className="grid grid--compact risk-figures" data-testid="risk-figures">
        <caption className="risk-caption">
          Value at risk (VaR) and expected shortfall (ES) at {riskSettingsText(risk)}, in {quote}: losses as positive money.
        </caption>
        <thead>
          <tr>
            <th scope="col">Method</th>
            <th scope="col" className="number">
              VaR
            </th>
            <th scope="col" className="number">
              ES
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid={`risk-method-${row.key}`}>
              <th scope="row">
                {row.method}
                <span className="risk-figures__note">{row.note}</span>
              </th>
              <td className="number" data-testid={`risk-${row.key}-var`}>
                {row.var}
                {row.varError ? <span className="risk-error"> {row.varError}</span> : null}
              </td>
              <td className="number" data-testid={`risk-${row.key}-es`}>
                {row.es}
                {row.esError ? <span className="risk-error"> {row.esError}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
