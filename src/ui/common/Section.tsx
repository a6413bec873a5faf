import { useId, type ReactNode } from 'react';

/** A titled region of the page, named for screen readers by its heading. */
export function Section({ title, actions, children, className, testId }: { title: string; actions?: ReactNode; children: ReactNode; className?: string; testId?: string }) {
  const headingId = useId();
  return (
    <section className={`panel${className ? ` ${className}` : ''}`} aria-labelledby={headingId} data-testid={testId}>
      <header className="panel__header">
        <h2 id={headingId}>{title}</h2>
        {actions ? <div className="panel__actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}
