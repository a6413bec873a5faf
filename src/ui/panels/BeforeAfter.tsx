import type { Report } from '../../engine';
import { formatMoney, formatPrice, MISSING } from '../common/format';
import { FiguresTable, type FigureRow } from './FiguresTable';
import { healthRows } from './health-rows';

function lines(before: Report, after: Report, tradeId: string): FigureRow[] {
  const line = (key: string, label: string, b: string, a: string): FigureRow => ({ key, label, first: b, second: a, testId: `preview-${key}` });
  const out: FigureRow[] = [
    ...healthRows(before, after, 'preview'),
    line('maintenance', 'Maintenance margin', formatMoney(before.account.maintenanceMargin), formatMoney(after.account.maintenanceMargin)),
    line('initial', 'Initial margin', formatMoney(before.account.initialMargin), formatMoney(after.account.initialMargin)),
    line('free', 'Free margin', formatMoney(before.account.freeMargin), formatMoney(after.account.freeMargin)),
  ];
  const assets = new Set([...Object.keys(before.account.liquidationPrices), ...Object.keys(after.account.liquidationPrices)]);
  for (const asset of assets) {
    const b = before.account.liquidationPrices[asset];
    const a = after.account.liquidationPrices[asset];
    if (!b?.down && !a?.down && !b?.up && !a?.up) continue;
    out.push(line(`liq-down-${asset}`, `${asset} liquidation price ↓`, formatPrice(b?.down), formatPrice(a?.down)));
    if (b?.up || a?.up) out.push(line(`liq-up-${asset}`, `${asset} liquidation price ↑`, formatPrice(b?.up), formatPrice(a?.up)));
  }
  const own = after.account.positions.find((p) => p.id === tradeId);
  if (own?.marginMode === 'isolated') out.push(line('own', 'The trade’s own liquidation price', MISSING, formatPrice(own.liquidationPrice)));
  return out;
}

/** Before → after of the previewed trade, both sides straight from a report. */
export function BeforeAfter({ before, after, tradeId }: { before: Report; after: Report; tradeId: string }) {
  return (
    <FiguresTable
      caption="The book before and after the previewed trade"
      headings={['Before', 'After']}
      rows={lines(before, after, tradeId)}
      arrow
      testId="preview-before-after"
    />
  );
}
