// VaR and ES by method, side by side, from report.risk: the rows of the figures table.
import type { RiskReport } from '../../engine';
import { formatMoney, MISSING } from '../charts/format';
import { confidenceText } from './histogram-data';

export interface MethodRow {
  key: 'parametric' | 'delta-gamma' | 'monte-carlo' | 'historical';
  method: string;
  /** Formatted money, "—" where the method did not run. */
  var: string;
  es: string;
  /** "± 12.34": the Monte Carlo standard error; empty for the others. */
  varError: string;
  esError: string;
  note: string;
}

const count = new Intl.NumberFormat('en-US');

export function methodRows(risk: RiskReport): MethodRow[] {
  const error = (x: string) => (formatMoney(x) === MISSING ? '' : `± ${formatMoney(x)}`);
  const rows: MethodRow[] = [
    {
      key: 'parametric',
      method: risk.distribution === 't' ? 'Parametric (delta-t)' : 'Parametric (delta-normal)',
      var: formatMoney(risk.parametric.var),
      es: formatMoney(risk.parametric.es),
      varError: '',
      esError: '',
      note: `${risk.parametric.method}; σ of the book ${formatMoney(risk.parametric.sigma)}`,
    },
    {
      key: 'delta-gamma',
      method: 'Parametric (delta-gamma)',
      var: formatMoney(risk.parametric.deltaGamma.var),
      es: formatMoney(risk.parametric.deltaGamma.es),
      varError: '',
      esError: '',
      note: 'adds the options’ gamma to the linear book',
    },
  ];
  const mc = risk.monteCarlo;
  rows.push(
    mc
      ? {
          key: 'monte-carlo',
          method: 'Monte Carlo',
          var: formatMoney(mc.var),
          es: formatMoney(mc.es),
          varError: error(mc.standardError),
          esError: error(mc.esStandardError),
          note: `${count.format(mc.scenarios)} scenarios, seed ${mc.seed}, full option repricing, ${risk.distribution === 't' ? `Student-t ν = ${risk.dof ?? MISSING}` : 'normal'}`,
        }
      : { key: 'monte-carlo', method: 'Monte Carlo', var: MISSING, es: MISSING, varError: '', esError: '', note: 'not run: press Run for the full figures' },
  );
  const h = risk.historical;
  rows.push(
    h
      ? {
          key: 'historical',
          method: 'Historical simulation',
          var: formatMoney(h.var),
          es: formatMoney(h.es),
          varError: '',
          esError: '',
          note: `${count.format(h.observations)} returns, ${h.from} to ${h.to}${h.missing.length > 0 ? `; no prices for ${h.missing.join(', ')} (held still)` : ''}`,
        }
      : { key: 'historical', method: 'Historical simulation', var: MISSING, es: MISSING, varError: '', esError: '', note: 'import a CSV of prices to compare' },
  );
  return rows;
}

/** "99% over 1 day" / "97.5% over 10 days, Student-t ν = 4". */
export function riskSettingsText(risk: RiskReport): string {
  const days = `${risk.horizonDays} day${risk.horizonDays === 1 ? '' : 's'}`;
  return `${confidenceText(risk.confidence)} over ${days}`;
}
