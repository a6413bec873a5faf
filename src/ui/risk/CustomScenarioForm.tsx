import type { FormEvent } from 'react';
import { useApp } from '../../state/app-store';
import { movePercentOf } from '../../state/risk-form';
import { RiskField } from './RiskField';
import { useRisk } from '../../state/risk-store-instance';

/** The assets a custom scenario can move: the non-stable ones the report knows, else every asset of the book. */
function useMovableAssets(): string[] {
  const list = useApp((s) => {
    const report = s.baseline ?? s.main.report;
    const fromReport = report?.account.assets.filter((a) => !a.stable).map((a) => a.asset);
    return (fromReport && fromReport.length > 0 ? fromReport : Object.keys(s.draft.assets)).join('\n');
  });
  return list === '' ? [] : list.split('\n');
}

/** Build a scenario (moves by asset, the rest, a volatility factor) and rerun the stress table with it. */
export function CustomScenarioForm() {
  const assets = useMovableAssets();
  const custom = useRisk((s) => s.custom);
  const setCustom = useRisk((s) => s.setCustom);
  const setMove = useRisk((s) => s.setCustomMove);
  const rerun = useRisk((s) => s.rerunStress);
  const running = useRisk((s) => s.running !== null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!running) void rerun();
  };
  return (
    <form className="risk-custom" onSubmit={submit} aria-label="Custom stress scenario" noValidate>
      <p className="small muted">Build your own scenario: moves in percent (−30 for a 30% fall); blank assets take the “others” move.</p>
      <div className="risk-settings__fields">
        <RiskField label="Name" path="risk.customScenario.name" value={custom.name} numeric={false} placeholder="Custom scenario" onChange={(t) => setCustom({ name: t })} />
        {assets.map((asset) => (
          <RiskField
            key={asset}
            label={`${asset} move (%)`}
            path={`risk.customScenario.moves.${asset}`}
            value={movePercentOf(custom, asset)}
            onChange={(t) => setMove(asset, t)}
            testId={`custom-move-${asset}`}
          />
        ))}
        <RiskField label="Others move (%)" path="risk.customScenario.others" value={custom.others} placeholder="0" onChange={(t) => setCustom({ others: t })} />
        <RiskField label="Volatility factor" path="risk.customScenario.volatilityFactor" value={custom.volatilityFactor} placeholder="1" hint="2 doubles every σ" onChange={(t) => setCustom({ volatilityFactor: t })} />
      </div>
      <div className="inline-form">
        <button type="submit" className="button" disabled={running} data-testid="stress-rerun">
          Rerun stress scenarios
        </button>
        <span className="muted small">Keeps the Monte Carlo figures; the table gains a “custom” row.</span>
      </div>
    </form>
  );
}
