// Playback: one frame per step of the cascade with everything up to it summed, and the clock that
// says which frame to show after so many milliseconds. Pure, so that the arithmetic is tested and
// the animation loop in the component only reads the clock and stores a frame index.
import type { CascadeResult } from '../engine';

export interface Frame {
  step: number;
  /** Market price at the end of the step, and its move from today's (a fraction), by asset. */
  prices: Record<string, number>;
  moves: Record<string, number>;
  liquidatedAccounts: number;
  liquidatedNotional: number;
  /** Liquidation events and notional since the shock, this step included. */
  accountsToDate: number;
  notionalToDate: number;
  insuranceFund: number;
  badDebtToDate: number;
  adlToDate: number;
  amplification: number | null;
  /** The user's account was liquidated in this step, or in one before it. */
  userLiquidatedNow: boolean;
  userLiquidatedByNow: boolean;
}

const finite = (value: number | null | undefined): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export function playbackFrames(result: CascadeResult): Frame[] {
  let accountsToDate = 0, notionalToDate = 0, badDebtToDate = 0, adlToDate = 0;
  let userByNow = false;
  return result.steps.map((s) => {
    accountsToDate += finite(s.liquidatedAccounts);
    notionalToDate += finite(s.liquidatedNotional);
    badDebtToDate += finite(s.badDebt);
    adlToDate += finite(s.adl);
    userByNow ||= s.userLiquidated;
    const prices: Record<string, number> = {};
    const moves: Record<string, number> = {};
    for (const asset of result.assets) {
      const price = finite(s.prices[asset]);
      const today = result.todayPrices[asset];
      prices[asset] = price;
      moves[asset] = today && today > 0 ? price / today - 1 : 0;
    }
    return {
      step: s.step,
      prices,
      moves,
      liquidatedAccounts: finite(s.liquidatedAccounts),
      liquidatedNotional: finite(s.liquidatedNotional),
      accountsToDate,
      notionalToDate,
      insuranceFund: finite(s.insuranceFund),
      badDebtToDate,
      adlToDate,
      amplification: typeof s.amplification === 'number' && Number.isFinite(s.amplification) ? s.amplification : null,
      userLiquidatedNow: s.userLiquidated,
      userLiquidatedByNow: userByNow,
    };
  });
}

export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** Shortest and longest playback of a whole run at 1×, and the time one step takes at most. */
const MIN_SECONDS = 3;
const MAX_SECONDS = 12;
const SECONDS_PER_STEP = 0.4;

/** Steps per second at 1×: a short cascade at a readable pace, a long one in at most 12 s. */
export function stepsPerSecond(frameCount: number): number {
  if (frameCount <= 1) return 1;
  const seconds = Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, frameCount * SECONDS_PER_STEP));
  return (frameCount - 1) / seconds;
}

/**
 * The frame to show `elapsedMs` after playback left `startFrame`, at `speed`; it stops at the last
 * frame. Time, not the count of animation frames, drives it: a slow frame skips steps rather than
 * slowing the cascade down.
 */
export function frameAt(startFrame: number, elapsedMs: number, speed: number, frameCount: number): number {
  if (frameCount <= 0) return 0;
  const advanced = Math.floor((Math.max(0, elapsedMs) / 1000) * stepsPerSecond(frameCount) * speed + 1e-9);
  return Math.min(frameCount - 1, startFrame + advanced);
}

/**
 * With reduced motion the picture moves in discrete jumps, at most one a second, each about as far
 * as a second of normal playback (at least one step).
 */
export const REDUCED_MOTION_INTERVAL_MS = 1000;
export function reducedMotionJump(frameCount: number, speed: number): number {
  return Math.max(1, Math.round(stepsPerSecond(frameCount) * speed));
}

/** Where Play starts: from the beginning again once the end has been reached. */
export function playStart(frame: number, frameCount: number): number {
  return frame >= frameCount - 1 ? 0 : frame;
}

export function clampFrame(frame: number, frameCount: number): number {
  if (frameCount <= 0) return 0;
  return Math.min(frameCount - 1, Math.max(0, Math.round(frame)));
}
