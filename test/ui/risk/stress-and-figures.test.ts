import { describe, expect, it } from 'vitest';
import type { StressReport } from '../../../src/engine';
import { movesText, stressRows } from '../../../src/ui/risk/stress-data';
import { methodRows, riskSettingsText } from '../../../src/ui/risk/var-table-data';
import { exampleRisk } from './fixtures';

describe('the figures table', () => {
  it('has the four methods, Monte Carlo with its standard errors', () => {
    const risk = exampleRisk('covered-call.json');
    const rows = methodRows(risk);
    expect(rows.map((r) => r.key)).toEqual(['parametric', 'delta-gamma', 'monte-carlo', 'historical']);
    const mc = rows.find((r) => r.key === 'monte-carlo')!;
    expect(mc.var).toMatch(/^[\d,]+\.\d\d$/);
    expect(mc.varError).toMatch(/^± [\d,]+\.\d\d$/);
    expect(mc.note).toBe('5,000 scenarios, seed 1, full option repricing, normal');
    expect(rows.find((r) => r.key === 'historical')).toMatchObject({ var: '—', es: '—', note: 'import a CSV of prices to compare' });
    expect(riskSettingsText(risk)).toBe('99% over 1 day');
  });

  it('shows a dash, never NaN, where a method did not run', () => {
    const risk = { ...exampleRisk('covered-call.json'), monteCarlo: null };
    const rows = methodRows(risk);
    expect(rows.find((r) => r.key === 'monte-carlo')).toMatchObject({ var: '—', es: '—', varError: '' });
    expect(JSON.stringify(rows)).not.toContain('NaN');
  });

  it('names the Student-t and its ν', () => {
    const risk = exampleRisk('covered-call.json', { scenarios: 2_000, distribution: 't', dof: 5, horizonDays: 10, confidence: 0.975 });
    const rows = methodRows(risk);
    expect(rows[0]!.method).toBe('Parametric (delta-t)');
    expect(rows[2]!.note).toContain('Student-t ν = 5');
    expect(riskSettingsText(risk)).toBe('97.5% over 10 days');
  });
});

describe('the stress table', () => {
  it('lists every named scenario with its date and source, and what it does to the account', () => {
    const risk = exampleRisk('classroom-overleveraged.json');
    const rows = stressRows(risk.stress, 'USD');
    expect(rows.map((r) => r.id)).toEqual(
      expect.arrayContaining(['covid-2020', 'may-2021', 'ftx-2022', 'aug-2024', 'oct-2025', 'correlation-one-down', 'volatility-doubles', 'stablecoin-depeg', 'staked-depeg']),
    );
    const covid = rows.find((r) => r.id === 'covid-2020')!;
    expect(covid.date).toBe('2020-03-12');
    expect(covid.source).toContain('BTC $7,300 → $3,900');
    expect(covid.loss).toMatch(/^[\d,]+\.\d\d USD$/);
    // An over-leveraged book is liquidated by a 47 % fall.
    expect(covid.liquidates).toBe(true);
    expect(covid.liquidated).toContain('the cross pool');
    expect(rows.find((r) => r.id === 'volatility-doubles')!.date).toBe('hypothetical');
    expect(JSON.stringify(rows)).not.toContain('NaN');
  });

  it('says which moves a scenario applied, and when it moves none of this book’s assets', () => {
    const base: StressReport = {
      id: 'x', name: 'x', date: '', source: '', moves: { BTC: -0.47, ETH: 0 }, volatilityFactor: 2, equityBefore: '1', equityAfter: '1', loss: '0',
      healthFactorAfter: null, poolLiquidated: false, liquidatedPositions: [], regime: null, requirementAfter: '0', regimeRequirement: '0',
    };
    expect(movesText(base)).toBe('BTC\u00a0−47.0%; volatility × 2');
    // An event's regime: its multiplier and floor.
    const event = { ...base, volatilityFactor: 1, regime: { volatilityMultiplier: 2, correlationFloor: 0.9, source: 's' }, requirementAfter: '645', regimeRequirement: '215' };
    expect(movesText(event)).toBe('BTC\u00a0−47.0%; volatility × 2, correlations ≥ 0.9');
    expect(stressRows([event], 'USD')[0]).toMatchObject({ requirementAfter: '645.00 USD', regimePart: '+215.00 from the regime' });
    expect(stressRows([base], 'USD')[0]!.regimePart).toBeNull();
    expect(stressRows([{ ...event, source: 'Event' }], 'USD')[0]!.source).toBe('Event. Regime: s');
    expect(movesText({ ...base, moves: {}, volatilityFactor: 1 })).toBe('no move of this book’s assets');
    const [row] = stressRows([{ ...base, loss: '-12.5', healthFactorReason: 'no requirement' }], 'USD');
    expect(row).toMatchObject({ gain: true, healthAfter: '— (no requirement)', liquidated: 'none', loss: '−12.50 USD' });
  });
});
