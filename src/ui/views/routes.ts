import { SHARE_HASH_PREFIX } from '../../state/share-link';

// The app's places, one hash route each (`#/build` …): hashes work on any static host and in a
// sub-folder, and never reach a server. A share link (`#p=…`) is not a route: it opens on Build.

export type ViewId = 'build' | 'risk' | 'cascades' | 'learn';

export interface ViewInfo {
  id: ViewId;
  /** The nav label. */
  label: string;
  /** One line under the label, for the reader who does not know the word. */
  hint: string;
  hash: `#/${ViewId}`;
}

export const VIEWS: readonly ViewInfo[] = [
  { id: 'build', label: 'Build', hint: 'your book, what-if, preview a trade, top up', hash: '#/build' },
  { id: 'risk', label: 'Risk', hint: 'VaR, stress, portfolio margin', hash: '#/risk' },
  { id: 'cascades', label: 'Cascades', hint: 'how liquidations spread', hash: '#/cascades' },
  { id: 'learn', label: 'Learn', hint: 'a lesson per concept, and the examples', hash: '#/learn' },
];

const DEFAULT_VIEW: ViewId = 'build';

/** The view a hash names; anything else (empty, a share link, an unknown route) is Build. */
export function viewFromHash(hash: string): ViewId {
  if (hash.startsWith(SHARE_HASH_PREFIX)) return DEFAULT_VIEW;
  // `#/learn/<lesson>/<step>` still belongs to Learn: later routes extend the first segment.
  const first = /^#\/([a-z]+)(?:\/|$)/.exec(hash)?.[1];
  return VIEWS.find((v) => v.id === first)?.id ?? DEFAULT_VIEW;
}

/** Whether a hash is a route of this app (as opposed to a share link or nothing). */
export function isRouteHash(hash: string): boolean {
  return /^#\/[a-z]/.test(hash);
}
