import { describe, expect, it } from 'vitest';
import { isRouteHash, viewFromHash, VIEWS } from '../../../src/ui/views/routes';

describe('hash routes', () => {
  it('each view is reached by its own hash', () => {
    for (const view of VIEWS) expect(viewFromHash(view.hash)).toBe(view.id);
  });

  it('a lesson step stays in Learn', () => {
    expect(viewFromHash('#/learn/cross-margin/2')).toBe('learn');
  });

  it('no hash, a share link, or an unknown or look-alike route opens Build', () => {
    for (const hash of ['', '#', '#p=N4Ig', '#/nowhere', '#/riskier', '#/constructor', '#/__proto__', '#build']) {
      expect(viewFromHash(hash), hash).toBe('build');
    }
  });

  it('a share link is not a route; a route is', () => {
    expect(isRouteHash('#p=N4Ig')).toBe(false);
    expect(isRouteHash('')).toBe(false);
    expect(isRouteHash('#/risk')).toBe(true);
  });
});
