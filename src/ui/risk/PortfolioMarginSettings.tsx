import { useId } from 'react';
import { useApp } from '../../state/app-store';
import type { PortfolioMarginNumber } from '../../state/draft';
import { errorAt } from '../../state/selectors';
import { TextField } from '../common/TextField';
import { DEFAULT_GRID, DEFAULT_INTER_ASSET_OFFSET, GRID_CHOICES, NUMBER_SETTINGS, OFFSET_SETTING, type NumberSetting } from './portfolio-margin-fields';

function NumberSettingField({ setting }: { setting: NumberSetting }) {
  const value = useApp((s) => s.draft.portfolioMargin?.[setting.field] ?? '');
  const set = useApp((s) => s.setPortfolioMargin);
  return (
    <div className="risk-field">
      <span className="risk-field__label">{setting.label}</span>
      <TextField
        label={`${setting.label}: ${setting.hint} (blank: ${setting.defaultValue})`}
        value={value}
        path={`portfolioMargin.${setting.field}`}
        numeric
        placeholder={`${setting.defaultValue} (default)`}
        onChange={(t) => set(setting.field as PortfolioMarginNumber, t)}
      />
      <span className="risk-field__hint">
        {setting.hint}. Default {setting.defaultValue}: {setting.source}.
      </span>
    </div>
  );
}

/** The book's portfolio-margin settings: edits of the portfolio, saved with it and undoable. */
export function PortfolioMarginSettings() {
  const grid = useApp((s) => s.draft.portfolioMargin?.grid ?? DEFAULT_GRID);
  const offsets = useApp((s) => s.draft.portfolioMargin?.interAssetOffset ?? DEFAULT_INTER_ASSET_OFFSET);
  const gridError = useApp((s) => errorAt(s.main.errors, 'portfolioMargin.grid'));
  const set = useApp((s) => s.setPortfolioMargin);
  const gridId = useId();
  const offsetId = useId();
  const choice = GRID_CHOICES.find((c) => c.value === grid);
  return (
    <fieldset className="risk-margin-settings" data-testid="portfolio-margin-settings">
      <legend>Portfolio-margin settings</legend>
      <p className="small muted">Part of the portfolio file: saved and shared with it, and undone with Ctrl+Z like any edit. Blank fields take the default.</p>
      <div className="risk-settings__fields">
        <div className="risk-field">
          <label htmlFor={gridId}>Scenario grid</label>
          <select id={gridId} className="select" value={choice ? grid : ''} onChange={(e) => set('grid', e.target.value)} aria-invalid={gridError ? true : undefined}>
            {choice ? null : <option value="">{grid} (not a grid)</option>}
            {GRID_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
                {c.value === DEFAULT_GRID ? ' (default)' : ''}
              </option>
            ))}
          </select>
          <span className="risk-field__hint">{choice?.source ?? gridError ?? ''}</span>
        </div>
        {NUMBER_SETTINGS.map((setting) => (
          <NumberSettingField key={setting.field} setting={setting} />
        ))}
      </div>
      <div className="risk-offsets">
        <label className="risk-checkbox" htmlFor={offsetId}>
          <input id={offsetId} type="checkbox" checked={offsets} onChange={(e) => set('interAssetOffset', e.target.checked)} data-testid="inter-asset-offset" />
          Credit offsets between assets (off by default: a venue grants them only on request)
        </label>
        <NumberSettingField setting={OFFSET_SETTING} />
      </div>
    </fieldset>
  );
}
