// Setting up a cascade: a classroom preset to start from, the shock (moves or a named stress
// event), and, folded away, the crowd, the markets, the rules and the run; or the whole scenario
// file as JSON.
import { useId, useMemo } from 'react';
import { formatMove } from '../charts/format';
import { CascadeField } from './CascadeField';
import { useCascade } from '../../state/cascade-store-instance';
import {
  crowdFields,
  DISTRIBUTIONS,
  distributionKind,
  flag,
  IMPACT_MODELS,
  impactModel,
  marketAssets,
  marketFields,
  rulesFields,
  rulesKind,
  runFields,
  setAt,
  setDistribution,
  setImpactModel,
  setRulesKind,
  setShockMode,
  shockFields,
  shockMode,
  getAt,
  type DistributionKind,
  type FieldSpec,
  type ImpactModelName,
  type RulesKind,
} from '../../state/cascade-scenario-form';
import { JsonEditor } from './JsonEditor';

function Fields({ fields }: { fields: FieldSpec[] }) {
  return (
    <div className="cascade-fields">
      {fields.map((f) => (
        <CascadeField key={f.path} field={f} />
      ))}
    </div>
  );
}

function Choice<T extends string>({ label, value, options, onChange, testId }: { label: string; value: T | ''; options: { value: T | ''; label: string }[]; onChange: (value: T) => void; testId?: string }) {
  const id = useId();
  return (
    <div className="cascade-field">
      <label className="cascade-field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="select" value={value} data-testid={testId} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.value === ''}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Check({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string }) {
  return (
    <label className="cascade-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>
        {label}
        {hint ? <span className="cascade-field__hint"> {hint}</span> : null}
      </span>
    </label>
  );
}

function PresetPicker() {
  const presets = useCascade((s) => s.catalogue?.presets);
  const presetId = useCascade((s) => s.presetId);
  const edited = useCascade((s) => s.edited);
  const choose = useCascade((s) => s.choosePreset);
  const id = useId();
  const preset = presets?.find((p) => p.id === presetId);
  if (!presets) return null;
  return (
    <div className="cascade-preset">
      <label className="cascade-field__label" htmlFor={id}>
        Classroom preset
      </label>
      <select id={id} className="select" value={presetId} onChange={(e) => choose(e.target.value)}>
        {presetId === '' ? <option value="">Your own scenario (from JSON)</option> : null}
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
      {preset ? (
        <p className="cascade-lesson small">
          {preset.lesson}
          {edited ? <em> You have changed it: choose the preset again to start over.</em> : null}
        </p>
      ) : null}
    </div>
  );
}

function ShockSettings() {
  const base = useCascade((s) => s.base);
  const events = useCascade((s) => s.catalogue?.events);
  const change = useCascade((s) => s.change);
  const mode = shockMode(base);
  const eventId = typeof getAt(base, ['shock', 'event']) === 'string' ? (getAt(base, ['shock', 'event']) as string) : '';
  const event = events?.find((e) => e.id === eventId);
  const fields = useMemo(() => shockFields(base), [base]);
  const firstEvent = events?.[0]?.id ?? '';
  const name = useId();
  return (
    <fieldset className="cascade-group">
      <legend>Shock</legend>
      <div className="cascade-radios" role="radiogroup" aria-label="Kind of shock">
        <label className="cascade-check">
          <input type="radio" name={name} checked={mode === 'moves'} onChange={() => change((d) => setShockMode(d, 'moves', firstEvent))} />
          <span>Moves by asset</span>
        </label>
        <label className="cascade-check">
          <input type="radio" name={name} checked={mode === 'event'} disabled={!firstEvent} onChange={() => change((d) => setShockMode(d, 'event', firstEvent))} />
          <span>A named stress event</span>
        </label>
      </div>
      {mode === 'moves' ? <Fields fields={fields} /> : null}
      {mode === 'event' && events ? (
        <>
          <Choice
            label="Stress event"
            value={eventId}
            options={events.map((e) => ({ value: e.id, label: e.title }))}
            onChange={(id) => change((d) => setAt(d, ['shock'], { event: id }))}
          />
          {event ? (
            <p className="small muted cascade-event">
              Moves {Object.entries(event.moves).map(([a, m]) => `${a} ${formatMove(m)}`).join(', ')}; assets the market lacks are left out. At the time: {event.liquidations}. Source:{' '}
              {event.source}.
            </p>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}

function CrowdSettings() {
  const base = useCascade((s) => s.base);
  const change = useCascade((s) => s.change);
  const fields = useMemo(() => crowdFields(base), [base]);
  const distribution = (which: 'leverage' | 'notional', label: string) => (
    <Choice<DistributionKind | 'default'>
      label={label}
      value={distributionKind(base, which) ?? 'default'}
      options={[{ value: 'default', label: 'the engine default' }, ...DISTRIBUTIONS.map((d) => ({ value: d.kind, label: d.label }))]}
      onChange={(kind) => change((d) => setDistribution(d, which, kind === 'default' ? null : kind))}
    />
  );
  return (
    <details className="cascade-group">
      <summary>Crowd</summary>
      <div className="cascade-fields">
        {distribution('leverage', 'Leverage distribution')}
        {distribution('notional', 'Notional distribution')}
      </div>
      <Fields fields={fields} />
      <p className="small muted">Cohorts of identical accounts can be added in the JSON (crowd.cohorts).</p>
    </details>
  );
}

function MarketSettings() {
  const base = useCascade((s) => s.base);
  const change = useCascade((s) => s.change);
  const assets = useMemo(() => marketAssets(base), [base]);
  return (
    <details className="cascade-group">
      <summary>Market ({assets.join(', ') || 'no asset'})</summary>
      {assets.map((asset) => (
        <div key={asset} className="cascade-asset">
          <Choice<ImpactModelName>
            label={`${asset} price impact`}
            value={impactModel(base, asset) ?? ''}
            options={IMPACT_MODELS.map((m) => ({ value: m.model, label: m.label }))}
            onChange={(model) => change((d) => setImpactModel(d, asset, model))}
          />
          <Fields fields={marketFields(base, asset)} />
        </div>
      ))}
    </details>
  );
}

function RulesSettings() {
  const base = useCascade((s) => s.base);
  const change = useCascade((s) => s.change);
  const kind = rulesKind(base);
  const fields = useMemo(() => rulesFields(base), [base]);
  const fundEmpty = getAt(base, ['rules', 'whenFundIsEmpty']);
  return (
    <details className="cascade-group">
      <summary>Liquidation rules ({kind === 'lending' ? 'lending protocol' : 'exchange'})</summary>
      <div className="cascade-fields">
        <Choice<RulesKind>
          label="Venue"
          value={kind}
          options={[
            { value: 'exchange', label: 'exchange: equity < maintenance margin' },
            { value: 'lending', label: 'lending protocol: health factor < 1' },
          ]}
          onChange={(k) => change((d) => setRulesKind(d, k))}
        />
        {kind === 'exchange' ? (
          <Choice<'socialised-loss' | 'bad-debt'>
            label="When the fund is empty"
            value={fundEmpty === 'bad-debt' ? 'bad-debt' : 'socialised-loss'}
            options={[
              { value: 'socialised-loss', label: 'auto-deleverage the other side' },
              { value: 'bad-debt', label: 'leave it as bad debt' },
            ]}
            onChange={(v) => change((d) => setAt(d, ['rules', 'whenFundIsEmpty'], v))}
          />
        ) : null}
      </div>
      <Fields fields={fields} />
    </details>
  );
}

function RunSettings() {
  const base = useCascade((s) => s.base);
  const change = useCascade((s) => s.change);
  return (
    <details className="cascade-group">
      <summary>Steps and critical shock</summary>
      <Fields fields={runFields()} />
      <div className="cascade-checks">
        <Check
          label="Stop when a step liquidates nobody"
          checked={flag(base, ['steps', 'stopWhenQuiet'], true)}
          onChange={(v) => change((d) => setAt(d, ['steps', 'stopWhenQuiet'], v))}
          hint="(off: run every step of the limit)"
        />
        <Check
          label="Search for the critical shock"
          checked={flag(base, ['criticalShock', 'search'], true)}
          onChange={(v) => change((d) => setAt(d, ['criticalShock', 'search'], v))}
          hint="(about 20–30 more cascades)"
        />
      </div>
    </details>
  );
}

export function ScenarioSetup() {
  const ready = useCascade((s) => s.catalogue !== null);
  const problem = useCascade((s) => s.catalogueError);
  if (problem) return <p className="cascade-message cascade-message--error" role="alert">{problem}</p>;
  if (!ready) return <p className="muted small">Starting the cascade worker…</p>;
  return (
    <div className="cascade-setup">
      <PresetPicker />
      <ShockSettings />
      <CrowdSettings />
      <MarketSettings />
      <RulesSettings />
      <RunSettings />
      <JsonEditor />
    </div>
  );
}
