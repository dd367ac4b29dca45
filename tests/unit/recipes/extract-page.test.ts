import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { learnFromPick, learnedFields, type Recipe } from '../../../utils/recipes';
import { docFromHtml, loadDoc } from '../../support/dom';
import { repoRoot } from '../../support/fixtures';

/** Recipes run after the adapter and the generic reader, inside extractPage. */
const DEMO_URL = 'https://demo-shop.orderproof.test/orders/DS-20261104-0001.html';
/**
 * The demo order page as if the shop had changed it: the delivered-date line lost the class the demo
 * adapter reads it by, so the adapter reads no delivery date (what a marketplace redesign does).
 */
const demo = () => {
  const doc = loadDoc(path.join(repoRoot, 'tests/demo-shop/site/orders/DS-20261104-0001.html'), DEMO_URL);
  doc.querySelector('.shipment-delivered')?.classList.remove('shipment-delivered');
  return doc;
};

describe('extractPage with recipes', () => {
  // The changed page's delivery date is not read by the adapter; the user points at it once.
  const learned = (): Recipe => {
    const doc = demo();
    const time = [...doc.querySelectorAll('time')].find((t) => t.getAttribute('datetime') === '2026-11-08')!;
    const r = learnFromPick(doc, time, 'deliveredAt', { kind: 'order-detail' }).recipe;
    expect(r?.anchor).toEqual({ labels: ['签收时间 Delivered'], relation: 'same-line' });
    return r!;
  };

  it('fills a field the adapter left empty, marked learned, and says the page may have changed', () => {
    const doc = demo();
    const plain = extractPage(new URL(DEMO_URL), doc);
    expect(plain.orders[0]?.shipments[0]?.deliveredAt).toBeUndefined();
    const page = extractPage(new URL(DEMO_URL), doc, {}, [learned()]);
    expect(page.orders[0]?.shipments[0]?.deliveredAt).toBe('2026-11-08');
    expect(page.orders[0]?.orderId).toBe('DS-20261104-0001');
    expect(learnedFields(page.orders[0]!)).toEqual(['deliveredAt']);
    expect(page.learned).toEqual(['deliveredAt']);
    expect(page.learnedOnAdapterPage).toBe(true);
  });

  it('keeps the adapter’s value where a recipe disagrees, and reports it', () => {
    const doc = demo();
    const wrong: Recipe = {
      ...learned(),
      id: 'demo-shop.orderproof.test order-detail total',
      field: 'total',
      anchor: { labels: ['商品总额 Subtotal'], relation: 'same-line' },
    };
    doc.querySelector('.amount-subtotal')!.textContent = '¥200.00';
    const page = extractPage(new URL(DEMO_URL), doc, {}, [wrong]);
    expect(page.orders[0]?.amounts.total).toEqual({ amount: 237.9, currency: 'CNY' });
    expect(page.recipeConflicts).toEqual([{ field: 'total', read: '237.9 CNY', found: '200 CNY' }]);
    expect(page.learned).toBeUndefined();
  });

  it('reads an order on a site without an adapter from recipes alone, for the user to confirm', () => {
    const url = 'https://shop.example.org/account/view?id=7';
    const a = docFromHtml('<main><p>Bestellnummer</p><p>A-55120931</p><div>nothing else</div></main>', url);
    const recipe = learnFromPick(a, a.querySelectorAll('p')[1]!, 'orderId', { kind: 'order-detail' }).recipe!;
    const b = docFromHtml('<main><p>Bestellnummer</p><p>A-55129999</p></main>', url);
    const page = extractPage(new URL(url), b, {}, [recipe]);
    expect(page.kind).toBe('order-detail');
    expect(page.orders).toHaveLength(1);
    expect(page.orders[0]).toMatchObject({ orderId: 'A-55129999', confidence: 'generic' });
    expect(page.learnedOnAdapterPage).toBeUndefined();
    // Another site's page is left alone.
    const other = extractPage(new URL('https://elsewhere.example/x'), b, {}, [recipe]);
    expect(other.learned).toBeUndefined();
  });
});

describe('recipes on a list of orders', () => {
  const url = 'https://shop.example.org/account/orders';
  const card = (id: string, date: string, paid: string) =>
    `<div class="card"><div>Order number: ${id}</div><div><span>Dispatch</span> <span>${date}</span></div><div>Paid ${paid}</div></div>`;
  const list = (...cards: string[]) => docFromHtml(`<main><h1>Your orders</h1>${cards.join('')}</main>`, url);
  // The user points at the first card's date once; the label "Dispatch" is the recipe.
  const recipe = () => {
    const doc = list(card('70012345', 'March 3, 2025', '$5.00'), card('70012399', 'March 9, 2025', '$7.00'));
    const span = [...doc.querySelectorAll('span')].find((s) => s.textContent === 'March 3, 2025')!;
    return learnFromPick(doc, span, 'placedAt', { kind: 'order-list' }).recipe!;
  };

  it('each order takes the value printed in its own card, marked learned', () => {
    const r = recipe();
    expect(r.anchor.labels[0]).toBe('Dispatch');
    const doc = list(
      card('70012345', 'March 3, 2025', '$5.00'),
      card('70012399', 'March 9, 2025', '$7.00'),
      card('70012400', '', '$1.00'),
    );
    const page = extractPage(new URL(url), doc, {}, [r]);
    expect(page.orders.map((o) => [o.orderId, o.placedAt])).toEqual([
      ['70012345', '2025-03-03'],
      ['70012399', '2025-03-09'],
      ['70012400', undefined],
    ]);
    expect(learnedFields(page.orders[1]!)).toEqual(['placedAt']);
    expect(page.learned).toEqual(['placedAt']);
  });

  it('without recipes, the list reads no date at all (nothing is taken from a neighbouring card)', () => {
    const doc = list(card('70012345', 'March 3, 2025', '$5.00'), card('70012399', 'March 9, 2025', '$7.00'));
    expect(extractPage(new URL(url), doc).orders.map((o) => o.placedAt)).toEqual([undefined, undefined]);
  });
});
