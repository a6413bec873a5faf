import { describe, expect, it } from 'vitest';
import { typedErrors } from '../../src/state/cascade-store';
import { fieldName, problemLine, typedProblem } from '../../src/state/cascade-field-words';
import { sameRuleKind, placesPortfolio, scenarioRuleKind } from '../../src/state/cascade-placement';
import { crowdFields } from '../../src/state/cascade-scenario-form';
import { crowdEquitySentence, roundingText } from '../../src/ui/cascade/Summary';

const count = crowdFields({})[0]!;

describe('cascade messages in words, not field paths', () => {
  it('names a field by its box label, or its path in words', () => {
    expect(fieldName('crowd.count', crowdFields({}))).toBe('Traders');
    expect(fieldName('market.BTC.impact.depthPerPercent', [])).toBe('Market › BTC › impact › depth per percent');
    expect(fieldName('portfolio.positions[0].quantity', [])).toBe('Your portfolio › positions › #1 › quantity');
    expect(fieldName('constructor', [])).toBe('Constructor');
    expect(problemLine('crowd.count', 'must be at least 1', { crowd: { count: 0 } })).toBe('Traders: must be at least 1');
  });

  it('checks a box as typed, and refuses 0 traders', () => {
    expect(typedProblem(count, 'lots')).toBe('type a number, such as 12 or 0.5');
    expect(typedProblem(count, '2.5')).toBe('a whole number');
    expect(typedProblem(count, '0')).toBe('at least 1 trader (a crowd of 0 cannot cascade)');
    expect(typedProblem(count, '1000')).toBeNull();
  });

  it('refuses a crowd of 0 however it was written, before the worker is asked', () => {
    expect(typedErrors({}, { crowd: { count: 0 } })).toEqual([{ path: 'crowd.count', message: 'at least 1 trader (a crowd of 0 cannot cascade)' }]);
    expect(typedErrors({ 'crowd.count': { keys: ['crowd', 'count'], unit: 'integer', text: 'x' } }, {})).toEqual([{ path: 'crowd.count', message: 'type a number, such as 12 or 0.5' }]);
    expect(typedErrors({}, { crowd: { count: 5000 } })).toEqual([]);
  });

  it('says what the crowd lost or gained without a signed negative', () => {
    const c = { equityLost: 354365.77, paidToLiquidators: 0, paidToInsuranceFund: 0, paidToMarket: 0, badDebt: 0, residual: -0.004 };
    expect(crowdEquitySentence(c as never, 'USD')).toBe('The crowd lost 354,365.77 USD of equity');
    expect(crowdEquitySentence({ ...c, equityLost: -1200 } as never, 'USD')).toBe('The crowd gained 1,200.00 USD of equity');
    expect(roundingText(-0.004, 'USD')).not.toMatch(/[−-]/);
  });
});

describe('placing the user\'s portfolio in the crowd', () => {
  it('is off by default when the rule kinds differ, and the user may still choose', () => {
    expect(scenarioRuleKind({ rules: { kind: 'lending' } })).toBe('lending');
    expect(scenarioRuleKind({ rules: 'x' })).toBeNull();
    expect(sameRuleKind('exchange', 'lending')).toBe(false);
    expect(sameRuleKind('exchange', 'portfolio')).toBe(true);
    expect(sameRuleKind('lending', 'lending')).toBe(true);
    expect(placesPortfolio(null, 'exchange', 'lending')).toBe(false);
    expect(placesPortfolio(null, 'exchange', 'exchange')).toBe(true);
    expect(placesPortfolio(true, 'exchange', 'lending')).toBe(true);
    expect(placesPortfolio(false, 'exchange', 'exchange')).toBe(false);
  });
});
