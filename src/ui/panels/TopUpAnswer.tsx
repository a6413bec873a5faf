import { useApp } from '../../state/app-store';
import { addDecimalText, roundUpDecimalText } from '../../state/decimal-text';
import { topUpPlaces } from '../../state/report-requests-slice';
import { formatMoney, formatMove, formatQuantity, formatRatio } from '../common/format';

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
        No amount of {request.asset} reaches that target: {answer.reason ?? 'it does not raise the health factor'}.
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
  return (
    <div data-testid="top-up-answer">
      <table className="grid grid--compact">
        <caption className="visually-hidden">The book before and after the top-up</caption>
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
          <tr data-testid="top-up-balance">
            <th scope="row">{request.asset} balance</th>
            <td className="number">{formatQuantity(balance)}</td>
            <td className="number">
              <span aria-hidden="true">→ </span>
              {formatQuantity(after)}
            </td>
          </tr>
          <tr data-testid="top-up-health">
            <th scope="row">Health factor</th>
            <td className="number">{formatRatio(report.account.healthFactor)}</td>
            <td className="number">
              <span aria-hidden="true">→ </span>
              {formatRatio(request.targetHealthFactor)}
            </td>
          </tr>
          {target.kind === 'distance' ? (
            <tr>
              <th scope="row">Joint fall to liquidation</th>
              <td className="number">{formatMove(report.account.distanceToLiquidation)}</td>
              <td className="number">
                <span aria-hidden="true">→ </span>about {formatMove(-target.fall)}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
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
