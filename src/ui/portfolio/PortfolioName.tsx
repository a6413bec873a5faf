import { useApp } from '../../state/app-store';
import { TextField } from '../common/TextField';

export function PortfolioName() {
  const name = useApp((s) => s.draft.name);
  const asOf = useApp((s) => s.draft.asOf);
  const quote = useApp((s) => s.draft.quote);
  const setName = useApp((s) => s.setName);
  return (
    <div className="portfolio-name">
      <TextField label="Portfolio name" value={name} path="name" onChange={setName} className="field--wide" />
      <p className="muted">
        Valued at {asOf || '—'}, in {quote}
      </p>
    </div>
  );
}
