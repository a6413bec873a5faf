// The risk panel: VaR / ES by method with the loss histogram, the stress table with a custom
// scenario, the portfolio-margin settings and risk arrays, and the health factor over two assets.
// Loaded lazily (App.tsx): none of it, nor its worker, weighs on the first load.
import { useApp } from '../../state/app-store';
import { Section } from '../common/Section';
import { useSettledValue } from '../common/useSettledValue';
import { CustomScenarioForm } from './CustomScenarioForm';
import { HealthHeatmap } from './HealthHeatmap';
import { LossHistogram } from './LossHistogram';
import { PortfolioMarginSettings } from './PortfolioMarginSettings';
import { RiskArrayHeatmaps } from './RiskArrayHeatmaps';
import { RiskSettings } from './RiskSettings';
import { StressTable } from './StressTable';
import { VarTable } from './VarTable';
import { useRisk } from '../../state/risk-store-instance';
import '../charts/charts.css';
import './risk.css';

const SETTLE_MS = 150;

function RiskResults() {
  const risk = useRisk((s) => s.report);
  const stale = useRisk((s) => s.reportFor) !== useApp((s) => s.draft);
  const quote = useApp((s) => s.draft.quote);
  const name = useApp((s) => s.draft.name);
  if (!risk) return <p className="muted small">Press Run for VaR and expected shortfall by four methods, the loss distribution and the stress table.</p>;
  return (
    <div className="risk-results" data-testid="risk-results">
      {stale ? (
        <p className="risk-message risk-message--stale" role="note">
          The portfolio has changed since this run: press Run for current figures.
        </p>
      ) : null}
      <VarTable risk={risk} quote={quote} />
      <LossHistogram risk={risk} quote={quote} portfolioName={name} />
      <h3 className="risk-subtitle">Stress scenarios</h3>
      <StressTable risk={risk} quote={quote} />
    </div>
  );
}

/** The portfolio-margin part follows the report at today's prices, redrawn once it rests. */
function PortfolioMarginArea() {
  const held = useApp((s) => s.sliderHeld);
  const report = useSettledValue(useApp((s) => s.baseline ?? s.main.report), SETTLE_MS, held);
  if (!report) return <p className="muted">Waiting for the first report…</p>;
  return <RiskArrayHeatmaps pm={report.portfolioMargin} quote={report.quote} portfolioName={report.name} />;
}

export default function RiskPanel() {
  const name = useApp((s) => s.draft.name);
  return (
    <Section title="Risk: VaR, expected shortfall and stress" testId="risk" className="risk-panel">
      <p className="muted small">
        Value at risk and expected shortfall of the book by four methods, what named market crashes would do to it, its portfolio-margin requirement
        and why, and its health over two assets&apos; moves. The Monte Carlo runs in a worker of its own: keep editing while it runs.
      </p>
      <RiskSettings />
      <RiskResults />
      <CustomScenarioForm />
      <h3 className="risk-subtitle">Portfolio margin</h3>
      <PortfolioMarginSettings />
      <PortfolioMarginArea />
      <h3 className="risk-subtitle">Health factor over two assets</h3>
      <HealthHeatmap portfolioName={name} />
    </Section>
  );
}
