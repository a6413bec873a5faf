import { describe, expect, it } from 'vitest';
import { openDocument } from '../../src/state/documents';
import { inProcessEngine } from './helpers';

// A share link or an import nested 100,000 deep could not even be posted to the worker ("Failed to
// execute 'postMessage': Maximum call stack size exceeded"): the state layer refuses it first, in words.

describe('opening a document nested deeper than a portfolio is', () => {
  it('is refused before it reaches the engine, naming the field', async () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    let posted = false;
    const engine = { ...inProcessEngine(), validate: async () => { posted = true; return { status: 'failed' as const, message: 'should not be called' }; } };
    const outcome = await openDocument(engine, { format: 'margin-lab/portfolio', name: deep, assets: {} });
    expect(outcome).toEqual({ ok: false, problems: ['Portfolio name: holds data nested too deeply (a portfolio file is at most 8 levels deep)'] });
    expect(posted).toBe(false);
  });

  it('lets a portfolio of ordinary depth through to the engine', async () => {
    const outcome = await openDocument(inProcessEngine(), { format: 'margin-lab/portfolio', overrides: { BTC: { maintenance: [{ upTo: null }] } } });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.problems.join('\n')).not.toMatch(/nested too deeply/);
  });
});
