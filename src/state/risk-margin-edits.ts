import type { DraftPortfolio, DraftPortfolioMargin, PortfolioMarginNumber } from './draft';

// The portfolio-margin settings as pure edits of the draft (undoable like every edit: the slice
// records them). An emptied setting is removed, so the engine's default applies again, and an
// emptied object leaves the file without `portfolioMargin` at all.

export type PortfolioMarginField = PortfolioMarginNumber | 'grid' | 'interAssetOffset';

export function setPortfolioMargin(draft: DraftPortfolio, field: PortfolioMarginField, value: string | boolean | undefined): DraftPortfolio {
  const current: DraftPortfolioMargin = { ...(draft.portfolioMargin ?? {}) };
  const record = current as Record<string, string | boolean | undefined>;
  if (value === undefined || value === '') {
    if (!(field in current)) return draft;
    delete record[field];
  } else {
    if (field === 'interAssetOffset' && typeof value !== 'boolean') return draft;
    if (field !== 'interAssetOffset' && typeof value !== 'string') return draft;
    if (record[field] === value) return draft;
    record[field] = value;
  }
  if (Object.keys(current).length === 0) {
    const { portfolioMargin: _removed, ...rest } = draft;
    return rest;
  }
  return { ...draft, portfolioMargin: current };
}
