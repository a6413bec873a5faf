import type { Report } from '../engine';
import { healthTargetForDistance, type TopUpRequest } from './top-up';

// The top-up form as typed: checked as the user types, with messages that name the field as the
// screen shows it; a valid form becomes the request the engine answers.

export type TargetKind = 'health' | 'distance';

export interface TopUpForm {
  asset: string;
  kind: TargetKind;
  /** As typed: "1.5", or "30" (percent) for a distance. */
  value: string;
}

export type FormCheck = { ok: true; request: TopUpRequest; note?: string } | { ok: false; message: string };

const NUMBER = /^\s*\d+(\.\d+)?\s*$/;

/**
 * The converted target as the book's rule set names its health (account.health.measure): a margin
 * ratio in percent on exchange and portfolio books (1 ÷ the health factor the engine takes), a
 * health factor on lending.
 */
function targetInOwnMeasure(report: Report, healthFactor: number): string {
  const measure = report.account.health?.measure ?? (report.rules.kind === 'lending' ? 'health factor' : 'margin ratio');
  return measure === 'health factor' ? `a health factor of ${healthFactor.toFixed(2)}` : `a margin ratio of ${(100 / healthFactor).toFixed(2)}%`;
}

export function checkTopUpForm(form: TopUpForm, report: Report | null): FormCheck {
  if (!report) return { ok: false, message: 'Waiting for the first report.' };
  if (!report.account.assets.some((a) => a.asset === form.asset)) return { ok: false, message: 'Asset: pick an asset of the book.' };
  if (!NUMBER.test(form.value)) {
    return { ok: false, message: form.kind === 'health' ? 'Target health factor: type a number such as 1.5.' : 'Distance to liquidation: type a percent such as 30.' };
  }
  const value = Number(form.value);
  if (form.kind === 'health') {
    if (!(value > 1 && value <= 1000)) return { ok: false, message: 'Target health factor: must be above 1 (1 is liquidation) and at most 1,000.' };
    return { ok: true, request: { asset: form.asset, target: { kind: 'health', healthFactor: value }, targetHealthFactor: value } };
  }
  if (!(value > 0 && value < 100)) return { ok: false, message: 'Distance to liquidation: must be between 0 and 100 %.' };
  const fall = value / 100;
  const converted = healthTargetForDistance(report, form.asset, fall);
  if (!converted.ok) return { ok: false, message: `Distance to liquidation: ${converted.reason}.` };
  // The engine wants a health factor above 0; a book already that far from liquidation needs nothing.
  const healthFactor = Math.min(1000, Math.max(converted.healthFactor, 1e-9));
  return {
    ok: true,
    request: { asset: form.asset, target: { kind: 'distance', fall }, targetHealthFactor: healthFactor },
    note: `Approximate: a joint fall of ${value} % before liquidation is taken as ${targetInOwnMeasure(report, healthFactor)} now, assuming ${report.rules.kind === 'lending' ? 'the debt stays put' : 'the margin requirement moves with prices'}${converted.extrapolated ? ' and extending the health curve beyond the chart' : ''}. After you apply it, the account shows the exact distance.`,
  };
}
