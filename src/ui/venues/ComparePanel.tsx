// Compare venues: the book under every rule set (or a chosen few), as a table and a chart with the
// liquidation prices of each venue on one axis per asset. Loaded when first opened.
import { useMemo, useState } from 'react';
import { useApp } from '../../state/app-store';
import { liquidationAxes } from '../../state/venue-compare';
import { formatMillis } from '../common/format';
import { CompareTable } from './CompareTable';
import { compareRows, liquidatingAssets } from './compare-rows';
import { LiquidationAxesChart } from './LiquidationAxesChart';
import { ProblemList } from './ProblemList';
import { useComparison } from './useComparison';
import './venues.css';

function RuleSetChooser({ chosen, onChange }: { chosen: string[] | undefined; onChange: (next: string[] | undefined) => void }) {
  const ruleSets = useApp((s) => s.ruleSets);
  const all = ruleSets.map((r) => r.name);
  const isOn = (name: string) => chosen === undefined || chosen.includes(name);
  const toggle = (name: string, on: boolean) => {
    const next = all.filter((n) => (n === name ? on : isOn(n)));
    onChange(next.length === all.length ? undefined : next);
  };
  return (
    <fieldset className="venues-compare__chooser">
      <legend>Rule sets compared</legend>
      <button type="button" className="button button--quiet" onClick={() => onChange(undefined)} disabled={chosen === undefined}>
        All
      </button>
      {ruleSets.map((r) => (
        <label key={r.name} className="venues-compare__choice" title={`${r.title}. Source: ${r.source} (${r.date})`}>
          <input type="checkbox" checked={isOn(r.name)} onChange={(e) => toggle(r.name, e.target.checked)} />
          {r.name}
        </label>
      ))}
    </fieldset>
  );
}

export default function ComparePanel() {
  const [chosen, setChosen] = useState<string[] | undefined>(undefined);
  const { outcome, pending } = useComparison(chosen);
  const quote = useApp((s) => s.draft.quote);
  const assets = useApp((s) => s.draft.assets);
  const todayPrices = useMemo(() => Object.fromEntries(Object.keys(assets).map((a) => [a, assets[a]?.price ?? ''])), [assets]);
  const done = outcome?.status === 'done' ? outcome : null;
  const rows = useMemo(() => (done ? compareRows(done.comparison, quote) : []), [done, quote]);
  const axes = useMemo(() => (done ? liquidationAxes(done.comparison, todayPrices) : []), [done, todayPrices]);

  return (
    <div className="venues-compare" data-testid="compare-venues" aria-busy={pending}>
      <RuleSetChooser chosen={chosen} onChange={setChosen} />
      {outcome === null ? <p className="muted">Comparing under every rule set…</p> : null}
      {outcome?.status === 'invalid' ? <ProblemList lead="The book cannot be compared until these are fixed:" problems={outcome.problems} /> : null}
      {outcome?.status === 'failed' ? <p className="venues-problems" role="alert">The comparison failed: {outcome.message}</p> : null}
      {done ? (
        <>
          <p className="muted venues-compare__status" aria-live="polite">
            {pending ? 'Comparing…' : `${done.comparison.rules.length} rule sets in ${formatMillis(done.millis)}. Money in ${quote}; hover a figure for every digit.`}
          </p>
          <CompareTable rows={rows} assets={liquidatingAssets(done.comparison)} quote={quote} />
          <LiquidationAxesChart comparison={done.comparison} axes={axes} />
        </>
      ) : null}
    </div>
  );
}
