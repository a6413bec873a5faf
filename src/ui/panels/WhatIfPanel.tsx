import { useApp } from '../../state/app-store';
import { formatPrice } from '../common/format';
import { Results } from '../common/Results';
import { Section } from '../common/Section';
import { MoveSlider } from './MoveSlider';
import { RegimeSlider } from './RegimeSlider';
import { WhatIfSummary } from './WhatIfSummary';

/** One asset's slider, with its price now → moved taken from the two reports. */
function AssetMove({ asset }: { asset: string }) {
  const move = useApp((s) => s.priceMoves[asset] ?? 0);
  const setPriceMove = useApp((s) => s.setPriceMove);
  const movedPrice = useApp((s) => s.main.report?.account.assets.find((a) => a.asset === asset)?.price);
  const nowPrice = useApp((s) => (s.baseline ?? s.main.report)?.account.assets.find((a) => a.asset === asset)?.price);
  const detail = movedPrice !== nowPrice ? `${formatPrice(nowPrice)} → ${formatPrice(movedPrice)}` : formatPrice(nowPrice);
  return <MoveSlider label={asset} value={move} onChange={(m) => setPriceMove(asset, m)} detail={detail} testId={`move-${asset}`} />;
}

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
      {assets.map((asset) => (
        <AssetMove key={asset} asset={asset} />
      ))}
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
