import { describe, expect, it } from 'vitest';
import { RULE_SETS } from '../../../src/engine/rules';
import { PORTFOLIO_MARGIN_NUMBERS } from '../../../src/state/draft';
import { DEFAULT_GRID, DEFAULT_INTER_ASSET_OFFSET, GRID_CHOICES, NUMBER_SETTINGS, OFFSET_SETTING } from '../../../src/ui/risk/portfolio-margin-fields';

describe('the portfolio-margin settings the panel offers', () => {
  it('state the engine’s own defaults', () => {
    const shown = Object.fromEntries([...NUMBER_SETTINGS, OFFSET_SETTING].map((s) => [s.field, s.defaultValue]));
    const { grid, interAssetOffset, ...numbers } = RULE_SETS.portfolio.portfolioMargin;
    expect(shown).toEqual(numbers);
    expect(DEFAULT_GRID).toBe(grid);
    expect(DEFAULT_INTER_ASSET_OFFSET).toBe(interAssetOffset);
  });

  it('cover every setting of the file, each with a source', () => {
    expect([...NUMBER_SETTINGS, OFFSET_SETTING].map((s) => s.field).sort()).toEqual([...PORTFOLIO_MARGIN_NUMBERS].sort());
    for (const s of [...NUMBER_SETTINGS, OFFSET_SETTING, ...GRID_CHOICES]) expect(s.source.length).toBeGreaterThan(10);
    expect(GRID_CHOICES.map((c) => c.value)).toEqual(['span', 'deribit']);
  });
});
