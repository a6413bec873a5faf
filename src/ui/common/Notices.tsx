import { useApp } from '../../state/app-store';

/** Messages for the user: a file or link that failed, a saved state set aside, an engine restart. */
export function Notices() {
  const notices = useApp((s) => s.notices);
  const dismiss = useApp((s) => s.dismissNotice);
  const engineProblem = useApp((s) => s.engineProblem);
  if (notices.length === 0 && !engineProblem) return null;
  return (
    <section className="notices" aria-label="Messages">
      {engineProblem ? (
        <div className="notice notice--error" role="alert" data-testid="engine-problem">
          <p className="notice__title">{engineProblem}</p>
        </div>
      ) : null}
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'} data-testid="notice">
          <div>
            <p className="notice__title">{n.title}</p>
            {n.details && n.details.length > 0 ? (
              <ul className="notice__details">
                {n.details.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
          <button type="button" className="button button--quiet" onClick={() => dismiss(n.id)} aria-label={`Dismiss: ${n.title}`}>
            ✕
          </button>
        </div>
      ))}
    </section>
  );
}
