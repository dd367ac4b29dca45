import { describe, expect, it } from 'vitest';
import {
  applyRecipe,
  applyRecipes,
  learnedFields,
  learnFromPick,
  plausible,
  recipeSchema,
  siteFamily,
  type Recipe,
} from '../../../utils/recipes';
import type { Order } from '../../../utils/schemas/order';
import { docFromHtml } from '../../support/dom';

const URL_A = 'https://www.shop.example.org/orders/1';
const pageA = `<div class="summary"><div class="r"><span class="k">Montant réglé</span><span class="v" id="pick">42,10 €</span></div>
  <div class="r"><span class="k">Référence</span></div><div class="r"><span id="ref">CMD-77812345</span></div>
  <p>Livré le : <time id="when">3 mars 2026</time></p></div>`;
// The next page of that kind: other markup, same wording.
const pageB = `<section><p>Référence</p><p>CMD-99912345</p><table><tr><td>Montant réglé</td><td>18,00 €</td></tr></table></section>`;

const recipe = (over: Partial<Recipe> = {}): Recipe => ({
  id: 'shop.example.org order-detail total',
  site: 'shop.example.org',
  kind: 'order-detail',
  field: 'total',
  anchor: { labels: ['Total'], relation: 'same-line' },
  createdAt: 1,
  updatedAt: 1,
  source: 'learned',
  ...over,
});
const empty = (over: Partial<Order> = {}): Order => ({
  marketplace: 'generic',
  items: [],
  amounts: {},
  shipments: [],
  provenance: {},
  confidence: 'generic',
  ...over,
});

describe('learning from a pointed element', () => {
  const a = docFromHtml(pageA, URL_A);
  const learn = (id: string, field: Recipe['field']) =>
    learnFromPick(a, a.getElementById(id)!, field, { kind: 'order-detail', now: 5 });

  it('keeps the label and where the value sits, for the host family, and round-trips through its schema', () => {
    const total = learn('pick', 'total');
    expect(total.value).toEqual({ kind: 'money', money: { amount: 42.1, currency: 'EUR' } });
    expect(total.recipe).toMatchObject({
      site: 'shop.example.org',
      anchor: { labels: ['Montant réglé'], relation: 'same-line' },
      source: 'learned',
    });
    expect(learn('ref', 'orderId').recipe?.anchor).toEqual({ labels: ['Référence'], relation: 'next-line' });
    expect(learn('when', 'deliveredAt').recipe?.anchor).toEqual({ labels: ['Livré le'], relation: 'same-line' });
    expect(recipeSchema.parse(JSON.parse(JSON.stringify(total.recipe)))).toEqual(total.recipe);
  });

  it('keeps neither value nor recipe for a pick that is not plausibly the field', () => {
    expect(learn('ref', 'total')).toEqual({});
    expect(learn('pick', 'placedAt')).toEqual({});
  });

  it('keeps the value but learns no recipe when no label stands beside it', () => {
    const bare = docFromHtml('<div><div><span id="v">20,00 €</span></div></div>', URL_A);
    const p = learnFromPick(bare, bare.getElementById('v')!, 'total', { kind: 'order-detail' });
    expect(p.value).toBeDefined();
    expect(p.recipe).toBeUndefined();
  });

  it('names the host family without www or port', () => {
    expect(siteFamily('https://www.amazon.ca/gp/x')).toBe('amazon.ca');
    expect(siteFamily('http://demo-shop.orderproof.test:8080/orders/a.html')).toBe('demo-shop.orderproof.test');
    expect(siteFamily('file:///tmp/a.html')).toBeUndefined();
  });
});

