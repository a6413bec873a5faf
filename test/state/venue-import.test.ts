import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftFromJson } from '../../src/state/json-form';
import { createAppStore } from '../../src/state/store';
import { loadVenueImport, readVenueExport } from '../../src/state/venue-import';
import { example, inProcessEngine } from './helpers';

const fixture = (file: string) => readFileSync(new URL(`../fixtures/venues/${file}`, import.meta.url), 'utf8');
const NOW = new Date(Date.UTC(2026, 10, 30, 12, 0, 0));

function setup() {
  return createAppStore(draftFromJson(example('btc-basis-trade.json')));
}

describe('import from a venue', () => {
  it('shows what it understood of a Hyperliquid export: positions with their margin mode, balances, marks, warnings', async () => {
    const outcome = await readVenueExport(inProcessEngine(), fixture('hyperliquid-clearinghouse-state.json'), NOW);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { preview } = outcome;
    expect(preview.venueTitle).toBe('Hyperliquid');
    expect(preview.rules).toBe('hyperliquid');
    // The fixture's README: BTC 0.5 and ETH −8.2 cross, SOL 150 and HYPE −400 isolated; DOGE at size 0 is left out.
    const bySize = Object.fromEntries(preview.positions.map((p) => [p.asset, [p.quantity, p.mode]]));
    expect(bySize.BTC).toEqual(['0.5', 'cross']);
    expect(bySize.SOL?.[1]).toBe('isolated');
    expect(bySize.HYPE?.[1]).toBe('isolated');
    expect(Number(bySize.ETH?.[0])).toBe(-8.2);
    expect(bySize.DOGE).toBeUndefined();
    // SOL's isolated margin = marginUsed − unrealizedPnl = 150 × 182.34 ÷ 5 = 5,470.2 (README).
    expect(Number(preview.positions.find((p) => p.asset === 'SOL')?.collateral)).toBeCloseTo(5470.2, 6);
    // Mark = positionValue ÷ |szi|: BTC 97,250 (README).
    expect(Number(preview.prices.find((p) => p.asset === 'BTC')?.price)).toBe(97250);
    expect(preview.balances.map((b) => b.asset)).toContain('USDC');
    expect(preview.warnings.some((w) => /volatilit/.test(w))).toBe(true);
  });

  it('reads the Binance and Bybit bundles too, each under its venue’s rule set', async () => {
    for (const [file, rules] of [['binance-usdm-account.json', 'binance-usdm'], ['bybit-v5-account.json', 'bybit-linear']] as const) {
      const outcome = await readVenueExport(inProcessEngine(), fixture(file), NOW);
      expect(outcome.ok, file).toBe(true);
      if (outcome.ok) {
        expect(outcome.preview.rules).toBe(rules);
        expect(outcome.preview.positions.length).toBeGreaterThan(1);
      }
    }
  });

  it('loads the account as one undoable edit whose notice names what undo brings back', async () => {
    const store = setup();
    const outcome = await readVenueExport(inProcessEngine(), fixture('bybit-v5-account.json'), NOW);
    if (!outcome.ok) throw new Error(outcome.problems.join('; '));
    loadVenueImport(store, outcome.preview);
    expect(store.getState().draft.rules).toBe('bybit-linear');
    expect(store.getState().notices.at(-1)?.title).toMatch(/^Imported “.+” from a Bybit v5 export\. Undo brings back “BTC basis trade \(cash and carry\)”\.$/);
    store.getState().undo();
    expect(store.getState().draft.name).toBe('BTC basis trade (cash and carry)');
    expect(store.getState().draft.rules).toBe('generic-cex');
  });

  it('refuses a malformed export with the importer’s words and leaves the book alone', async () => {
    const store = setup();
    const before = store.getState().draft;
    const engine = inProcessEngine();
    const cases: [string, RegExp][] = [
      ['', /paste what the venue’s API returned/],
      ['{"assetPositions": [', /not valid JSON/],
      ['{"code": -2015, "msg": "Invalid API-key, IP, or permissions for action."}', /Invalid API-key/],
      ['{}', /is empty/],
      ['[{"positionAmt": "1"}]', /bare Binance positionRisk array/],
      ['{"hello": 1}', /is not a venue export/],
    ];
    for (const [text, message] of cases) {
      const outcome = await readVenueExport(engine, text, NOW);
      expect(outcome.ok, text).toBe(false);
      if (!outcome.ok) expect(outcome.problems.join('\n'), text).toMatch(message);
      // The whole export is named as the dialog names its box.
      if (!outcome.ok) expect(outcome.problems[0], text).toMatch(/^Export: /);
    }
    expect(store.getState().draft).toBe(before);
  });

  it('names the missing field of a venue export by its path', async () => {
    const doc = JSON.parse(fixture('hyperliquid-clearinghouse-state.json')) as { assetPositions: { position: Record<string, unknown> }[] };
    delete doc.assetPositions[0]!.position.szi;
    const outcome = await readVenueExport(inProcessEngine(), JSON.stringify(doc), NOW);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.some((p) => p.startsWith('assetPositions[0].position.szi'))).toBe(true);
  });
});
