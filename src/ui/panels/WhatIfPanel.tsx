import { memo, useCallback, useRef } from 'react';
import { useApp } from '../../state/app-store';
import { assetResult } from '../../state/selectors';
import { formatPrice } from '../common/format';
import { Results } from '../common/Results';
import { Section } from '../common/Section';
import { MoveSlider } from './MoveSlider';
import { RegimeSlider } from './RegimeSlider';
import { WhatIfSummary } from './WhatIfSummary';
import { useRowWindow, WHOLE_LIST } from '../portfolio/useRowWindow';
import './whatif.css';

/** A slider's height before it is measured (label, range, price line). */
const SLIDER_ESTIMATE = 70;

/** One asset's slider, with its price now → moved taken from the two reports. Memoised: the panel re-renders at every report, a slider when its own figures change. */
const AssetMove = memo(function AssetMove({ asset }: { asset: string }) {
  const move = useApp((s) => s.priceMoves[asset] ?? 0);
  const setPriceMove = useApp((s) => s.setPriceMove);
  const movedPrice = useApp((s) => assetResult(s.main.report, asset)?.price);
  const nowPrice = useApp((s) => assetResult(s.baseline ?? s.main.report, asset)?.price);
  const detail = movedPrice !== nowPrice ? `${formatPrice(nowPrice)} → ${formatPrice(movedPrice)}` : formatPrice(nowPrice);
  // One handler for the slider's life: MoveSlider is memoised, and a new function each render would defeat it.
  const onChange = useCallback((m: number) => setPriceMove(asset, m), [asset, setPriceMove]);
  return <MoveSlider label={asset} value={move} onChange={onChange} detail={detail} testId={`move-${asset}`} />;
});

/** What-if: move prices, one asset or all together, and see the whole page at those prices. */
export function WhatIfPanel() {
  const movable = useApp((s) => (s.baseline ?? s.main.report)?.account.assets.filter((a) => !a.stable).map((a) => a.asset).join('\n') ?? '');
  const jointMove = useApp((s) => s.jointMove);
  const setJointMove = useApp((s) => s.setJointMove);
  const resetMoves = useApp((s) => s.resetMoves);
  const active = useApp((s) => s.jointMove !== 0 || Object.keys(s.priceMoves).length > 0 || s.regime.volatilityMultiplier !== 1 || s.regime.correlationFloor !== null);
  const now = useApp((s) => s.baseline ?? s.main.report);
  const moved = useApp((s) => (s.baseline ? s.main.report : null));
  const assets = movable === '' ? [] : movable.split('\n');
  // A book on 100 assets had 100 sliders here, each re-rendered at every report: a long list
  // scrolls in a box of its own and renders the sliders in view.
  const box = useRef<HTMLDivElement>(null);
  const visible = useRowWindow(movable, SLIDER_ESTIMATE, box, WHOLE_LIST);
  const windowed = visible.end - visible.start < assets.length;
  return (
    <Section
      title="What if prices move"
      testId="whatif"
      actions={
        <button type="button" className="button button--quiet" onClick={resetMoves} disabled={!active}>
          Reset
        </button>
      }
    >
      <p className="muted small">The whole page shows the book at the moved prices and market; “Now” is today’s.</p>
      <MoveSlider label="All non-stable assets together" value={jointMove} onChange={setJointMove} testId="move-joint" />
      <div className={windowed ? 'asset-moves asset-moves--long' : 'asset-moves'} ref={box} role="group" aria-label="Move one asset, the others held">
        {visible.before > 0 ? <div aria-hidden="true" style={{ height: visible.before }} /> : null}
        {assets.slice(visible.start, visible.end).map((asset) => (
          <div key={asset} data-window-part={`${asset}:row`} ref={visible.measure}>
            <AssetMove asset={asset} />
          </div>
        ))}
        {visible.after > 0 ? <div aria-hidden="true" style={{ height: visible.after }} /> : null}
      </div>
      <RegimeSlider />
      {now ? (
        <Results label="what-if figures">
          <WhatIfSummary now={now} moved={moved} />
        </Results>
      ) : (
        <p className="muted">Waiting for the first report…</p>
      )}
    </Section>
  );
}
