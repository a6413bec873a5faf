import { VIEWS, type ViewId } from './routes';

/**
 * The four places of the app as plain links (a hash each): Tab reaches them, Enter follows them,
 * and the current one is announced as the current page.
 */
export function ViewNav({ current }: { current: ViewId }) {
  return (
    <nav className="view-nav" aria-label="Views">
      <ul>
        {VIEWS.map((view) => (
          <li key={view.id}>
            <a href={view.hash} className="view-nav__link" aria-current={view.id === current ? 'page' : undefined} title={view.hint}>
              {view.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