describe('applying recipes', () => {
  it('fills what the reader left empty on the next page, marked learned', () => {
    const a = docFromHtml(pageA, URL_A);
    const b = docFromHtml(pageB, 'https://shop.example.org/orders/2');
    const recipes = ['pick', 'ref'].map(
      (id, i) => learnFromPick(a, a.getElementById(id)!, i ? 'orderId' : 'total', { kind: 'order-detail' }).recipe!,
    );
    const r = applyRecipes(empty(), b, recipes);
    expect(r.order.orderId).toBe('CMD-99912345');
    expect(r.order.amounts.total).toEqual({ amount: 18, currency: 'EUR' });
    expect(r.learned.sort()).toEqual(['orderId', 'total']);
    expect(learnedFields(r.order).sort()).toEqual(['orderId', 'total']);
  });

  it('never replaces a value the reader read: a different finding is reported, not applied', () => {
    const doc = docFromHtml('<p>Total: 20,00 €</p>');
    const read = empty({ amounts: { total: { amount: 18, currency: 'EUR' } }, confidence: 'adapter' });
    const r = applyRecipes(read, doc, [recipe()]);
    expect(r.order.amounts.total).toEqual({ amount: 18, currency: 'EUR' });
    expect(r.disagreements).toEqual([{ field: 'total', read: '18 EUR', found: '20 EUR' }]);
    expect(r.learned).toEqual([]);
    expect(learnedFields(r.order)).toEqual([]);
  });

  it('yields unknown for an implausible, ambiguous or longer-label match', () => {
    const total = recipe();
    expect(applyRecipe(docFromHtml('<p>Total: see below</p>'), total)).toBeUndefined();
    expect(applyRecipe(docFromHtml('<p>Total: 5 €</p><p>Total: 7 €</p>'), total)).toBeUndefined();
    expect(applyRecipe(docFromHtml('<p>Total before tax: 5 €</p>'), total)).toBeUndefined();
    expect(applyRecipe(docFromHtml('<p>Totals: 5 €</p>'), total)).toBeUndefined();
    // The same value twice is one finding.
    expect(applyRecipe(docFromHtml('<p>Total: 5 €</p><p>Total: 5,00 €</p>'), total)).toEqual({
      kind: 'money',
      money: { amount: 5, currency: 'EUR' },
    });
    // A bare "$" names no currency: unknown unless the page's currency is known.
    expect(applyRecipe(docFromHtml('<p>Total: $5.00</p>'), total)).toBeUndefined();
    expect(applyRecipe(docFromHtml('<p>Total: $5.00</p>'), total, 'CAD')).toEqual({
      kind: 'money',
      money: { amount: 5, currency: 'CAD' },
    });
    const next = recipe({ field: 'placedAt', anchor: { labels: ['Ordered'], relation: 'next-line' } });
    expect(applyRecipe(docFromHtml('<p>Ordered</p><p>soon</p>'), next)).toBeUndefined();
    expect(applyRecipe(docFromHtml('<p>Ordered</p><p>March 3, 2026</p>'), next)).toEqual({
      kind: 'date',
      date: '2026-03-03',
    });
    // The relation is part of the recipe: a value on the label's own line is not "the next line".
    expect(applyRecipe(docFromHtml('<p>Ordered March 3, 2026</p><p>May 1, 2026</p>'), next)).toBeUndefined();
  });

  it('checks every field for plausibility', () => {
    expect(plausible('orderId', '# 701-4214685-8043423')).toEqual({ kind: 'text', text: '701-4214685-8043423' });
    expect(plausible('orderId', 'View order details')).toBeUndefined();
    expect(plausible('trackingNumber', 'ABCDEF')).toBeUndefined();
    expect(plausible('seller', '12,00 €')).toBeUndefined();
    expect(plausible('carrier', 'March 3, 2026')).toBeUndefined();
    expect(plausible('seller', 'Qinghe Home')).toEqual({ kind: 'text', text: 'Qinghe Home' });
    expect(plausible('total', '5 € (incl. 1 € VAT)')).toBeUndefined();
    expect(plausible('placedAt', 'March 3')).toBeUndefined();
  });
});
