import { describe, expect, it } from 'vitest';
import { computeRisk, evaluate } from '../../../src/engine/index';
import { bookValue, bookVectors } from '../../../src/engine/risk/book-vectors';
import { studentTRiskMultiples } from '../../../src/engine/risk/student-t';
import { book } from '../fixtures/books';

// Reference values (shared/design/reference-notes.md, "VaR / ES check values"): normal 99 %:
// VaR 2.326348 σ, ES 2.665214 σ; Student-t (unit variance) ν = 4, 99 %: 2.649492 σ / 3.691510 σ.

const oneBtc = () => book({ balances: { BTC: '1' } });
/** σ of 1 BTC over a day: 60,000 × 0.55 / √365. */
const btcDailySigma = (60000 * 0.55) / Math.sqrt(365);

describe('parametric VaR and ES', () => {
  it('is z·σ and φ(z)/(1 − α)·σ for a single linear position', () => {
    const r = computeRisk(oneBtc(), { scenarios: 1000 });
    if (!r.ok) throw new Error('risk failed');
    expect(Number(r.value.parametric.var)).toBeCloseTo(2.326348 * btcDailySigma, 2);
    expect(Number(r.value.parametric.es)).toBeCloseTo(2.665214 * btcDailySigma, 2);
  });

  it('uses the Student-t closed form (McNeil, Frey & Embrechts) for fat tails', () => {
    expect(studentTRiskMultiples(0.99, 4).var).toBeCloseTo(2.649492, 5);
    expect(studentTRiskMultiples(0.99, 4).es).toBeCloseTo(3.69151, 5);
    expect(studentTRiskMultiples(0.99, 3).es).toBeCloseTo(4.043231, 5);
    expect(studentTRiskMultiples(0.99, 5).var).toBeCloseTo(2.606464, 5);
    const r = computeRisk(oneBtc(), { scenarios: 1000, distribution: 't', dof: 4 });
    if (!r.ok) throw new Error('risk failed');
    expect(Number(r.value.parametric.es)).toBeCloseTo(3.69151 * btcDailySigma, 1);
  });

  it('combines two correlated assets as a hand computation does', () => {
    // Equal value 60,000 each, σ 60 % and 75 %, ρ 0.8: portfolio σ = 64.08 % a year = 3.3541 % a day
    // (0.25·0.36 + 0.25·0.5625 + 2·0.25·0.8·0.6·0.75 = 0.410625 → √ = 0.64080).
    const p = book({
      assets: { BTC: { price: '60000', volatility: 0.6 }, ETH: { price: '3000', volatility: 0.75 }, USDC: { price: '1', volatility: 0 } },
      correlations: { 'BTC/ETH': 0.8 },
      balances: { BTC: '1', ETH: '20' },
    });
    const r = computeRisk(p, { scenarios: 1000 });
    if (!r.ok) throw new Error('risk failed');
    const sigma = 120000 * Math.sqrt(0.410625 / 365);
    expect(sigma / 120000).toBeCloseTo(0.033541, 6);
    expect(Number(r.value.parametric.var)).toBeCloseTo(2.326348 * sigma, 1);
  });
});

