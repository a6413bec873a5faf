// Server-side rendering in Node: the stale mark and the error boundary's message, without a DOM.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ResultsFrame } from '../../../src/ui/common/Results';
import { ViewBoundary } from '../../../src/ui/views/ViewBoundary';

describe('figures after an engine failure', () => {
  it('are marked out of date in words while the engine cannot evaluate, and not otherwise', () => {
    const html = (stale: boolean) =>
      renderToStaticMarkup(createElement(ResultsFrame, { pending: false, stale, label: 'account figures', children: createElement('p', null, 'Health factor 9.87') }));
    expect(html(false)).not.toContain('Out of date');
    const stale = html(true);
    expect(stale).toContain('Out of date: these account figures are from before the engine failed, not the current portfolio.');
    expect(stale).toContain('is-stale');
    // The old figures cannot be focused or clicked as if current.
    expect(stale).toMatch(/<div class="results__body" inert="">/);
  });
});

describe('a view that fails', () => {
  it('says so, keeps the portfolio, and offers to reset the view, never to delete the book', () => {
    const boundary = new ViewBoundary({ name: 'Risk', children: null });
    boundary.state = { ...boundary.state, ...ViewBoundary.getDerivedStateFromError(new Error('x is not a function')) };
    const html = renderToStaticMarkup(boundary.render());
    expect(html).toContain('The Risk view stopped working. Your portfolio is kept and the other views still work.');
    expect(html).toContain('What went wrong: x is not a function.');
    expect(html).toContain('Reset the Risk view');
    expect(html).not.toMatch(/delete|clear/i);
  });

  it('turns anything thrown into a message', () => {
    expect(ViewBoundary.getDerivedStateFromError('plain text').error?.message).toBe('plain text');
  });
});
