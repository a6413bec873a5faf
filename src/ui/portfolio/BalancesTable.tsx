import { useId, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/app-store';
import { balancePath } from '../../state/paths';
import { formatMoney } from '../common/format';
import { EditableTable } from '../common/EditableTable';
import { Section } from '../common/Section';
import { TextField } from '../common/TextField';
import { useRowWindow, WHOLE_LIST } from './useRowWindow';
import { WindowSpace } from './WindowSpace';

/** A row's height before it is measured (one line: an input and a button). */
const ROW_ESTIMATE = 41;

interface BalanceRowProps {
  symbol: string;
  /** The row's place for screen readers while the table is windowed (the header row is 1). */
  rowIndex?: number;
  measure?: (element: HTMLElement | null) => (() => void) | undefined;
}

function BalanceRow({ symbol, rowIndex, measure }: BalanceRowProps) {
  const balance = useApp((s) => s.draft.balances[symbol] ?? '');
  const collateral = useApp((s) => s.main.report?.account.assets.find((a) => a.asset === symbol)?.collateralValue);
  const setBalance = useApp((s) => s.setBalance);
  const removeBalance = useApp((s) => s.removeBalance);
  return (
    <tr data-testid={`balance-${symbol}`} data-window-part={`${symbol}:row`} ref={measure} aria-rowindex={rowIndex}>
      <th scope="row">{symbol}</th>
      <td>
        <TextField label={`Balance of ${symbol}`} value={balance} path={balancePath(symbol)} numeric onChange={(t) => setBalance(symbol, t)} />
      </td>
      <td className="number">{formatMoney(collateral)}</td>
      <td>
        <button type="button" className="button button--quiet" onClick={() => removeBalance(symbol)} aria-label={`Remove the ${symbol} balance`}>
          Remove
        </button>
      </td>
    </tr>
  );
}

/**
 * What the isolated positions take from the quote balance, said under the table: the pool holds the
 * rest, and a shortfall is a borrow of the quote (the engine's figures, not worked out here).
 */
function IsolatedDraw({ quote }: { quote: string }) {
  const pool = useApp(useShallow((s) => {
    const p = s.main.report?.account.pool;
    return p ? { isolated: p.isolatedCollateral, held: p.quoteBalance } : null;
  }));
  if (!pool || Number(pool.isolated) === 0) return null;
  const borrowed = Number(pool.held) < 0;
  return (
    <p className="small" data-testid="isolated-draw">
      Isolated positions take {formatMoney(pool.isolated)} {quote} as their collateral: the cross pool holds {formatMoney(pool.held)} {quote}
      {borrowed ? `, a borrow of ${quote} margined as any borrow (add ${quote} to the balances, or lower the collateral).` : '.'}
    </p>
  );
}

/** Asset, balance, collateral value and the actions. */
const BALANCE_COLUMNS = 4;

/** Spot holdings: positive is collateral, negative is a borrow. */
export function BalancesTable() {
  // useShallow: a price or balance edit gives equal key lists, and no re-render.
  const list = useApp(useShallow((s) => Object.keys(s.draft.balances)));
  const assetList = useApp(useShallow((s) => Object.keys(s.draft.assets)));
  const quote = useApp((s) => s.draft.quote);
  const setBalance = useApp((s) => s.setBalance);
  const [choice, setChoice] = useState('');
  const id = useId();
  // A 50-asset book's 50 rows were a tenth of the page's elements at an import, laid out and
  // re-rendered at every report: long lists scroll in a box and render the rows in view, as the assets do.
  const box = useRef<HTMLDivElement>(null);
  const visible = useRowWindow(list.join('\n'), ROW_ESTIMATE, box, WHOLE_LIST);
  const windowed = visible.end - visible.start < list.length;
  const addable = assetList.filter((s) => !list.includes(s));
  const selected = addable.includes(choice) ? choice : (addable[0] ?? '');
  return (
    <Section title="Balances" testId="balances">
      <p className="muted small">Positive: held as collateral. Negative: borrowed.</p>
      <EditableTable
        scrollRef={box}
        scrollClassName="balances-scroll"
        rowCount={windowed ? list.length + 1 : undefined}
        head={
          <>
            <th scope="col">Asset</th>
            <th scope="col">Balance</th>
            <th scope="col" className="number">
              Collateral value ({quote})
            </th>
          </>
        }
      >
        {visible.before > 0 ? <WindowSpace height={visible.before} columns={BALANCE_COLUMNS} /> : null}
        {list.slice(visible.start, visible.end).map((symbol, i) => (
          <BalanceRow key={symbol} symbol={symbol} measure={visible.measure} rowIndex={windowed ? visible.start + i + 2 : undefined} />
        ))}
        {visible.after > 0 ? <WindowSpace height={visible.after} columns={BALANCE_COLUMNS} /> : null}
      </EditableTable>
      <IsolatedDraw quote={quote} />
      {addable.length > 0 ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (selected) setBalance(selected, '0');
          }}
        >
          <label htmlFor={id}>Add balance</label>
          <select id={id} className="select" value={selected} onChange={(e) => setChoice(e.target.value)}>
            {addable.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            Add
          </button>
        </form>
      ) : null}
    </Section>
  );
}
