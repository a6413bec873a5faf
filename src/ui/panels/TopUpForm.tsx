import { useId, useState } from 'react';
import type { Report } from '../../engine';
import { useApp } from '../../state/app-store';
import { checkTopUpForm, type FormCheck, type TargetKind, type TopUpForm } from '../../state/top-up-form';
import { measureOf } from '../charts/health-reading';
import { TopUpAnswer } from './TopUpAnswer';

const NUMBER = /^\s*\d+(\.\d+)?\s*$/;

/** The target typed in the book's own measure: a health factor (lending), or a margin ratio in percent (exchanges). */
function inMarginRatio(report: Report | null): boolean {
  return report !== null && measureOf(report) === 'Margin ratio';
}

const defaultTarget = (kind: TargetKind, marginRatio: boolean) => (kind === 'distance' ? '30' : marginRatio ? '50' : '1.5');

/**
 * The engine takes every target as a health factor (numerator ÷ requirement); a margin ratio of
 * p % is 100 ÷ p of it (50 % → 2). Checked here in the trader's terms, then as the engine's.
 */
function checkForm(form: TopUpForm, report: Report | null): FormCheck {
  if (form.kind !== 'health' || !inMarginRatio(report)) return checkTopUpForm(form, report);
  if (!NUMBER.test(form.value)) return { ok: false, message: 'Target margin ratio: type a percent such as 50.' };
  const percent = Number(form.value);
  // 0.1 % is a health factor of 1,000, the engine's largest target.
  if (!(percent >= 0.1 && percent < 100)) return { ok: false, message: 'Target margin ratio: must be below 100 % (100 % is liquidation) and at least 0.1 %.' };
  return checkTopUpForm({ ...form, value: String(100 / percent) }, report);
}

/** The asset a trader would most likely add: a stablecoin they hold, else the first held asset. */
function defaultAsset(assets: { asset: string; stable: boolean }[], balances: Record<string, string>): string {
  return assets.find((a) => a.stable && Object.hasOwn(balances, a.asset))?.asset ?? assets.find((a) => a.stable)?.asset ?? assets[0]?.asset ?? '';
}

/** "Top up to reach …": the collateral to add for a margin ratio (or health factor) or a distance to liquidation, then applied as one undoable edit. */
export default function TopUpForm() {
  const report = useApp((s) => s.main.report);
  const balances = useApp((s) => s.draft.balances);
  const request = useApp((s) => s.topUpRequest);
  const setRequest = useApp((s) => s.setTopUpRequest);
  const marginRatio = inMarginRatio(report);
  const [form, setForm] = useState<TopUpForm>(() => ({ asset: '', kind: 'health', value: defaultTarget('health', marginRatio) }));
  const ids = { asset: useId(), kind: useId(), value: useId(), message: useId() };
  const assets = report?.account.assets ?? [];
  const asset = assets.some((a) => a.asset === form.asset) ? form.asset : defaultAsset(assets, balances);
  const current = { ...form, asset };
  const check = checkForm(current, report);
  const touched = form.value !== defaultTarget(form.kind, marginRatio);
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
          <select id={ids.kind} className="select" value={form.kind} onChange={(e) => setForm({ ...current, kind: e.target.value as TargetKind, value: defaultTarget(e.target.value as TargetKind, marginRatio) })}>
            <option value="health">{marginRatio ? 'a margin ratio (%) of' : 'a health factor of'}</option>
            <option value="distance">a distance to liquidation (joint fall, %) of</option>
          </select>
        </label>
        <label className="form-row" htmlFor={ids.value}>
          <span>{form.kind === 'distance' ? 'Distance to liquidation (%)' : marginRatio ? 'Target margin ratio (%)' : 'Target health factor'}</span>
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
