import { useId, useState } from 'react';
import { useApp } from '../../state/app-store';
import { COMMON_ASSETS, CUSTOM_ASSET } from '../../state/defaults';

const CUSTOM = '__custom__';

/** Add a common asset with a placeholder price, or any symbol. */
export function AddAssetForm() {
  const assets = useApp((s) => s.draft.assets);
  const addAsset = useApp((s) => s.addAsset);
  const available = Object.keys(COMMON_ASSETS).filter((s) => !(s in assets));
  const [choice, setChoice] = useState<string>('');
  const [custom, setCustom] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const selected = choice === '' ? (available[0] ?? CUSTOM) : choice;

  const add = () => {
    const symbol = (selected === CUSTOM ? custom : selected).trim().toUpperCase();
    if (symbol === '') return setProblem('Type a symbol.');
    if (!/^[A-Z0-9][A-Z0-9._-]{0,19}$/.test(symbol)) return setProblem('A symbol is letters, digits, ".", "_" or "-", at most 20.');
    if (symbol in assets) return setProblem(`${symbol} is already in the book.`);
    addAsset(symbol, COMMON_ASSETS[symbol] ?? CUSTOM_ASSET);
    setProblem(null);
    setCustom('');
    setChoice('');
  };

  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <label htmlFor={`${id}-asset`}>Add asset</label>
      <select id={`${id}-asset`} className="select" value={selected} onChange={(e) => setChoice(e.target.value)}>
        {available.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
        <option value={CUSTOM}>Other symbol…</option>
      </select>
      {selected === CUSTOM ? (
        <input className="input" aria-label="Symbol of the new asset" value={custom} onChange={(e) => setCustom(e.target.value)} placeholder="e.g. ARB" />
      ) : null}
      <button type="submit" className="button">
        Add
      </button>
      {problem ? (
        <span className="field__error" role="status">
          {problem}
        </span>
      ) : (
        <span className="muted">Prices of new assets are placeholders: edit them.</span>
      )}
    </form>
  );
}
