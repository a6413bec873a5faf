import { describe, expect, it } from 'vitest';
import { createCommands, fileNameFor } from '../../src/state/commands';
import { draftFromJson } from '../../src/state/json-form';
import { encodeShareHash } from '../../src/state/share-link';
import { createAppStore } from '../../src/state/store';
import { example, fetchExamplesFromDisk, inProcessEngine } from './helpers';

function setup() {
  const store = createAppStore(draftFromJson(example('btc-basis-trade.json')));
  const commands = createCommands({ store, engine: inProcessEngine(), fetchJson: fetchExamplesFromDisk, now: () => Date.UTC(2026, 0, 1) });
  return { store, commands };
}

describe('whole-portfolio commands', () => {
  it('imports a valid file as one undoable step', async () => {
    const { store, commands } = setup();
    expect(await commands.importFile('loop.json', JSON.stringify(example('lending-loop.json')))).toBe(true);
    expect(store.getState().draft.rules).toBe('lending');
    store.getState().undo();
    expect(store.getState().draft.name).toBe('BTC basis trade (cash and carry)');
  });

  it('refuses a broken file, says why, and loses nothing', async () => {
    const { store, commands } = setup();
    const before = store.getState().draft;
    expect(await commands.importFile('broken.json', '{"format": "margin-lab/portfolio", ')).toBe(false);
    const doc = example('covered-call.json') as { assets: Record<string, { price: string }> };
    doc.assets.BTC!.price = '-5';
    expect(await commands.importFile('bad-price.json', JSON.stringify(doc))).toBe(false);
    expect(store.getState().draft).toBe(before);
    const notices = store.getState().notices;
    expect(notices[0]?.details?.[0]).toMatch(/not valid JSON/);
    expect(notices[1]?.details).toEqual(['Asset BTC, price: must be a positive decimal string']);
  });

  it('opens a share link, and refuses a malformed one without touching the portfolio', async () => {
    const { store, commands } = setup();
    const before = store.getState().draft;
    expect(await commands.openShareHash('#p=garbage')).toBe(false);
    expect(store.getState().draft).toBe(before);
    expect(store.getState().notices.at(-1)?.title).toMatch(/could not be opened/);
    expect(await commands.openShareHash(encodeShareHash(example('covered-call.json')))).toBe(true);
    expect(store.getState().draft).toEqual(draftFromJson(example('covered-call.json')));
  });

  it('exports the portfolio in the file format, and the link round-trips it', async () => {
    const { store, commands } = setup();
    const { fileName, text } = commands.exportFile();
    expect(fileName).toBe('btc-basis-trade-cash-and-carry.json');
    expect(JSON.parse(text)).toEqual(example('btc-basis-trade.json'));
    const link = commands.shareLink('https://example.org/lab/');
    const other = setup();
    expect(await other.commands.openShareHash(new URL(link).hash)).toBe(true);
    expect(other.store.getState().draft).toEqual(store.getState().draft);
  });

  it('loads an example and clears what-if moves', async () => {
    const { store, commands } = setup();
    store.getState().setJointMove(0.2);
    await commands.loadExample({ file: 'covered-call.json', name: 'Covered call', description: '' });
    expect(store.getState().draft.name).toBe(draftFromJson(example('covered-call.json')).name);
    expect(store.getState().jointMove).toBe(0);
  });

  it('starts a blank portfolio', () => {
    const { store, commands } = setup();
    commands.newPortfolio();
    expect(store.getState().draft).toMatchObject({ name: 'New portfolio', asOf: '2026-01-01T00:00:00Z', positions: [] });
  });

  it('an example replaces an edited book as one undoable step, with a notice saying what undo brings back', async () => {
    const { store, commands } = setup();
    store.getState().setName('My edited basis trade');
    store.getState().setBalance('USDC', '12345');
    const edited = store.getState().draft;
    await commands.loadExample({ file: 'covered-call.json', name: 'Covered call', description: '' });
    expect(store.getState().notices.at(-1)?.title).toBe('Opened the example “Covered call”. Undo brings back “My edited basis trade”.');
    store.getState().undo();
    expect(store.getState().draft).toBe(edited);
  });

  it('New replaces the book as one undoable step, with a notice', () => {
    const { store, commands } = setup();
    const before = store.getState().draft;
    commands.newPortfolio();
    expect(store.getState().notices.at(-1)?.title).toBe('Started a new portfolio. Undo brings back “BTC basis trade (cash and carry)”.');
    store.getState().undo();
    expect(store.getState().draft).toBe(before);
  });

  it('names files after the portfolio', () => {
    expect(fileNameFor('BTC basis trade (cash & carry)')).toBe('btc-basis-trade-cash-carry.json');
    expect(fileNameFor('   ')).toBe('portfolio.json');
  });
});