describe('Monte Carlo VaR and ES', () => {
  it('converges to the closed forms within three standard errors (normal)', () => {
    const r = computeRisk(oneBtc(), { scenarios: 100_000, seed: 7 });
    if (!r.ok || !r.value.monteCarlo) throw new Error('risk failed');
    const mc = r.value.monteCarlo;
    expect(Math.abs(Number(mc.var) - 2.326348 * btcDailySigma)).toBeLessThan(3 * Number(mc.standardError));
    expect(Math.abs(Number(mc.es) - 2.665214 * btcDailySigma)).toBeLessThan(3 * Number(mc.esStandardError));
    // The error of a 99 % quantile from 100,000 normal draws is about 0.0118 σ (reference notes).
    expect(Number(mc.standardError) / btcDailySigma).toBeGreaterThan(0.0118 / 2);
    expect(Number(mc.standardError) / btcDailySigma).toBeLessThan(0.0118 * 2);
  });

  it('converges to the Student-t closed forms with one shared χ² per scenario', () => {
    const r = computeRisk(oneBtc(), { scenarios: 200_000, seed: 3, distribution: 't', dof: 4 });
    if (!r.ok || !r.value.monteCarlo) throw new Error('risk failed');
    const mc = r.value.monteCarlo;
    expect(Math.abs(Number(mc.var) - 2.649492 * btcDailySigma)).toBeLessThan(3 * Number(mc.standardError));
    expect(Math.abs(Number(mc.es) - 3.69151 * btcDailySigma)).toBeLessThan(3 * Number(mc.esStandardError));
  });

  it('gives the same figures for the same seed, and others for another', () => {
    const run = (seed: number) => {
      const r = computeRisk(oneBtc(), { scenarios: 5000, seed });
      if (!r.ok || !r.value.monteCarlo) throw new Error('risk failed');
      return r.value.monteCarlo.var;
    };
    expect(run(11)).toBe(run(11));
    expect(run(11)).not.toBe(run(12));
  });

  it('values the book at scenario zero exactly as the decimal engine does', () => {
    const p = book({
      balances: { BTC: '0.5', USDC: '25000', ETH: '-3' },
      positions: [
        { id: 'perp', type: 'perpetual', asset: 'ETH', quantity: '12', entryPrice: '2900' },
        { id: 'call', type: 'option', asset: 'BTC', right: 'call', strike: '65000', expiry: '2027-01-29T08:00:00Z', quantity: '-1', premium: '2500' },
        { id: 'put', type: 'option', asset: 'ETH', right: 'put', strike: '2800', expiry: '2026-12-25T08:00:00Z', quantity: '10', premium: '90', volatility: 0.8 },
      ],
    });
    const v = bookVectors(p);
    const equity = Number(evaluate(p).account.equity);
    expect(Math.abs(bookValue(v, new Float64Array(v.assets.length)) - equity) / equity).toBeLessThan(1e-12);
  });
});

describe('historical simulation', () => {
  it('applies each past day\'s returns to today\'s book', () => {
    const csv = 'date,BTC\n2026-11-01,50000\n2026-11-02,45000\n2026-11-03,49500\n2026-11-04,49500\n';
    const r = computeRisk(oneBtc(), { scenarios: 1000, historyCsv: csv, confidence: 0.5 });
    if (!r.ok || !r.value.historical) throw new Error('risk failed');
    // Returns −10 %, +10 %, 0 % on 1 BTC at 60,000: losses 6,000, −6,000, 0. Sorted −6,000, 0, 6,000:
    // the 50 % point is rank ⌊0.5·3⌋ = 1 → 0; ES = mean(0, 6,000) = 3,000.
    expect(r.value.historical.observations).toBe(3);
    expect(r.value.historical.var).toBe('0');
    expect(r.value.historical.es).toBe('3000');
  });

  it('holds an asset named like an Object method at today\'s price when the history has no column for it', () => {
    // 1 BTC at 60,000 and a long of 10 "constructor" at 100, history for BTC only. BTC's returns −10 %,
    // +10 %, 0 % give losses 6,000, −6,000, 0 as above; "constructor" is held, and named as missing.
    // (Before the fix "in" and a plain read found Object.prototype.constructor: the returns were NaN,
    // VaR and ES read 0, and nothing was missing.)
    const held = book({
      assets: { BTC: { price: '60000', volatility: 0.5 }, constructor: { price: '100', volatility: 0.5 }, USDC: { price: '1', volatility: 0 } },
      balances: { USDC: '100000' },
      positions: [
        { id: 'btc', type: 'perpetual', asset: 'BTC', quantity: '1', entryPrice: '60000' },
        { id: 'c', type: 'perpetual', asset: 'constructor', quantity: '10', entryPrice: '100' },
      ],
    });
    const csv = 'date,BTC\n2026-11-01,50000\n2026-11-02,45000\n2026-11-03,49500\n2026-11-04,49500\n';
    const r = computeRisk(held, { scenarios: 1000, historyCsv: csv, confidence: 0.5 });
    if (!r.ok || !r.value.historical) throw new Error('risk failed');
    expect(r.value.historical.missing).toContain('constructor');
    expect(r.value.historical.var).toBe('0');
    expect(r.value.historical.es).toBe('3000');
  });

  it('names the row and column of a bad price', () => {
    const r = computeRisk(oneBtc(), { historyCsv: 'date,BTC\n2026-11-01,50000\n2026-11-02,abc\n2026-11-03,1\n' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual({ path: 'history row 3, column BTC', message: '"abc" is not a positive price' });
  });
});
