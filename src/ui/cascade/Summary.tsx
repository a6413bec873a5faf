// The run in figures: how far it went, the critical shock with its definition, where the user's
// account went, where the value went, and the engine's warnings.
import { memo } from 'react';
import type { CascadeResult } from '../../engine';
import { formatMoneyIn, formatMove, formatPercent, formatPrice } from '../charts/format';
import type { CascadeRun } from '../../state/cascade-store';
import { fieldName } from '../../state/cascade-field-words';
import { formatCount } from './tables';

/** "12.00 USD to liquidators + 3.00 USD to the market − 1.00 USD of bad debt": each term's sign in front of it. */
export function valueSum(c: CascadeResult['conservation'], quote: string): string {
  const terms: [number, string][] = [
    [c.paidToLiquidators, 'to liquidators'],
    [c.paidToInsuranceFund, 'into the insurance fund'],
    [c.paidToMarket, 'to the market'],
    [-c.badDebt, 'of bad debt'],
  ];
  return terms
    .map(([value, what], i) => `${value < 0 ? (i === 0 ? '−' : '− ') : i === 0 ? '' : '+ '}${formatMoneyIn(Math.abs(value), quote)} ${what}`)
    .join(' ');
}

/**
 * "The crowd lost 354,365.77 USD of equity": amounts in prose carry no sign; the verb says which
 * way (a rally can leave the crowd richer).
 */
export function crowdEquitySentence(c: CascadeResult['conservation'], quote: string): string {
  const lost = c.equityLost;
  if (!Number.isFinite(lost) || lost === 0) return 'The crowd’s equity did not change';
  return `The crowd ${lost > 0 ? 'lost' : 'gained'} ${formatMoneyIn(Math.abs(lost), quote)} of equity`;
}

/** The rounding left over, without a sign: it is a size, not a direction. */
export function roundingText(residual: number, quote: string): string {
  return `rounding difference ${formatMoneyIn(Number.isFinite(residual) ? Math.abs(residual) : 0, quote)}`;
}

const millis = (ms: number) => (Number.isFinite(ms) ? `${formatCount(Math.round(ms))} ms` : '—');

/** The scenario's own shock, as the move of its most-shocked asset. */
export function scenarioShock(result: CascadeResult): number {
  let largest = 0;
  for (const asset of result.assets) {
    const today = result.todayPrices[asset], shocked = result.shockedPrices[asset];
    if (!today || shocked === undefined) continue;
    const move = shocked / today - 1;
    if (Math.abs(move) > Math.abs(largest)) largest = move;
  }
  return largest;
}

export function criticalShockSentence(result: CascadeResult): string {
  const critical = result.criticalShock;
  if (!critical) return `No critical shock: ${result.criticalShockReason ?? 'none found'}.`;
  const shock = scenarioShock(result);
  const moves = Object.entries(critical.moves).filter(([, m]) => m !== 0).map(([a, m]) => `${a} ${formatMove(m)}`).join(', ');
  const beyond = Math.abs(shock) >= Math.abs(critical.move);
  return `Critical shock: ${formatMove(critical.move)} (${moves}), found in ${formatCount(critical.runs)} cascades. This scenario's shock of ${formatMove(shock)} is ${
    beyond ? 'at or beyond it: the cascade feeds itself' : 'short of it: the cascade dies out by itself'
  }.`;
}

function userSentence(result: CascadeResult, portfolioName: string): string {
  const user = result.user;
  if (!user) return 'Your account: not placed in the crowd (tick “Place my portfolio” above Run to place it).';
  const name = portfolioName ? `Your account (“${portfolioName}”)` : 'Your account';
  const equity = `equity ${formatMoneyIn(user.equityAtStart, result.quote)} → ${formatMoneyIn(user.equityAtEnd, result.quote)}`;
  if (user.liquidatedAtStep === null) return `${name} was never liquidated in this cascade: ${equity}.`;
  const prices = user.pricesAtLiquidation ? Object.entries(user.pricesAtLiquidation).map(([a, p]) => `${a} ${formatPrice(p)}`).join(', ') : '';
  return `${name} was liquidated at step ${user.liquidatedAtStep}, after ${formatCount(user.accountsLiquidatedBefore)} crowd accounts${prices ? `, at ${prices} ${result.quote}` : ''}: ${equity}.`;
}

export const Summary = memo(function Summary({ run, definition, portfolioName }: { run: CascadeRun; definition: string; portfolioName: string }) {
  const { result, millis: ms } = run;
  const t = result.totals;
  const share = result.crowd.accounts > 0 ? t.liquidatedAccounts / result.crowd.accounts : null;
  const c = result.conservation;
  const items: [string, string, string?][] = [
    ['Accounts liquidated', formatCount(t.liquidatedAccounts), share !== null ? `of ${formatCount(result.crowd.accounts)} (${formatPercent(share)})` : undefined],
    ['Notional liquidated', formatMoneyIn(t.liquidatedNotional, result.quote)],
    ['Steps', formatCount(t.steps), t.stoppedBecause === 'step limit' ? 'stopped at the step limit' : 'until no new liquidation'],
    ...result.assets.slice(0, 4).map((a): [string, string, string] => [`Furthest ${a} move`, formatMove(t.largestMoves[a]), `${formatPrice(t.finalPrices[a])} ${result.quote} at the end`]),
    ['Insurance fund', formatMoneyIn(t.insuranceFundEnd, result.quote), `from ${formatMoneyIn(t.insuranceFundStart, result.quote)}`],
    ['Bad debt', formatMoneyIn(t.badDebt, result.quote)],
    ['Auto-deleveraging', formatMoneyIn(t.adl, result.quote)],
  ];
  return (
    <div className="cascade-summary">
      <dl className="headline__list" data-testid="cascade-totals">
        {items.map(([label, value, note]) => (
          <div key={label} className="headline__item">
            <dt>{label}</dt>
            <dd>
              {value}
              {note ? <span className="headline__zone">{note}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      <div className="cascade-callouts">
        <div className="cascade-callout" data-testid="cascade-critical-shock">
          <p>
            <strong>{criticalShockSentence(result)}</strong>
          </p>
          <p className="small muted">
            <span className="cascade-term">Definition:</span> {result.criticalShock?.definition ?? definition}
            {result.criticalShock ? ` (factor ${result.criticalShock.factor}).` : '.'}
          </p>
        </div>
        <div className={`cascade-callout${result.user?.liquidatedAtStep !== null && result.user ? ' cascade-callout--alert' : ''}`} data-testid="cascade-user">
          <p>
            <strong>{userSentence(result, portfolioName)}</strong>
          </p>
          {result.user ? (
            <p className="small muted">
              Placed by its margin surplus today ({formatMoneyIn(result.user.placement.surplus, result.quote)}) and the moves that liquidate it:{' '}
              {Object.entries(result.user.placement.liquidationMoves)
                .map(([a, m]) => `${a} ${m === null ? 'never (alone)' : formatMove(m)}`)
                .join(', ')}
              .
            </p>
          ) : null}
        </div>
      </div>
      <p className="small muted">
        {crowdEquitySentence(c, result.quote)} = {valueSum(c, result.quote)} ({roundingText(c.residual, result.quote)}). Computed in the cascade worker in <span data-testid="cascade-millis">{millis(ms.cascade)}</span>
        {ms.comparison > 0 ? `, and the margin comparison in ${millis(ms.comparison)}` : ''}.
      </p>
      {result.warnings.length > 0 ? (
        <ul className="cascade-warnings small">
          {result.warnings.map((w) => (
            <li key={`${w.path}:${w.message}`}>{fieldName(w.path, [])}: {w.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});
