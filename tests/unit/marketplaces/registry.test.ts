import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chatAdapterForUrl, chatAdapters, chatContentMatches } from '../../../utils/marketplaces/chat-registry';
import { bareUrl, kindFromUrl } from '../../../utils/marketplaces/define';
import { adapterForUrl, contentScriptMatches, marketplaces } from '../../../utils/marketplaces/registry';
import type { MarketplaceAdapter } from '../../../utils/marketplaces/types';
import { PLATFORM_IDS, rulesFor } from '../../../utils/rules';
import { PLATFORMS_WITHOUT_PAGES } from '../../../utils/rules/ids';
import type { PageKind } from '../../../utils/schemas/page';
import { docFromHtml } from '../../support/dom';
import { ownDir, realDir, repoRoot } from '../../support/fixtures';

/**
 * The one registry test. A marketplace is a folder under utils/marketplaces/ (`index.ts`, its chat spec in
 * `chat.ts` when OrderProof reads its chat), a line in registry.ts (and chat-registry.ts), a rules entry and
 * fixture pages. Each check below names the marketplace that breaks it.
 */
const marketDir = path.join(repoRoot, 'utils/marketplaces');
const folders = readdirSync(marketDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const withChat = folders.filter((id) => existsSync(path.join(marketDir, id, 'chat.ts')));
const empty = docFromHtml('<!DOCTYPE html><html><body></body></html>');

/** Fixture pages: our own (tests/fixtures/marketplaces/<id>), the shared real pages (<id> or <id>-*), or the demo shop. */
function fixtureDirs(id: string): string[] {
  const own = path.join(ownDir, id);
  const real = existsSync(realDir)
    ? readdirSync(realDir)
        .filter((d) => d === id || d.startsWith(`${id}-`))
        .map((d) => path.join(realDir, d))
    : [];
  const demo = id === 'demo-shop' ? [path.join(repoRoot, 'tests/demo-shop/site/orders')] : [];
  return [own, ...real, ...demo].filter((d) => existsSync(d) && readdirSync(d).some((f) => f.endsWith('.html')));
}

/** Import lines of a file, joined (multi-line imports included). */
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^import\s[\s\S]*?from\s+'[^']+';/gm)].map((m) => m[0]);
}

const cases = marketplaces.flatMap((m) =>
  Object.entries(m.testUrls).flatMap(([kind, urls]) =>
    (urls ?? []).map((url) => ({ id: m.id, kind: kind as PageKind, url })),
  ),
);

/** A manifest match pattern as a RegExp over a full URL (scheme, host, path and query). */
function matchRe(pattern: string): RegExp {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`bad match pattern ${pattern}`);
  const [, scheme, host, p] = m;
  const h = host!.startsWith('*.')
    ? `(?:[^/]+\\.)?${host!.slice(2).replace(/\./g, '\\.')}`
    : host!.replace(/\./g, '\\.');
  const rest = p!
    .split('*')
    .map((s) => s.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${scheme === '*' ? 'https?' : scheme}://${h}${rest}$`);
}

