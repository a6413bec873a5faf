import type { Report } from '../engine';
import { interpolateAt } from './curve-math';

// Collateral top-up: the target the user picks (a health factor, or a distance to liquidation)
// and what the engine takes (a health factor). The engine solves the amount exactly for a health
// factor; a distance target is first turned into a health factor, approximately (below).

export type TopUpTarget = { kind: 'health'; healthFactor: number } | { kind: 'distance'; fall: number };

export interface TopUpRequest {
  asset: string;
  target: TopUpTarget;
  /** The health factor asked of the engine. */
  targetHealthFactor: number;
}

export type Conversion = { ok: true; healthFactor: number; extrapolated: boolean } | { ok: false; reason: string };

/**
 * The health factor now that would leave the book liquidated only after a joint fall of `fall`
 * (0.3 = 30 %), topping up with `asset`. From the report's joint health curve h(m) = N(m) / R(m):
 * adding collateral worth ΔN now adds ΔN·s at the move m* = −fall (s = 1 − fall if the asset falls
 * with the others, 1 if it is stable); we want (N(m*) + ΔN·s) / R(m*) = 1, and the engine's target
 * is H = h(0) + ΔN / R(0). With n = N / R(0) and ρ = R / R(0): H = h(0) + (ρ(m*) − n(m*)) / s.
 * The curve gives h = n / ρ but not ρ, which is taken as 1 + m on an exchange (requirements scale
 * with notional) and 1 on a lending pool (the debt stays put): the approximation the panel states.
 * Beyond the drawn curve, n is extended along its last segment (a linear book's n is linear).
 */
export function healthTargetForDistance(report: Report, asset: string, fall: number): Conversion {
  if (!(fall > 0 && fall < 1)) return { ok: false, reason: 'the distance must be between 0 % and 100 %' };
  const joint = report.healthCurves.curves.find((c) => c.name === 'joint');
  const moves = report.healthCurves.moves;
  if (!joint) return { ok: false, reason: 'the book has no joint health curve (nothing moves with the market)' };
  const now = Number(report.account.healthFactor);
  if (report.account.healthFactor === null || !Number.isFinite(now)) {
    return { ok: false, reason: report.account.healthFactorReason ?? 'the book has no health factor to raise' };
  }
  const ratio = (m: number) => (report.rules.kind === 'lending' ? 1 : 1 + m);
  const target = -fall;
  let atFall = interpolateAt(moves, joint.healthFactor, target);
  let extrapolated = false;
  if (atFall === null) {
    const [m0, m1] = moves;
    const h0 = joint.healthFactor[0];
    const h1 = joint.healthFactor[1];
    if (m0 === undefined || m1 === undefined || h0 == null || h1 == null || target > m0) {
      return { ok: false, reason: 'the health curve does not reach that fall' };
    }
    const n0 = h0 * ratio(m0);
    const n1 = h1 * ratio(m1);
    atFall = (n0 + ((n1 - n0) * (target - m0)) / (m1 - m0)) / ratio(target);
    extrapolated = true;
  }
  if (!Number.isFinite(atFall)) return { ok: false, reason: 'the health curve does not reach that fall' };
  if (atFall >= 1) return { ok: true, healthFactor: now, extrapolated };
  const stable = report.account.assets.find((a) => a.asset === asset)?.stable ?? true;
  const scale = stable ? 1 : 1 - fall;
  return { ok: true, healthFactor: now + (ratio(target) * (1 - atFall)) / scale, extrapolated };
}
