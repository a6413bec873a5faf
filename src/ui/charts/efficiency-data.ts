// Shaping report.efficiency: one bar group per margin regime (isolated, cross, portfolio when the
// engine has it), the baseline's bar beside it, and the adverse move each regime survives.
import type { EfficiencyReport, RegimeEfficiency, Report } from '../../engine';
import { formatMoney, formatMove, formatPercent } from './format';
import { toFiniteNumber } from './numbers';
import { addDecimalText, multiplyDecimalText, subtractDecimalText } from '../../state/decimal-text';

export type Regime = 'isolated' | 'cross' | 'portfolio';

const REGIME_LABEL: Record<Regime, string> = { isolated: 'Isolated', cross: 'Cross', portfolio: 'Portfolio' };

export interface EfficiencyRow {
  regime: Regime;
  label: string;
  /** Required capital as a chart number (null: no bar). */
  required: number | null;
  /** The exact decimal string. */
  requiredText: string;
  /** What the trader must add beyond the cash held: max(0, required − cash), as a chart number and exactly. */
  cashToAdd: number | null;
  cashToAddText: string;
  survivableMove: number | null;
  survivableMoveReason?: string;
  before: number | null;
  beforeText: string | null;
  beforeSurvivableMove: number | null;
}

function regimes(efficiency: EfficiencyReport): [Regime, RegimeEfficiency][] {
  const list: [Regime, RegimeEfficiency][] = [
    ['isolated', efficiency.isolated],
    ['cross', efficiency.cross],
  ];
  if (efficiency.portfolio) list.push(['portfolio', efficiency.portfolio]);
  return list;
}

/**
 * The cash the account holds: stablecoins it owns, at their price. This is the engine's own
 * definition of the cash a regime's required capital is met from (efficiency.ts, stableCash); the
 * report does not carry it, so it is summed here, exactly, from the report's assets.
 */
export function accountCash(report: Report): string {
  let cash = '0';
  for (const a of report.account.assets) {
    if (!a.stable || !(toFiniteNumber(a.balance) !== null && Number(a.balance) > 0)) continue;
    cash = addDecimalText(cash, multiplyDecimalText(a.balance, a.price) ?? '0') ?? cash;
  }
  return cash;
}

/** max(0, required − cash), exactly. */
export function cashToAdd(required: string, cash: string): string {
  const gap = subtractDecimalText(required, cash);
  return gap === null || gap.startsWith('-') ? '0' : gap;
}

/** Why pooling needs less: said once, under the chart. */
export const WHY_CROSS_NEEDS_LESS =
  'Cross needs less because every position shares one pool: opposite positions net out, and one position’s profit backs the others’ margin.';

/** Null when the report has no efficiency comparison (see report.efficiencyReason). */
export function efficiencyRows(report: Report, baseline?: Report): EfficiencyRow[] | null {
  if (!report.efficiency) return null;
  const before = baseline?.efficiency ?? null;
  const cash = accountCash(report);
  return regimes(report.efficiency).map(([regime, now]) => {
    const then = before ? (before[regime] ?? null) : null;
    const toAdd = cashToAdd(now.requiredCapital, cash);
    return {
      regime,
      label: REGIME_LABEL[regime],
      required: toFiniteNumber(now.requiredCapital),
      requiredText: now.requiredCapital,
      cashToAdd: toFiniteNumber(toAdd),
      cashToAddText: toAdd,
      survivableMove: now.survivableMove,
      ...(now.survivableMoveReason ? { survivableMoveReason: now.survivableMoveReason } : {}),
      before: then ? toFiniteNumber(then.requiredCapital) : null,
      beforeText: then ? then.requiredCapital : null,
      beforeSurvivableMove: then ? then.survivableMove : null,
    };
  });
}

/** "survives −25.0%"; with no liquidating move in range, the engine's reason or that fact. */
export function survivalText(move: number | null, reason?: string): string {
  if (move === null || !Number.isFinite(move)) return reason ?? 'no liquidation in the range tested';
  return `survives ${formatMove(move)}`;
}

/** "Cross saves 1,234.00 USDT (23.4%) against isolated." */
export function savingText(report: Report): string {
  const saving = report.efficiency?.crossSaving;
  if (!saving) return report.efficiencyReason ?? 'No comparison of margin regimes.';
  const money = toFiniteNumber(saving.money);
  const share = saving.fraction === null || !Number.isFinite(saving.fraction) ? '' : ` (${formatPercent(Math.abs(saving.fraction))})`;
  if (money !== null && money < 0) {
    return `Cross needs ${formatMoney(saving.money.trim().replace(/^-/, ''))} ${report.quote}${share} more than isolated.`;
  }
  return `Cross saves ${formatMoney(saving.money)} ${report.quote}${share} against isolated.`;
}
