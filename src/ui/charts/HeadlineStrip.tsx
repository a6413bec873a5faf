// The account's headline figures in one strip; the health factor coloured by zone (and named,
// so colour is not the only cue), each figure with "before → now" when a baseline is given.
import { useMemo } from 'react';
import { ChartFrame } from './ChartFrame';
import { downloadRowsPng } from './export';
import { formatPercent, MISSING } from './format';
import { headlineCsv, headlineItems, liquidationThresholds, type HeadlineItem } from './headline-data';
import { ZONE_LABEL } from './health-zone';
import type { ChartProps } from './types';

const TITLE = 'Account';

function Figure({ item }: { item: HeadlineItem }) {
  const zoneClass = item.zone ? `headline__value--${item.zone}` : undefined;
  const changed = item.before !== undefined && item.before !== item.value;
  return (
    <div className="headline__item">
      <dt>{item.label}</dt>
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
        {item.zone && item.zone !== 'none' ? <span className="headline__zone">{ZONE_LABEL[item.zone]}</span> : null}
      </dd>
    </div>
  );
}

export function HeadlineStrip({ report, baseline }: ChartProps) {
  const items = useMemo(() => headlineItems(report, baseline), [report, baseline]);
  const thresholds = useMemo(() => liquidationThresholds(report), [report]);
  const rows = items.map((item) => ({
    label: item.label,
    value: `${item.text}${item.unit && item.value !== MISSING ? ` ${item.unit}` : ''}${item.zone && item.zone !== 'none' ? ` (${ZONE_LABEL[item.zone]})` : ''}`,
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
          {report.account.liquidatable ? <p className="headline__alert">Below maintenance margin: the account can be liquidated now.</p> : null}
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
