import { describe, expect, it } from 'vitest';
import { applyRecipes, learnRecipe, recipeSchema, type Recipe } from '../../../utils/extract/recipe';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { docFromHtml } from '../../support/dom';

/** Teach by pointing, without the page UI: learn from a pointed element, apply on the next page of that kind. */
describe('recipes learned by pointing', () => {
  const site = 'shop.example.org';
  const pageA = `<div class="summary"><div class="r"><span class="k">Montant réglé</span><span class="v" id="pick">42,10 €</span></div>
    <div class="r"><span class="k">Référence</span></div><div class="r"><span id="ref">CMD-77812345</span></div></div>`;
  // The next page of that kind: different markup, same wording.
  const pageB = `<section><p>Référence</p><p>CMD-99912345</p><table><tr><td>Montant réglé</td><td>18,00 €</td></tr></table></section>`;

  it('learns label text and position, not a CSS path, and the recipe round-trips through its schema', () => {
    const doc = docFromHtml(pageA);
    const total = learnRecipe(
      doc.getElementById('pick')!,
      'total',
      site,
      'order-detail',
      new Date('2026-01-01T00:00:00Z'),
    );
    const id = learnRecipe(
      doc.getElementById('ref')!,
      'orderId',
      site,
      'order-detail',
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(total).toEqual({
      site,
      kind: 'order-detail',
      field: 'total',
      label: 'Montant réglé',
      at: 'same-line',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    expect(id).toMatchObject({ label: 'Référence', at: 'next-line' });
    expect(recipeSchema.parse(JSON.parse(JSON.stringify(total)))).toEqual(total);
  });

  it('fills the fields the reader missed on the next page, marked learned', () => {
    const a = docFromHtml(pageA);
    const recipes = [
      learnRecipe(a.getElementById('pick')!, 'total', site, 'order-detail')!,
      learnRecipe(a.getElementById('ref')!, 'orderId', site, 'order-detail')!,
    ];
    const url = new URL(`https://${site}/orders/2`);
    const b = docFromHtml(pageB, url.href);
    const read = extractPage(url, b);
    const base = read.orders[0] ?? {
      marketplace: 'generic',
      items: [],
      amounts: {},
      shipments: [],
      provenance: {},
      confidence: 'generic' as const,
    };
    const r = applyRecipes(base, b.body, recipes, site, 'order-detail', 'EUR');
    expect(r.order.orderId).toBe('CMD-99912345');
    expect(r.order.amounts.total).toEqual({ amount: 18, currency: 'EUR' });
    expect(r.learned.sort()).toEqual(['orderId', 'total']);
    expect(r.order.provenance['amounts.total']).toMatch(/^learned: recipe "Montant réglé"/);
  });

  it('never overrides a value the reader read: a different value is reported, not applied', () => {
    const recipe: Recipe = {
      site,
      kind: 'order-detail',
      field: 'total',
      label: 'Montant réglé',
      at: 'same-line',
      createdAt: '2026-01-01T00:00:00Z',
    };
    const doc = docFromHtml('<p>Montant réglé 20,00 €</p>');
    const order = {
      marketplace: 'x',
      items: [],
      amounts: { total: { amount: 18, currency: 'EUR' } },
      shipments: [],
      provenance: {},
      confidence: 'adapter' as const,
    };
    const r = applyRecipes(order, doc.body, [recipe], site, 'order-detail', 'EUR');
    expect(r.order.amounts.total).toEqual({ amount: 18, currency: 'EUR' });
    expect(r.disagreements).toEqual([{ field: 'total', read: '18 EUR', recipe: '20 EUR' }]);
    expect(r.learned).toEqual([]);
  });

  it('applies only on its own site and page kind, and learns nothing from a value without a label', () => {
    const recipe: Recipe = {
      site,
      kind: 'order-detail',
      field: 'total',
      label: 'Montant réglé',
      at: 'same-line',
      createdAt: '2026-01-01T00:00:00Z',
    };
    const doc = docFromHtml('<p>Montant réglé 20,00 €</p>');
    const empty = {
      marketplace: 'x',
      items: [],
      amounts: {},
      shipments: [],
      provenance: {},
      confidence: 'generic' as const,
    };
    expect(applyRecipes(empty, doc.body, [recipe], 'other.example', 'order-detail').learned).toEqual([]);
    expect(applyRecipes(empty, doc.body, [recipe], site, 'invoice').learned).toEqual([]);
    const bare = docFromHtml('<div><div><span id="v">20,00 €</span></div></div>');
    expect(learnRecipe(bare.getElementById('v')!, 'total', site, 'order-detail')).toBeUndefined();
  });
});
