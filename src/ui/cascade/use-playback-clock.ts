// The animation loop of playback. It only moves the frame index in the store; the playheads and
// the readout that read it are the only things that re-render. requestAnimationFrame normally,
// a one-second timer in discrete jumps when the user prefers reduced motion.
import { useEffect, useSyncExternalStore } from 'react';
import { cascadeStore, useCascade } from '../../state/cascade-store-instance';
import { frameAt, REDUCED_MOTION_INTERVAL_MS, reducedMotionJump } from '../../state/cascade-playback';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

const reducedNow = () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY).matches : false);

export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, reducedNow, () => false);
}

/** `run` is the run being played: a new one restarts the clock from the frame the store holds. */
export function usePlaybackClock(frameCount: number, run: unknown): void {
  const playing = useCascade((s) => s.playing);
  const speed = useCascade((s) => s.speed);
  const reduced = usePrefersReducedMotion();
  useEffect(() => {
    if (!playing || frameCount === 0) return;
    const store = cascadeStore;
    const last = frameCount - 1;
    if (reduced) {
      const timer = setInterval(() => {
        const next = Math.min(last, store.getState().frame + reducedMotionJump(frameCount, speed));
        store.setState({ frame: next, playing: next < last });
      }, REDUCED_MOTION_INTERVAL_MS);
      return () => clearInterval(timer);
    }
    const startFrame = store.getState().frame;
    const startRun = store.getState().run;
    const startTime = performance.now();
    let id = requestAnimationFrame(function tick(time) {
      // A new run has come in: its own clock (this effect again, for the new run) takes over from its first step.
      if (store.getState().run !== startRun) return;
      const next = frameAt(startFrame, time - startTime, speed, frameCount);
      if (next !== store.getState().frame) store.setState({ frame: next });
      if (next >= last) {
        store.setState({ playing: false });
        return;
      }
      id = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(id);
  }, [playing, speed, frameCount, reduced, run]);
}
