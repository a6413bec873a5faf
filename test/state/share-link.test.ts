import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeShareHash, encodeShareHash, shareUrl } from '../../src/state/share-link';
import { example } from './helpers';

describe('share links', () => {
  it('carry a portfolio through the URL hash unchanged', () => {
    const doc = example('altcoin-book.json');
    const hash = encodeShareHash(doc);
    expect(hash.startsWith('#p=')).toBe(true);
    expect(decodeShareHash(hash)).toEqual({ kind: 'ok', portfolio: doc });
  });

  it('survive being put into a URL and read back', () => {
    const doc = example('covered-call.json');
    const url = new URL(shareUrl('http://127.0.0.1:4179/sub/folder/?x=1#old', doc));
    expect(url.pathname).toBe('/sub/folder/');
    expect(decodeShareHash(url.hash)).toEqual({ kind: 'ok', portfolio: doc });
  });

  it('ignore a hash that is not a share link', () => {
    expect(decodeShareHash('')).toEqual({ kind: 'none' });
    expect(decodeShareHash('#section-2')).toEqual({ kind: 'none' });
  });

  it('say what is wrong with a malformed link', () => {
    expect(decodeShareHash('#p=')).toMatchObject({ kind: 'malformed', message: expect.stringMatching(/no portfolio/) });
    expect(decodeShareHash('#p=%%%not-lz')).toMatchObject({ kind: 'malformed' });
    const cut = encodeShareHash(example('covered-call.json')).slice(0, 60);
    expect(decodeShareHash(cut).kind).toBe('malformed');
    const notJson = `#p=${LZString.compressToEncodedURIComponent('{"format": "margin-lab/portfolio",')}`;
    expect(decodeShareHash(notJson)).toMatchObject({ kind: 'malformed', message: expect.stringMatching(/not a readable portfolio/) });
  });
});
