import LZString from 'lz-string';

// A share link carries the portfolio document in the URL hash, compressed with lz-string into
// URL-safe characters: `#p=<compressed JSON>`. Nothing is sent anywhere: the hash never leaves
// the browser.

export const SHARE_HASH_PREFIX = '#p=';

export function encodeShareHash(portfolio: unknown): string {
  return SHARE_HASH_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify(portfolio));
}

export type DecodedLink =
  | { kind: 'none' }
  | { kind: 'ok'; portfolio: unknown }
  | { kind: 'malformed'; message: string };

/** The document in a hash, or what is wrong with it. Whether it is a valid portfolio is the engine's to say. */
export function decodeShareHash(hash: string): DecodedLink {
  if (!hash.startsWith(SHARE_HASH_PREFIX)) return { kind: 'none' };
  const payload = hash.slice(SHARE_HASH_PREFIX.length);
  if (payload === '') return { kind: 'malformed', message: 'the link has no portfolio in it (nothing after "#p=")' };
  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text) return { kind: 'malformed', message: 'the link is damaged: its data cannot be decompressed (was it cut short when copied?)' };
  try {
    return { kind: 'ok', portfolio: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'malformed', message: 'the link is damaged: its data is not a readable portfolio document' };
  }
}

/** A link to this page carrying the portfolio. */
export function shareUrl(currentHref: string, portfolio: unknown): string {
  const url = new URL(currentHref);
  url.hash = encodeShareHash(portfolio).slice(1);
  return url.toString();
}
