import { describe, expect, it } from 'vitest';
import { bareUrl, kindFromUrl } from '../../../utils/marketplaces/define';
import { adapterForUrl, contentScriptMatches, marketplaces } from '../../../utils/marketplaces/registry';
import type { PageKind } from '../../../utils/schemas/page';
import { docFromHtml } from './helpers';

const IDS = ['demo-shop', 'amazon', 'ebay', 'aliexpress', 'temu', 'shein', 'tiktok-shop', 'shopee', 'lazada', 'etsy', 'walmart', 'alibaba', 'taobao', 'jd', 'pinduoduo', 'douyin', '1688'];
const empty = docFromHtml('<!DOCTYPE html><html><body></body></html>');

const cases = marketplaces.flatMap((m) =>
  Object.entries(m.testUrls).flatMap(([kind, urls]) => (urls ?? []).map((url) => ({ id: m.id, kind: kind as PageKind, url }))),
);

describe('marketplace registry', () => {
  it('registers exactly the agreed ids, each once', () => {
    expect(marketplaces.map((m) => m.id).sort()).toEqual([...IDS].sort());
  });

  it('gives every adapter test URLs for its order pages', () => {
    for (const m of marketplaces) {
      expect(m.testUrls['order-list']?.length ?? m.testUrls['order-detail']?.length, m.id).toBeGreaterThan(0);
    }
  });

  it('owns no host another adapter owns', () => {
    const seen = new Map<string, string>();
    for (const m of marketplaces) {
      for (const h of m.hosts) {
        expect(seen.get(h), `${h} in ${m.id}`).toBeUndefined();
        seen.set(h, m.id);
      }
    }
  });

  it('builds valid manifest match patterns', () => {
    for (const p of contentScriptMatches()) expect(p).toMatch(/^\*:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });

  describe.each(cases)('$id $kind $url', ({ id, kind, url }) => {
    it('is detected as its own adapter with the right kind', () => {
      const u = new URL(url);
      const adapter = adapterForUrl(u);
      expect(adapter?.id).toBe(id);
      expect(kindFromUrl(u, adapter!.urls)).toBe(kind);
      // demo-shop also requires its page markers; every other adapter decides from the URL when the page shows nothing.
      expect(adapter!.detect(u, empty).kind).toBe(id === 'demo-shop' ? 'other' : kind);
    });

    it('matches no other adapter', () => {
      const s = bareUrl(new URL(url));
      const others = marketplaces.filter((m) => m.id !== id && Object.values(m.urls).some((res) => res?.some((re) => re.test(s))));
      expect(others.map((m) => m.id)).toEqual([]);
    });
  });
});

describe('roles', () => {
  it.each([
    ['https://sellercentral.amazon.com/orders-v3/order/112-1234567-1234567', 'seller'],
    ['https://sellercentral-europe.amazon.com/messaging/inbox', 'seller'],
    ['https://www.amazon.de/gp/your-account/order-history', 'buyer'],
    ['https://trade.taobao.com/trade/itemlist/list_sold_items.htm', 'seller'],
    ['https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm', 'buyer'],
    ['https://mms.pinduoduo.com/orders/list', 'seller'],
    ['https://mobile.yangkeduo.com/orders.html', 'buyer'],
    ['https://fxg.jinritemai.com/ffa/morder/order/list', 'seller'],
    ['https://im.jinritemai.com/pc_seller_v2/main/workspace', 'seller'],
    ['https://air.1688.com/app/ctf-page/trade-order-list/seller-order-list.html', 'seller'],
    ['https://air.1688.com/app/ctf-page/trade-order-list/buyer-order-list.html', 'buyer'],
    ['https://biz.alibaba.com/order/seller/list.htm', 'seller'],
    ['https://biz.alibaba.com/order/list.htm', 'buyer'],
  ])('%s is the %s side', (url, role) => {
    const u = new URL(url);
    expect(adapterForUrl(u)!.detect(u, empty).role).toBe(role);
  });

  it('treats pages of unknown shape on a known host as other', () => {
    const u = new URL('https://www.tiktok.com/@someone/video/123');
    expect(adapterForUrl(u)?.id).toBe('tiktok-shop');
    expect(adapterForUrl(u)!.detect(u, empty).kind).toBe('other');
    expect(adapterForUrl(new URL('https://example.org/orders/1'))).toBeUndefined();
  });
});
