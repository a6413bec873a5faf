// Play / pause / step through the cascade, a scrubber over its steps, the speed, and the numbers of
// the step being shown.
import { useId } from 'react';
import { formatMoneyIn, formatMove, formatPrice } from '../charts/format';
import { useCascade } from '../../state/cascade-store-instance';
import { useCascadeActions } from './use-cascade-actions';
import { SPEEDS, type Frame, type Speed } from '../../state/cascade-playback';
import { formatCount, formatRatio } from './tables';
import { usePlaybackClock, usePrefersReducedMotion } from './use-playback-clock';

export function PlaybackControls({ frameCount, run }: { frameCount: number; run: unknown }) {
  usePlaybackClock(frameCount, run);
  const frame = useCascade((s) => Math.min(s.frame, Math.max(0, frameCount - 1)));
  const playing = useCascade((s) => s.playing);
  const speed = useCascade((s) => s.speed);
  const { play, pause, stepBy, setFrame, setSpeed } = useCascadeActions('play', 'pause', 'stepBy', 'setFrame', 'setSpeed');
  const reduced = usePrefersReducedMotion();
  const scrubId = useId();
  const speedId = useId();
  const last = Math.max(0, frameCount - 1);
  return (
    <div className="cascade-playback" role="group" aria-label="Playback of the cascade">
      <div className="cascade-playback__buttons">
        <button type="button" className="button" onClick={() => setFrame(0)} disabled={frame === 0} aria-label="First step">
          First
        </button>
        <button type="button" className="button" onClick={() => stepBy(-1)} disabled={frame === 0} aria-label="Step back">
          <span aria-hidden="true">◀</span> Back
        </button>
        <button type="button" className="button button--primary cascade-playback__play" onClick={playing ? pause : play} disabled={frameCount < 2} data-testid="cascade-play">
          {playing ? 'Pause' : frame >= last ? 'Replay' : 'Play'}
        </button>
        <button type="button" className="button" onClick={() => stepBy(1)} disabled={frame >= last} aria-label="Step forward">
          Step <span aria-hidden="true">▶</span>
        </button>
        <button type="button" className="button" onClick={() => setFrame(last)} disabled={frame >= last} aria-label="Last step">
          Last
        </button>
        <label className="cascade-playback__speed small" htmlFor={speedId}>
          Speed
        </label>
        <select id={speedId} className="select" value={speed} onChange={(e) => setSpeed(Number(e.target.value) as Speed)}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={scrubId} className="small">
        Step <span data-testid="cascade-step">{frame}</span> of {last}
      </label>
      <input
        id={scrubId}
        className="cascade-playback__scrub"
        type="range"
        min={0}
        max={last}
        step={1}
        value={frame}
        aria-valuetext={`Step ${frame} of ${last}`}
        onChange={(e) => setFrame(Number(e.target.value))}
      />
      {reduced ? <p className="small muted">Reduced motion is on: Play moves in steps, once a second.</p> : null}
    </div>
  );
}

export function StepReadout({ frames, assets, quote }: { frames: Frame[]; assets: readonly string[]; quote: string }) {
  const index = useCascade((s) => Math.min(s.frame, Math.max(0, frames.length - 1)));
  const playing = useCascade((s) => s.playing);
  const f = frames[index];
  if (!f) return null;
  const items: [string, string][] = [
    ...assets.slice(0, 4).map((a): [string, string] => [a, `${formatPrice(f.prices[a])} (${formatMove(f.moves[a])})`]),
    ['Liquidated this step', `${formatCount(f.liquidatedAccounts)} accounts, ${formatMoneyIn(f.liquidatedNotional, quote)}`],
    ['Liquidated so far', `${formatCount(f.accountsToDate)} liquidations, ${formatMoneyIn(f.notionalToDate, quote)}`],
    ['Insurance fund', formatMoneyIn(f.insuranceFund, quote)],
    ['Bad debt so far', formatMoneyIn(f.badDebtToDate, quote)],
    ['Auto-deleveraging so far', formatMoneyIn(f.adlToDate, quote)],
    ['Amplification', f.amplification === null ? '— (no wave to compare with)' : formatRatio(f.amplification)],
  ];
  return (
    // Announced when stepping or paused, not at every animation frame.
    <div className="cascade-readout" aria-live={playing ? 'off' : 'polite'} data-testid="cascade-readout">
      <p className="cascade-readout__title">
        <strong>Step {f.step}</strong>
        {f.userLiquidatedNow ? (
          <span className="cascade-badge" data-testid="cascade-user-now">
            Your account is liquidated in this step
          </span>
        ) : f.userLiquidatedByNow ? (
          <span className="cascade-badge cascade-badge--muted">Your account has been liquidated</span>
        ) : null}
      </p>
      <dl className="cascade-readout__list">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
