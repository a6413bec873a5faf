import { useApp } from '../../state/app-store';
import { addDecimalText, roundUpDecimalText } from '../../state/decimal-text';
import { topUpPlaces } from '../../state/report-requests-slice';
import { healthTargetText, measureOf } from '../charts/health-reading';
import { formatMoney, formatMove, formatQuantity } from '../common/format';
import { FiguresTable, type FigureRow } from './FiguresTable';
import { healthRows } from './health-rows';

/** The engine's answer to the top-up asked: before → after, and the button that applies it. */
export function TopUpAnswer() {
  const request = useApp((s) => s.topUpRequest);
  const report = useApp((s) => s.main.report);
  const pending = useApp((s) => s.main.pending);
  const stale = useApp((s) => s.engineProblem !== null || s.main.errors.length > 0);
  const balance = useApp((s) => (request ? (s.draft.balances[request.asset] ?? '0') : '0'));
  const apply = useApp((s) => s.applyTopUp);
  const clear = useApp((s) => s.setTopUpRequest);
  if (!request || !report) return null;
  const answer = report.topUps.find((t) => t.asset === request.asset && t.targetHealthFactor === request.targetHealthFactor);
  if (stale) return <p className="muted small" data-testid="top-up-answer">The top-up is worked out once the portfolio evaluates again.</p>;
  if (!answer) return <p className="muted small" role="status">{pending ? 'Working it out…' : 'Press “Work out the top-up”.'}</p>;
  if (answer.quantity === null) {
    return (
      <p className="notice notice--error" data-testid="top-up-answer">
        No amount of {request.asset} reaches that target: {answer.reason ?? `it does not bring the ${measureOf(report).toLowerCase()} to the target`}.
      </p>
    );
  }
  const added = roundUpDecimalText(answer.quantity, topUpPlaces(report, request.asset));
  if (added === null || Number(added) === 0) {
    return (
      <p className="muted small" data-testid="top-up-answer">
        Nothing to add: the book is already at or above the target.
      </p>
    );
  }
  const after = addDecimalText(balance, added);
  const target = request.target;
  const [health, zone, nearest] = healthRows(report, null, 'top-up');
  const rows: FigureRow[] = [
    { key: 'balance', label: `${request.asset} balance`, first: formatQuantity(balance), second: formatQuantity(after), testId: 'top-up-balance' },
    // The engine answers for the target itself: after = the target (the quantity is rounded up, so a hair past it).
    { ...health, second: healthTargetText(report, request.targetHealthFactor) },
    ...(target.kind === 'distance'
      ? [{ key: 'distance', label: 'Joint fall to liquidation', first: formatMove(report.account.distanceToLiquidation), second: `about ${formatMove(-target.fall)}` }]
      : []),
    // Judged by the engine on the book as it is; the book after the top-up is judged once applied.
    zone,
    nearest,
  ];
  return (
    <div data-testid="top-up-answer">
      <FiguresTable caption="The book before and after the top-up" headings={['Before', 'After']} rows={rows} arrow />
      <p className="small">
        Add <strong data-testid="top-up-quantity">{formatQuantity(added)} {request.asset}</strong>
        {answer.value !== null ? <> (worth {formatMoney(answer.value)} {report.quote} at the prices shown)</> : null}.
      </p>
      <div className="inline-form">
        <button type="button" className="button button--primary" onClick={() => apply()} disabled={pending}>
          Add {formatQuantity(added)} {request.asset} to the balance
        </button>
        <button type="button" className="button" onClick={() => clear(null)}>
          Close
        </button>
      </div>
    </div>
  );
}
