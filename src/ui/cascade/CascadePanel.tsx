// The cascade panel: set up a crowd, a market, rules and a shock (or a classroom preset), run it in
// the cascade worker, and watch it: playback, the price path with its waves, the liquidated volume,
// the fund and bad debt, the liquidation map, the critical shock, the user's own account, and the
// same crowd with isolated against cross margin. Loaded lazily: none of it, nor its worker, weighs
// on the first load.
import { memo, useDeferredValue, useEffect, useMemo } from 'react';
import { useApp } from '../../state/app-store';
import { Section } from '../common/Section';
import type { CascadeRun } from '../../state/cascade-store';
import { useCascade } from '../../state/cascade-store-instance';
import { FundChart } from './FundChart';
import { LiquidationMapChart } from './LiquidationMapChart';
import { MarginComparisonView } from './MarginComparisonView';
import { playbackFrames } from '../../state/cascade-playback';
import { PlaybackControls, StepReadout } from './PlaybackControls';
import { PricePathChart } from './PricePathChart';
import { RunControls } from './RunControls';
import { ScenarioSetup } from './ScenarioSetup';
import { Slot } from './Slot';
import { Summary } from './Summary';
import { VolumeChart } from './VolumeChart';
import '../charts/charts.css';
import './cascade.css';

const ResultsBody = memo(function ResultsBody({ run, definition, portfolioName }: { run: CascadeRun; definition: string; portfolioName: string }) {
  const { result } = run;
  const frames = useMemo(() => playbackFrames(result), [result]);
  // Downloads are named after the scenario: "thin-market-cascade-price-path.png".
  const fileName = result.name;
  return (
    <div className="cascade-results" data-testid="cascade-results">
      <h3 className="cascade-subtitle">
        {result.name}: {result.crowd.traders.toLocaleString('en-US')} traders, {result.assets.join(', ')}
      </h3>
      <Summary run={run} definition={definition} portfolioName={portfolioName} />
      <div className="cascade-watch">
        <PlaybackControls frameCount={frames.length} run={result} />
        <StepReadout frames={frames} assets={result.assets} quote={result.quote} />
      </div>
      {/* Each chart draws in its own turn (stagger.ts): a new run never makes one long task. */}
      <div className="cascade-charts">
        <Slot value={result} minHeight={380}>
          {(r) => <PricePathChart result={r} portfolioName={r.name} />}
        </Slot>
        <Slot value={result} minHeight={380}>
          {(r) => <VolumeChart result={r} portfolioName={r.name} />}
        </Slot>
        <Slot value={result} minHeight={380}>
          {(r) => <FundChart result={r} portfolioName={r.name} />}
        </Slot>
        <LiquidationMapChart result={result} portfolioName={fileName} />
      </div>
      {run.comparison ? <MarginComparisonView comparison={run.comparison} portfolioName={fileName} /> : null}
    </div>
  );
});

function CascadeResults() {
  const latest = useCascade((s) => s.run);
  // The charts of a new run are drawn at transition priority, in slices, so the page (and the
  // playback of the previous run) never waits on them.
  const run = useDeferredValue(latest);
  const definition = useCascade((s) => s.catalogue?.criticalShockDefinition ?? '');
  const portfolioName = useApp((s) => s.draft.name);
  if (!run) {
    return <p className="muted small">Pick a preset (or set up your own crowd and shock) and press Run cascade.</p>;
  }
  return (
    <div aria-busy={latest !== run}>
      <ResultsBody run={run} definition={definition} portfolioName={portfolioName} />
    </div>
  );
}

export default function CascadePanel() {
  const loadCatalogue = useCascade((s) => s.loadCatalogue);
  useEffect(() => {
    void loadCatalogue();
  }, [loadCatalogue]);
  return (
    <Section title="Liquidation cascades" testId="cascade" className="cascade-panel">
      <p className="muted small">
        A crowd of leveraged traders, a market for each asset and a shock: liquidations sell into the market, the price moves, and the next accounts are
        liquidated. Pick a classroom preset, or set up your own; place your own portfolio in the crowd to see when it goes. The cascade runs in a worker of
        its own.
      </p>
      <ScenarioSetup />
      <RunControls />
      <CascadeResults />
    </Section>
  );
}
