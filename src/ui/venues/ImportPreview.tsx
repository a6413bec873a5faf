import type { VenueImportPreview } from '../../state/venue-import';
import { formatExact, formatPrice, formatQuantity } from '../common/format';

/** What the importer understood, for the trader to check before it replaces the book. */
/** One heading and a list of asset: figure, each with every digit on hover. */
function SymbolAmounts({ heading, items }: { heading: string; items: readonly { asset: string; exact: string; text: string }[] }) {
  return (
    <div>
      <h3 className="venues-import__heading">{heading}</h3>
      <ul className="venues-import__list">
        {items.map((item) => (
          <li key={item.asset} title={formatExact(item.exact)}>
            {item.asset} <span className="number">{item.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ImportPreview({ preview }: { preview: VenueImportPreview }) {
  return (
    <div className="venues-import__preview" data-testid="venue-import-preview">
      <p>
        A <strong>{preview.venueTitle}</strong> account, to load as “{preview.name}” under the <code>{preview.rules}</code> rule set, in {preview.quote}.
      </p>
      <h3 className="venues-import__heading">Positions ({preview.positions.length})</h3>
      <div className="table-scroll" role="region" aria-label="Positions read from the export (scrolls sideways)" tabIndex={0}>
        <table className="grid grid--compact">
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Type</th>
              <th scope="col" className="number">Size</th>
              <th scope="col" className="number">Entry</th>
              <th scope="col">Margin</th>
            </tr>
          </thead>
          <tbody>
            {preview.positions.map((p) => (
              <tr key={p.id} data-testid="venue-import-position">
                <th scope="row">{p.id}</th>
                <td>{p.type}</td>
                <td className="number" title={formatExact(p.quantity)}>
                  {formatQuantity(p.quantity)} {p.asset}
                </td>
                <td className="number" title={p.entryPrice === null ? undefined : formatExact(p.entryPrice)}>{p.entryPrice === null ? '—' : formatPrice(p.entryPrice)}</td>
                <td title={p.collateral === null ? undefined : formatExact(p.collateral)}>
                  {p.mode === 'isolated' ? `isolated, ${formatPrice(p.collateral)} ${preview.quote}` : 'cross'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="venues-import__pair">
        <SymbolAmounts heading="Balances" items={preview.balances.map((b) => ({ asset: b.asset, exact: b.amount, text: formatQuantity(b.amount) }))} />
        <SymbolAmounts heading="Mark prices" items={preview.prices.map((p) => ({ asset: p.asset, exact: p.price, text: formatPrice(p.price) }))} />
      </div>
      {preview.warnings.length > 0 ? (
        <>
          <h3 className="venues-import__heading">What was approximated or left out</h3>
          <ul className="venues-import__warnings" data-testid="venue-import-warnings">
            {preview.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
