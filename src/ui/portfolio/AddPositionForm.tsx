import { useId, useState } from 'react';
import { appStore, useApp } from '../../state/app-store';
import { COMMON_ASSETS, defaultTradedAsset, reshapePosition, uniqueId } from '../../state/defaults';
import type { PositionType } from '../../state/draft';
import { withAsset } from '../../state/draft-edits';
import { formatPrice } from '../common/format';

const ADDABLE: readonly { type: PositionType; label: string }[] = [
  { type: 'perpetual', label: 'Add perpetual' },
  { type: 'future', label: 'Add future' },
  { type: 'option', label: 'Add option' },
];

const SYMBOL = /^[A-Z0-9][A-Z0-9._-]{0,19}$/;

/**
 * Add a position on any asset: one the book holds, a common one, or a new symbol. An asset the book
 * lacks comes along with the position, at a placeholder price the form names so it gets edited.
 */
export function AddPositionForm({ onAdded }: { onAdded: (id: string, type: PositionType) => void }) {
  const symbols = useApp((s) => Object.keys(s.draft.assets).join('\n'));
  // The asset a new position trades unless the user names another: the book's main one.
  // The asset alone: a whole new position (with an id free among 2,000) at every store update was work for nothing.
  const fallback = useApp((s) => defaultTradedAsset(s.draft));
  const addPosition = useApp((s) => s.addPosition);
  const [typed, setTyped] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);
  const id = useId();
  const held = symbols === '' ? [] : symbols.split('\n');
  const suggestions = [...held, ...Object.keys(COMMON_ASSETS).filter((s) => !held.includes(s))];
  const text = typed ?? fallback;

  const add = (type: PositionType) => {
    const draft = appStore.getState().draft;
    const trimmed = text.trim();
    const symbol = Object.hasOwn(draft.assets, trimmed) ? trimmed : trimmed.toUpperCase();
    if (symbol === '') return setMessage({ tone: 'error', text: 'Asset: type a symbol, e.g. BTC.' });
    const known = Object.hasOwn(draft.assets, symbol);
    if (!known && !SYMBOL.test(symbol)) return setMessage({ tone: 'error', text: 'Asset: letters, digits, “.”, “_” or “-”, at most 20.' });
    const book = withAsset(draft, symbol);
    const base = uniqueId(`${symbol.toLowerCase()}-${type === 'perpetual' ? 'perp' : type}`, draft.positions.map((p) => p.id));
    const position = reshapePosition({ id: base, type: 'perpetual', asset: symbol, quantity: '1' }, type, book);
    addPosition(position);
    onAdded(position.id, type);
    setMessage(known ? null : { tone: 'info', text: `${symbol} was not in the book: added to the assets at a placeholder price of ${formatPrice(book.assets[symbol]?.price)}. Edit it under Assets.` });
  };

  return (
    <div className="add-position">
      <label htmlFor={`${id}-asset`}>Asset</label>
      <input
        id={`${id}-asset`}
        className="input add-position__asset"
        list={`${id}-assets`}
        value={text}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => {
          setTyped(e.target.value);
          setMessage(null);
        }}
      />
      <datalist id={`${id}-assets`}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {ADDABLE.map((a) => (
        <button key={a.type} type="button" className="button" onClick={() => add(a.type)}>
          {a.label}
        </button>
      ))}
      {message ? (
        <span className={message.tone === 'error' ? 'field__error' : 'muted'} role="status">
          {message.text}
        </span>
      ) : null}
    </div>
  );
}
