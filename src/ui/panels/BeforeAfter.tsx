import type { Report } from '../../engine';
import { formatMoney, formatPrice, formatRatio, MISSING } from '../common/format';

interface Line {
  key: string;
  label: string;
  before: string;
  after: string;
}

function lines(before: Report, after: Report, tradeId: string): Line[] {
  const out: Line[] = [
    { key: 'health', label: 'Health factor', before: formatRatio(before.account.healthFactor), after: formatRatio(after.account.healthFactor) },
    { key: 'maintenance', label: 'Maintenance margin', before: formatMoney(before.account.maintenanceMargin), after: formatMoney(after.account.maintenanceMargin) },
    { key: 'initial', label: 'Initial margin', before: formatMoney(before.account.initialMargin), after: formatMoney(after.account.initialMargin) },
    { key: 'free', label: 'Free margin', before: formatMoney(before.account.freeMargin), after: formatMoney(after.account.freeMargin) },
  ];
  const assets = new Set([...Object.keys(before.account.liquidationPrices), ...Object.keys(after.account.liquidationPrices)]);
  for (const asset of assets) {
    const b = before.account.liquidationPrices[asset];
    const a = after.account.liquidationPrices[asset];
    if (!b?.down && !a?.down && !b?.up && !a?.up) continue;
    out.push({ key: `liq-down-${asset}`, label: `${asset} liquidation price ↓`, before: formatPrice(b?.down), after: formatPrice(a?.down) });
    if (b?.up || a?.up) out.push({ key: `liq-up-${asset}`, label: `${asset} liquidation price ↑`, before: formatPrice(b?.up), after: formatPrice(a?.up) });
  }
  const own = after.account.positions.find((p) => p.id === tradeId);
  if (own?.marginMode === 'isolated') out.push({ key: 'own', label: 'The trade’s own liquidation price', before: MISSING, after: formatPrice(own.liquidationPrice) });
  return out;
}

/** Before → after of the previewed trade, both sides straight from a report. */
export function BeforeAfter({ before, after, tradeId }: { before: Report; after: Report; tradeId: string }) {
  return (
    <table className="grid grid--compact" data-testid="preview-before-after">
      <caption className="visually-hidden">The book before and after the previewed trade</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col" className="number">
            Before
          </th>
          <th scope="col" className="number">
            After
          </th>
        </tr>
      </thead>
      <tbody>
        {lines(before, after, tradeId).map((line) => (
          <tr key={line.key} data-testid={`preview-${line.key}`}>
            <th scope="row">{line.label}</th>
            <td className="number">{line.before}</td>
            <td className="number">
              <span aria-hidden="true">→ </span>
              {line.after}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
