import type { Portfolio } from './format/schema';
import type { EvaluateOptions, FieldError } from './report-types';

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** What-if and chart options are user input too: each bad one is named, none crashes the engine. */
export function checkOptions(portfolio: Portfolio, options: EvaluateOptions): FieldError[] {
  const errors: FieldError[] = [];
  for (const [asset, move] of Object.entries(options.priceMoves ?? {})) {
    const path = `options.priceMoves.${asset}`;
    if (!(asset in portfolio.assets)) errors.push({ path, message: `unknown asset "${asset}"` });
    else if (!finite(move) || move <= -1 || move > 1000) errors.push({ path, message: 'must be a move greater than −100 % and at most +100 000 %' });
  }
  if (options.jointMove !== undefined && (!finite(options.jointMove) || options.jointMove <= -1 || options.jointMove > 1000)) {
    errors.push({ path: 'options.jointMove', message: 'must be a move greater than −100 % and at most +100 000 %' });
  }
  const range = options.curveRange;
  if (range && (!finite(range.from) || !finite(range.to) || !finite(range.steps) || range.from <= -1 || range.to <= range.from || range.steps < 2 || range.steps > 1001)) {
    errors.push({ path: 'options.curveRange', message: 'must run from a move above −100 % to a larger one, in 2 to 1001 steps' });
  }
  (options.topUps ?? []).forEach((t, i) => {
    if (!(t.asset in portfolio.assets)) errors.push({ path: `options.topUps[${i}].asset`, message: `unknown asset "${t.asset}"` });
    if (!finite(t.targetHealthFactor) || t.targetHealthFactor <= 0 || t.targetHealthFactor > 1000) errors.push({ path: `options.topUps[${i}].targetHealthFactor`, message: 'must be a health factor above 0' });
  });
  const regime = options.regime;
  if (regime) {
    const m = regime.volatilityMultiplier;
    if (m !== undefined && (!finite(m) || m < 0.1 || m > 10)) errors.push({ path: 'options.regime.volatilityMultiplier', message: 'must be a multiplier from 0.1 to 10' });
    const f = regime.correlationFloor;
    if (f !== undefined && (!finite(f) || f < -1 || f > 1)) errors.push({ path: 'options.regime.correlationFloor', message: 'must be a correlation between −1 and 1' });
  }
  return errors;
}
