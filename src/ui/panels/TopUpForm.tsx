import { useId, useState } from 'react';
import { useApp } from '../../state/app-store';
import { checkTopUpForm, type TargetKind, type TopUpForm } from '../../state/top-up-form';
import { TopUpAnswer } from './TopUpAnswer';

/** The asset a trader would most likely add: a stablecoin they hold, else the first held asset. */
function defaultAsset(assets: { asset: string; stable: boolean }[], balances: Record<string, string>): string {
  return assets.find((a) => a.stable && Object.hasOwn(balances, a.asset))?.asset ?? assets.find((a) => a.stable)?.asset ?? assets[0]?.asset ?? '';
}

/** "Top up to reach …": the collateral to add for a health factor or a distance to liquidation, then applied as one undoable edit. */
export default function TopUpForm() {
  const report = useApp((s) => s.main.report);
  const balances = useApp((s) => s.draft.balances);
  const request = useApp((s) => s.topUpRequest);
  const setRequest = useApp((s) => s.setTopUpRequest);
  const [form, setForm] = useState<TopUpForm>({ asset: '', kind: 'health', value: '1.5' });
  const ids = { asset: useId(), kind: useId(), value: useId(), message: useId() };
  const assets = report?.account.assets ?? [];
  const asset = assets.some((a) => a.asset === form.asset) ? form.asset : defaultAsset(assets, balances);
  const current = { ...form, asset };
  const check = checkTopUpForm(current, report);
  const touched = form.value !== '1.5' || form.kind !== 'health';
  return (
    <>
      <form
        className="top-up-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (check.ok) setRequest(check.request);
        }}
      >
        <label className="form-row" htmlFor={ids.asset}>
          <span>Asset to add</span>
          <select id={ids.asset} className="select" value={asset} onChange={(e) => setForm({ ...current, asset: e.target.value })}>
            {assets.map((a) => (
              <option key={a.asset} value={a.asset}>
                {a.asset}
              </option>
            ))}
          </select>
        </label>
        <label className="form-row" htmlFor={ids.kind}>
          <span>Reach</span>
          <select id={ids.kind} className="select" value={form.kind} onChange={(e) => setForm({ ...current, kind: e.target.value as TargetKind, value: e.target.value === 'health' ? '1.5' : '30' })}>
            <option value="health">a health factor of</option>
            <option value="distance">a distance to liquidation (joint fall, %) of</option>
          </select>
        </label>
        <label className="form-row" htmlFor={ids.value}>
          <span>{form.kind === 'health' ? 'Target health factor' : 'Distance to liquidation (%)'}</span>
          <span className={`field${!check.ok && touched ? ' field--invalid' : ''}`}>
            <input
              id={ids.value}
              type="text"
              inputMode="decimal"
              value={form.value}
              autoComplete="off"
              aria-invalid={!check.ok && touched ? true : undefined}
              aria-describedby={!check.ok && touched ? ids.message : undefined}
              data-testid="top-up-target"
              onChange={(e) => setForm({ ...current, value: e.target.value })}
            />
            {!check.ok && touched ? (
              <span id={ids.message} className="field__error">
                {check.message}
              </span>
            ) : null}
          </span>
        </label>
        <button type="submit" className="button button--primary" disabled={!check.ok}>
          Work out the top-up
        </button>
      </form>
      {check.ok && check.note ? <p className="top-up-note muted">{check.note}</p> : null}
      {request ? <TopUpAnswer /> : null}
    </>
  );
}
