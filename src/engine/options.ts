import type { Portfolio } from './format/schema';
import type { EvaluateOptions, FieldError } from './report-types';

// What-if and chart options are user input too (a slider, a typed move, a share link's view):
// each bad one is named, and none reaches the engine as NaN, Infinity or a price at or below 0.

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Largest move: +100 000 %. A price of 10¹⁵ moved by it twice (asset and joint) is still a finite double. */
const MAX_MOVE = 1000;
const MAX_CURVE_STEPS = 1001;
const MAX_TOP_UPS = 100;
const MAX_TARGET_HEALTH = 1000;

const MOVE_MESSAGE = 'must be a move greater than −100 % and at most +100 000 % (a fraction: 0.1 for +10 %)';
const isMove = (x: unknown): x is number => finite(x) && x > -1 && x <= MAX_MOVE;

/** An asset of the book: own keys only, so "constructor" is unknown unless the book holds it. */
const isKnownAsset = (portfolio: Portfolio, asset: unknown): boolean => typeof asset === 'string' && Object.hasOwn(portfolio.assets, asset);

/** Every bad option, each with its path; empty when the engine may run with them. */
export function checkOptions(portfolio: Portfolio, options: EvaluateOptions): FieldError[] {
  if (!isRecord(options)) return [{ path: 'options', message: 'must be an object of what-if settings' }];
  const errors: FieldError[] = [];
  const moves: unknown = options.priceMoves;
  if (moves !== undefined) {
    if (!isRecord(moves)) errors.push({ path: 'options.priceMoves', message: 'must map asset symbols to moves' });
    else for (const asset of Object.keys(moves)) {
      const path = `options.priceMoves.${asset}`;
      if (!isKnownAsset(portfolio, asset)) errors.push({ path, message: `unknown asset "${asset}"` });
      else if (!isMove(moves[asset])) errors.push({ path, message: MOVE_MESSAGE });
    }
  }
  if (options.jointMove !== undefined && !isMove(options.jointMove)) errors.push({ path: 'options.jointMove', message: MOVE_MESSAGE });
  const range: unknown = options.curveRange;
  if (range !== undefined) {
    const r = isRecord(range) ? range : {};
    const ok = isMove(r.from) && isMove(r.to) && r.to > r.from && Number.isInteger(r.steps) && (r.steps as number) >= 2 && (r.steps as number) <= MAX_CURVE_STEPS;
    if (!ok) errors.push({ path: 'options.curveRange', message: `must run from a move above −100 % to a larger one of at most +100 000 %, in 2 to ${MAX_CURVE_STEPS} whole steps` });
  }
  const topUps: unknown = options.topUps;
  if (topUps !== undefined) {
    if (!Array.isArray(topUps) || topUps.length > MAX_TOP_UPS) errors.push({ path: 'options.topUps', message: `must be a list of at most ${MAX_TOP_UPS} top-ups` });
    else topUps.forEach((t: unknown, i) => {
      const topUp = isRecord(t) ? t : {};
      if (!isKnownAsset(portfolio, topUp.asset)) errors.push({ path: `options.topUps[${i}].asset`, message: typeof topUp.asset === 'string' ? `unknown asset "${topUp.asset}"` : 'must be the symbol of an asset of the book' });
      const target = topUp.targetHealthFactor;
      if (!finite(target) || target <= 0 || target > MAX_TARGET_HEALTH) errors.push({ path: `options.topUps[${i}].targetHealthFactor`, message: `must be a health factor above 0 and at most ${MAX_TARGET_HEALTH}` });
    });
  }
  const regime: unknown = options.regime;
  if (regime !== undefined) {
    const r = isRecord(regime) ? regime : {};
    const m = r.volatilityMultiplier;
    if (!isRecord(regime)) errors.push({ path: 'options.regime', message: 'must be { volatilityMultiplier?, correlationFloor? }' });
    if (m !== undefined && (!finite(m) || m < 0.1 || m > 10)) errors.push({ path: 'options.regime.volatilityMultiplier', message: 'must be a multiplier from 0.1 to 10' });
    const f = r.correlationFloor;
    if (f !== undefined && (!finite(f) || f < -1 || f > 1)) errors.push({ path: 'options.regime.correlationFloor', message: 'must be a correlation between −1 and 1' });
  }
  return errors;
}