describe('every marketplace folder is one complete marketplace', () => {
  it('the shared real fixtures are present (CI always has them)', () => {
    expect(existsSync(realDir), realDir).toBe(true);
  });

  it('registry.ts lists exactly the folders, each id once', () => {
    expect(marketplaces.map((m) => m.id).sort()).toEqual(folders);
  });

  it('chat-registry.ts lists exactly the folders with a chat.ts', () => {
    expect(chatAdapters.map((a) => a.id).sort()).toEqual(withChat);
  });

  it('rules exist for exactly the registered marketplaces, and the platforms with no page to read', () => {
    expect(PLATFORM_IDS.filter((id) => !PLATFORMS_WITHOUT_PAGES.includes(id)).sort()).toEqual(folders);
  });

  it('a platform with no page to read really has no marketplace folder', () => {
    for (const id of PLATFORMS_WITHOUT_PAGES) expect(folders, id).not.toContain(id);
  });

  for (const id of folders) {
    const adapter = (): MarketplaceAdapter => {
      const m = marketplaces.find((a) => a.id === id);
      if (!m) throw new Error(`${id} is not in registry.ts`);
      return m;
    };

    it(`${id}: index.ts exports the registered adapter`, async () => {
      const mod = (await import(path.join(marketDir, id, 'index.ts'))) as Record<string, unknown>;
      expect(Object.values(mod)).toContain(adapter());
    });

    it(`${id}: its chat spec is the adapter's own, and is in the chat registry`, () => {
      const chat = chatAdapters.find((a) => a.id === id);
      expect(adapter().chat).toBe(chat);
    });

    it(`${id}: has a buyer rules entry, every rule with steps`, () => {
      const rules = rulesFor(id, 'buyer');
      expect(rules.length).toBeGreaterThan(0);
      for (const r of rules) expect(r.steps.length, r.id).toBeGreaterThan(0);
    });

    it(`${id}: has fixture pages`, () => {
      expect(fixtureDirs(id)).not.toEqual([]);
    });

    it(`${id}: test URLs cover its order pages`, () => {
      const t = adapter().testUrls;
      expect((t['order-list']?.length ?? 0) + (t['order-detail']?.length ?? 0)).toBeGreaterThan(0);
    });
  }

  for (const id of withChat) {
    it(`${id}: chat.ts imports types only, so the chat script stays small`, () => {
      const values = importsOf(path.join(marketDir, id, 'chat.ts')).filter((line) => !/^import\s+type\s/.test(line));
      expect(values).toEqual([]);
    });
  }
});

describe('URLs', () => {
  it('no host is owned by two adapters', () => {
    const owners = marketplaces.flatMap((m) => m.hosts.map((h) => `${h} ${m.id}`));
    const hosts = owners.map((o) => o.split(' ')[0]);
    expect(owners.filter((_, i) => hosts.indexOf(hosts[i]) !== i)).toEqual([]);
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
      const others = marketplaces.filter(
        (m) => m.id !== id && Object.values(m.urls).some((res) => res?.some((re) => re.test(s))),
      );
      expect(others.map((m) => m.id)).toEqual([]);
    });
  });
});

describe('chat URLs', () => {
  const patterns = chatContentMatches().map(matchRe);
  const chatCases = chatAdapters.flatMap((chat) =>
    (marketplaces.find((m) => m.id === chat.id)?.testUrls.chat ?? []).map((url) => ({ id: chat.id, url })),
  );

  it.each(chatAdapters.map((a) => a.id))('%s lists chat test URLs', (id) => {
    expect(chatCases.filter((c) => c.id === id).length).toBeGreaterThan(0);
  });

  describe.each(chatCases)('$id $url', ({ id, url }) => {
    it('is claimed by its chat spec', () => {
      expect(chatAdapterForUrl(new URL(url))?.id).toBe(id);
    });

    it('has the chat content script registered', () => {
      const u = new URL(url);
      expect(patterns.some((re) => re.test(`${u.origin}${u.pathname}${u.search}`))).toBe(true);
    });
  });

  it.each([
    'https://www.amazon.com/gp/your-account/order-details?orderID=114-3941689-8772232',
    'https://www.ebay.com/itm/1',
    'https://demo-shop.orderproof.test/orders/DS-20261104-0001.html',
  ])('leaves the non-chat page %s alone', (url) => {
    expect(chatAdapterForUrl(new URL(url))).toBeUndefined();
  });

  it.each(chatAdapters.flatMap((a) => a.variants.map((v, i) => ({ id: a.id, i, v }))))(
    '$id variant $i names a list, a message and its text',
    ({ v }) => {
      expect(v.list).not.toBe('');
      expect(v.message).not.toBe('');
      expect(v.text).not.toBe('');
    },
  );
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
  });

  it('knows no adapter for an unknown host', () => {
    expect(adapterForUrl(new URL('https://example.org/orders/1'))).toBeUndefined();
  });
});
