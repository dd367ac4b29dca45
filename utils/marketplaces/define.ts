import type { PageKind } from '../schemas/page';
import type { Role, UrlPatterns } from './types';

/** The order in which page kinds are tried: the most specific URL shapes first. */
const KIND_ORDER: Exclude<PageKind, 'other'>[] = [
  'invoice',
  'tracking',
  'return',
  'chat',
  'order-detail',
  'order-list',
  'listing',
];

/** What URL patterns are tested against: the URL without its protocol, as types.ts documents. */
export function bareUrl(url: URL): string {
  return `${url.host}${url.pathname}${url.search}`.toLowerCase();
}

export function kindFromUrl(url: URL, urls: UrlPatterns): PageKind {
  const s = bareUrl(url);
  for (const kind of KIND_ORDER) if (urls[kind]?.some((re) => re.test(s))) return kind;
  return 'other';
}

export function roleFromUrl(url: URL, sellerUrls: readonly RegExp[] | undefined): Role {
  const s = bareUrl(url);
  return sellerUrls?.some((re) => re.test(s)) ? 'seller' : 'buyer';
}

/** Manifest match patterns for a list of host names (`*.host` also matches the bare host). */
export function matchesFor(hosts: readonly string[]): string[] {
  return hosts.map((h) => `*://*.${h}/*`);
}

/** Escapes a host for use inside a URL pattern. */
export function hostRe(hosts: readonly string[]): string {
  return `(?:[a-z0-9-]+\\.)*(?:${hosts.map((h) => h.replace(/\./g, '\\.')).join('|')})`;
}
