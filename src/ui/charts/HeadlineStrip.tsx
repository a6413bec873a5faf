// The account's headline figures in one strip; the health (margin ratio or health factor, as the
// rule set names it) coloured by the engine's zone and named, so colour is not the only cue, with
// the nearest liquidation in words; each figure with "before → now" when a baseline is given.
import { useMemo } from 'react';
import { ChartFrame } from './ChartFrame';
import { downloadRowsPng } from './export';
import { formatPercent, MISSING } from './format';
import { accountWarnings, headlineCsv, headlineItems, liquidationThresholds, zoneNote, type HeadlineItem } from './headline-data';
import { ACCOUNT_ZONE_LABEL } from './health-reading';
import type { ChartProps } from './types';

const TITLE = 'Account';

function Figure({ item }: { item: HeadlineItem }) {
  const zoneClass = item.zone ? `headline__value--${item.zone}` : undefined;
  const testId = item.key === 'health' ? 'headline-health' : undefined;
  const changed = item.before !== undefined && item.before !== item.value;
  return (
    <div className={item.key === 'health' ? 'headline__item headline__item--health' : 'headline__item'} data-testid={testId}>
      <dt title={item.scale}>{item.label}</dt>
      <dd className={zoneClass} title={item.reason}>
        {changed ? (
          <span className="headline__before">
            <span className="visually-hidden">before </span>
            {item.before}
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden">, now </span>
          </span>
        ) : null}
        {item.value}
        {item.unit && item.value !== MISSING ? <span className="headline__unit">{item.unit}</span> : null}
        {item.value === MISSING && item.reason ? <span className="visually-hidden"> ({item.reason})</span> : null}
        {item.zone && item.zone !== 'none' ? <span className="headline__zone">{ACCOUNT_ZONE_LABEL[item.zone]}</span> : null}
        {item.nearest && item.nearest !== MISSING ? <span className="headline__nearest">Nearest liquidation: {item.nearest}</span> : null}
      </dd>
    </div>
  );
}

export function HeadlineStrip({ report, baseline }: ChartProps) {
  const items = useMemo(() => headlineItems(report, baseline), [report, baseline]);
  const thresholds = useMemo(() => liquidationThresholds(report), [report]);
  const warnings = useMemo(() => accountWarnings(report), [report]);
  const liquidated = report.account.health?.liquidated ?? report.account.liquidatable;
  const rows = items.map((item) => ({
    label: item.label,
    value: `${item.text}${item.unit && item.value !== MISSING ? ` ${item.unit}` : ''}${zoneNote(item)}`,
  }));
  return (
    <ChartFrame
      title={TITLE}
      fileStem="headline"
      portfolioName={report.name}
      className="headline"
      csv={() => headlineCsv(report, baseline)}
      png={(frame, fileName) => downloadRowsPng(frame, `${report.name}: account`, rows, fileName)}
      caption={
        <>
          {liquidated ? <p className="headline__alert">Liquidated: the account is at or past its liquidation point now.</p> : null}
          {warnings.length > 0 ? (
            <ul className="headline__warnings" aria-label="Warnings about the account" data-testid="account-warnings">
              {warnings.map((w) => (
                <li key={w}>
                  <strong>Warning:</strong> {w}
                </li>
              ))}
            </ul>
          ) : null}
          {thresholds.length > 0 ? (
            <p className="chart__caption" data-testid="liquidation-thresholds">
              Liquidation threshold (the share of each collateral that counts toward the health factor):{' '}
              {thresholds.map((t) => `${t.asset} ${formatPercent(t.threshold)}`).join(', ')}. Health factor = Σ collateral × threshold ÷ debt.
            </p>
          ) : null}
        </>
      }
    >
      <dl className="headline__list">
        {items.map((item) => (
          <Figure key={item.key} item={item} />
        ))}
      </dl>
    </ChartFrame>
  );
}
