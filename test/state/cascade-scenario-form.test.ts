import { describe, expect, it } from 'vitest';
import { CASCADE_PRESETS, parseCascadeScenario } from '../../src/engine/cascade/index';
import {
  allFields,
  applyEdits,
  crowdFields,
  fieldMessage,
  fieldText,
  getAt,
  marketFields,
  rulesFields,
  setAt,
  setDistribution,
  setImpactModel,
  setRulesKind,
  setShockMode,
  shockFields,
  textOf,
  valueOf,
  type Edits,
  type FieldSpec,
  type ScenarioDocument,
} from '../../src/state/cascade-scenario-form';

const thin = () => structuredClone(CASCADE_PRESETS['thin-market'].scenario) as unknown as ScenarioDocument;
const edit = (field: FieldSpec, text: string): Edits => ({ [field.path]: { keys: field.keys, unit: field.unit, text } });
const field = (fields: FieldSpec[], path: string) => fields.find((f) => f.path === path)!;

describe('the cascade form over a scenario document', () => {
  it('names its boxes by the paths on the engine\'s errors, so each error lands on its box', () => {
    const doc = thin();
    const market = doc.market as Record<string, { impact: Record<string, unknown> }>;
    market.BTC!.impact.depthPerPercent = 0;
    (doc.crowd as Record<string, unknown>).count = -1;
    const parsed = parseCascadeScenario(doc);
    if (parsed.ok) throw new Error('the scenario must not parse');
    const paths = parsed.errors.map((e) => e.path);
    expect(paths).toContain(field(marketFields(doc, 'BTC'), 'market.BTC.impact.depthPerPercent').path);
    expect(paths).toContain(field(crowdFields(doc), 'crowd.count').path);
  });

  it('shows percent boxes in percent and stores fractions', () => {
    expect(textOf(0.075, 'percent')).toBe('7.5');
    expect(textOf(0.004, 'percent')).toBe('0.4');
    expect(valueOf('7.5', 'percent')).toBe(0.075);
    expect(valueOf('−4', 'percent')).toBe(-0.04);
    expect(valueOf('-4 %', 'percent')).toBe(-0.04);
    expect(valueOf('100,000', 'integer')).toBe(100000);
    expect(valueOf('1e5', 'integer')).toBe(100000);
    expect(valueOf('', 'money')).toBeUndefined();
    // Not a number: the text goes to the engine as it is, which names the path.
    expect(valueOf('lots', 'integer')).toBe('lots');
    expect(fieldMessage('must be at most 1 (share)', 'percent')).toContain('this box percent');
  });

  it('lays the boxes over the document, a half-typed number kept in its box', () => {
    const doc = thin();
    const traders = field(crowdFields(doc), 'crowd.count');
    expect(fieldText(doc, {}, traders)).toBe('20000');
    expect(fieldText(doc, edit(traders, '1.'), traders)).toBe('1.');
    expect(getAt(applyEdits(doc, edit(traders, '100000')), ['crowd', 'count'])).toBe(100000);
    // The document itself is never changed.
    expect(getAt(doc, ['crowd', 'count'])).toBe(20000);
    // An empty box leaves the field out: the engine's default applies.
    const recovery = field(marketFields(doc, 'BTC'), 'market.BTC.recovery');
    expect(getAt(applyEdits(doc, edit(recovery, '')), ['market', 'BTC', 'recovery'])).toBeUndefined();
  });

  it('a bad box comes back from the engine with the box\'s own path', () => {
    const doc = thin();
    const traders = field(crowdFields(doc), 'crowd.count');
    const parsed = parseCascadeScenario(applyEdits(doc, edit(traders, 'lots')));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.path)).toContain(traders.path);
    const share = field(crowdFields(doc), 'crowd.longShare');
    const tooMuch = parseCascadeScenario(applyEdits(doc, edit(share, '150')));
    expect(!tooMuch.ok && tooMuch.errors.some((e) => e.path === 'crowd.longShare')).toBe(true);
  });

  it('every preset, seen through the form and not edited, parses as it is', () => {
    for (const preset of Object.values(CASCADE_PRESETS)) {
      const doc = structuredClone(preset.scenario) as unknown as ScenarioDocument;
      const edits: Edits = Object.fromEntries(allFields(doc).map((f) => [f.path, { keys: f.keys, unit: f.unit, text: fieldText(doc, {}, f) }]));
      const parsed = parseCascadeScenario(applyEdits(doc, edits));
      expect(parsed.ok, `${preset.title}: ${JSON.stringify(!parsed.ok && parsed.errors)}`).toBe(true);
      if (parsed.ok) expect(parsed.value).toEqual((parseCascadeScenario(preset.scenario) as { value: unknown }).value);
    }
  });

  it('switches the impact model, the venue, the distribution and the shock to documents the engine takes', () => {
    let doc = thin();
    doc = setImpactModel(doc, 'ETH', 'constant-product');
    expect(marketFields(doc, 'ETH').map((f) => f.path)).toContain('market.ETH.impact.quoteReserve');
    doc = setRulesKind(doc, 'lending');
    expect(getAt(doc, ['rules', 'insuranceFund'])).toBe(2000000);
    expect(rulesFields(doc).map((f) => f.path)).toContain('rules.liquidationBonus');
    doc = setDistribution(doc, 'leverage', 'fixed');
    expect(crowdFields(doc).map((f) => f.path)).toContain('crowd.leverage.value');
    doc = setShockMode(doc, 'event', 'aug-2024');
    expect(shockFields(doc)).toEqual([]);
    expect(parseCascadeScenario(doc).ok).toBe(true);
    doc = setShockMode(doc, 'moves', 'aug-2024');
    expect(getAt(doc, ['shock', 'moves'])).toEqual({ BTC: -0.1 });
    expect(parseCascadeScenario(doc).ok).toBe(true);
  });

  it('sets a value deep in a copy, making what is missing on the way', () => {
    const doc: ScenarioDocument = { a: { b: 1 } };
    expect(setAt(doc, ['a', 'c', 'd'], 2)).toEqual({ a: { b: 1, c: { d: 2 } } });
    expect(setAt(doc, ['a', 'b'], undefined)).toEqual({ a: {} });
    expect(doc).toEqual({ a: { b: 1 } });
  });
});
