import { describe, expect, it } from 'vitest';
import { chatAdapterForUrl, chatAdapters, chatContentMatches } from '../../../utils/chat/registry';
import { marketplaces } from '../../../utils/marketplaces/registry';

/** A manifest match pattern as a RegExp over a full URL (scheme, host, path and query). */
function matchRe(pattern: string): RegExp {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`bad match pattern ${pattern}`);
  const [, scheme, host, path] = m;
  const h = host!.startsWith('*.') ? `(?:[^/]+\\.)?${host!.slice(2).replace(/\./g, '\\.')}` : host!.replace(/\./g, '\\.');
  const p = path!.split('*').map((s) => s.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${scheme === '*' ? 'https?' : scheme}://${h}${p}$`);
}

describe('chat adapter registry', () => {
  it('has unique ids, each a known marketplace', () => {
    const ids = chatAdapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(marketplaces.some((m) => m.id === id)).toBe(true);
  });

  it('claims every chat URL the marketplace adapters list, and the content script is registered there', () => {
    const patterns = chatContentMatches().map(matchRe);
    for (const chat of chatAdapters) {
      const market = marketplaces.find((m) => m.id === chat.id)!;
      const urls = market.testUrls.chat ?? [];
      expect(urls.length, chat.id).toBeGreaterThan(0);
      for (const u of urls) {
        const url = new URL(u);
        expect(chatAdapterForUrl(url)?.id, u).toBe(chat.id);
        const noHash = `${url.origin}${url.pathname}${url.search}`;
        expect(patterns.some((re) => re.test(noHash)), `content script on ${u}`).toBe(true);
      }
    }
  });

  it('leaves non-chat pages alone', () => {
    for (const u of ['https://www.amazon.com/gp/your-account/order-details?orderID=114-3941689-8772232', 'https://www.ebay.com/itm/1', 'https://demo-shop.orderproof.test/orders/DS-20261104-0001.html']) {
      expect(chatAdapterForUrl(new URL(u)), u).toBeUndefined();
    }
  });

  it('every variant names at least a list, a message and its text', () => {
    for (const a of chatAdapters) for (const v of a.variants) expect(v.list && v.message && v.text, a.id).toBeTruthy();
  });
});
