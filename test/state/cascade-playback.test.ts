import { describe, expect, it } from 'vitest';
import { clampFrame, frameAt, playbackFrames, playStart, reducedMotionJump, stepsPerSecond } from '../../src/state/cascade-playback';
import { threeSteps } from '../ui/cascade/fixtures';

describe('playback frames', () => {
  it('makes one frame per step with everything up to it summed', () => {
    const frames = playbackFrames(threeSteps);
    expect(frames.map((f) => f.step)).toEqual([0, 1, 2]);
    expect(frames.map((f) => f.accountsToDate)).toEqual([3, 9, 9]);
    expect(frames.map((f) => f.notionalToDate)).toEqual([300, 750, 750]);
    expect(frames.map((f) => f.badDebtToDate)).toEqual([0, 20, 20]);
    expect(frames.map((f) => f.adlToDate)).toEqual([0, 5, 5]);
    expect(frames[1]!.moves.BTC).toBeCloseTo(-0.15, 12);
  });

  it("says when the user's account goes, and that it has gone in the frames after", () => {
    const frames = playbackFrames(threeSteps);
    expect(frames.map((f) => f.userLiquidatedNow)).toEqual([false, true, false]);
    expect(frames.map((f) => f.userLiquidatedByNow)).toEqual([false, true, true]);
  });
});

describe('the playback clock', () => {
  it('plays a short cascade at 0.4 s a step, never under 3 s in all, a long one in 12 s', () => {
    // 9 steps: 8 moves in max(3, 9 × 0.4 = 3.6) s.
    expect(stepsPerSecond(9)).toBeCloseTo(8 / 3.6, 12);
    // 3 steps: 2 moves in the 3 s floor.
    expect(stepsPerSecond(3)).toBeCloseTo(2 / 3, 12);
    // 1,000 steps: 999 moves in 12 s.
    expect(stepsPerSecond(1000)).toBeCloseTo(999 / 12, 12);
  });

  it('goes by the time elapsed, at the speed chosen, and stops at the last frame', () => {
    // 9 frames at 1×: 2.22 steps a second; after 1 s, 2 steps on.
    expect(frameAt(0, 1000, 1, 9)).toBe(2);
    expect(frameAt(3, 1000, 2, 9)).toBe(7);
    expect(frameAt(0, 3600, 1, 9)).toBe(8);
    expect(frameAt(0, 60_000, 4, 9)).toBe(8);
    expect(frameAt(5, -10, 1, 9)).toBe(5);
    expect(frameAt(0, 1000, 1, 0)).toBe(0);
  });

  it('with reduced motion jumps about a second of playback at a time, at least a step', () => {
    expect(reducedMotionJump(9, 1)).toBe(2);
    expect(reducedMotionJump(3, 0.5)).toBe(1);
    expect(reducedMotionJump(1000, 1)).toBe(83);
  });

  it('starts Play from the beginning once the end is reached, and keeps frames in range', () => {
    expect(playStart(8, 9)).toBe(0);
    expect(playStart(3, 9)).toBe(3);
    expect(clampFrame(12, 9)).toBe(8);
    expect(clampFrame(-1, 9)).toBe(0);
    expect(clampFrame(2.6, 9)).toBe(3);
    expect(clampFrame(4, 0)).toBe(0);
  });
});
