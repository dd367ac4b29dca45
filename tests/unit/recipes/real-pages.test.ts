import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { applyRecipe, learnFromPick, type Recipe } from '../../../utils/recipes';
import { loadDoc } from '../../support/dom';
import { realDir } from '../../support/fixtures';
import { withRecipes } from '../../../utils/recipes/page';

/**
 * Teach by pointing on real saved pages (../shared/fixtures/real, read from there, never copied): learn
 * from one amazon.ca order page, apply on another order of the same site, and find nothing, rather than
 * something wrong, on a page of another layout or language.
 */
const CA = path.join(realDir, 'amazon-ca');
const DE = path.join(realDir, 'amazon-de');
const present = existsSync(CA) && existsSync(DE);

it('uses the shared real pages when present', () => {
  if (!present) console.warn(`recipe real-page tests skipped: ${CA} is absent (a fresh clone has no shared fixtures)`);
  expect(typeof present).toBe('boolean');
});

// Large pages: each is parsed once for the whole file.
const docs = new Map<string, Document>();
const load = (file: string, url: string) => {
  if (!docs.has(file)) docs.set(file, loadDoc(file, url));
  return docs.get(file)!;
};
const detail = (dir: string, site: string, id: string) =>
  load(path.join(dir, `order-details-${id}.html`), `https://www.${site}/gp/your-account/order-details?orderID=${id}`);

/** The innermost element printing exactly `text`, the first one after an element printing `after`. */
function elementPrinting(doc: Document, text: string, after: string): Element {
  const all = [...doc.body.querySelectorAll('*')];
  const start = all.findIndex((e) => e.textContent?.replace(/\s+/g, ' ').trim() === after);
  expect(start, `"${after}" on the page`).toBeGreaterThanOrEqual(0);
  const hit = all
    .slice(start)
    .find(
      (e) =>
        e.textContent?.replace(/\s+/g, ' ').trim() === text &&
        ![...e.children].some((c) => c.textContent?.replace(/\s+/g, ' ').trim() === text),
    );
  expect(hit, `"${text}" after "${after}"`).toBeDefined();
  return hit!;
}

describe.runIf(present)('recipes on real amazon pages', () => {
  const learnOn = detail(CA, 'amazon.ca', '701-0006947-3345801');
  const kind = extractPage(new URL(learnOn.URL), learnOn).kind;
  const learn = (text: string, after: string, field: Recipe['field']) =>
    learnFromPick(learnOn, elementPrinting(learnOn, text, after), field, {
      kind,
      currency: 'CAD',
      now: 1_700_000_000_000,
    });

  it('learns the label and where the value sits, for the site family and page kind', () => {
    const total = learn('$19.20', 'Grand Total:', 'total');
    expect(total.value).toEqual({ kind: 'money', money: { amount: 19.2, currency: 'CAD' } });
    expect(total.recipe).toEqual({
      id: 'amazon.ca order-detail total',
      site: 'amazon.ca',
      kind: 'order-detail',
      field: 'total',
      anchor: { labels: ['Grand Total'], relation: 'next-line' },
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
      source: 'learned',
    });
    expect(learn('April 5, 2024', 'Order placed', 'placedAt').recipe?.anchor).toEqual({
      labels: ['Order placed'],
      relation: 'next-line',
    });
  });

  it('finds the same fields on another order of the same site', () => {
    const other = detail(CA, 'amazon.ca', '702-2442103-9581055');
    const total = learn('$19.20', 'Grand Total:', 'total').recipe!;
    const placed = learn('April 5, 2024', 'Order placed', 'placedAt').recipe!;
    const pay = learn('Mastercardending in 1301', 'Payment Methods', 'paymentMethod').recipe!;
    expect(applyRecipe(other, total, 'CAD')).toEqual({ kind: 'money', money: { amount: 1479.15, currency: 'CAD' } });
    expect(applyRecipe(other, placed)).toEqual({ kind: 'date', date: '2023-12-26' });
    expect(applyRecipe(other, pay)).toEqual({ kind: 'text', text: 'Mastercardending in 1301' });
  });

  it('finds nothing on a page of another layout or language, never a wrong value', () => {
    const total = learn('$19.20', 'Grand Total:', 'total').recipe!;
    const placed = learn('April 5, 2024', 'Order placed', 'placedAt').recipe!;
    // The order list prints "Order placed" once per order, each with its own date: ambiguous, so unknown.
    const list = load(path.join(CA, 'orders_0.html'), 'https://www.amazon.ca/gp/css/order-history');
    expect(applyRecipe(list, placed)).toBeUndefined();
    expect(applyRecipe(list, total)).toBeUndefined();
    // amazon.de prints its labels in German: the English recipe finds nothing there.
    const de = detail(DE, 'amazon.de', '302-1027899-2645350');
    expect(applyRecipe(de, total)).toBeUndefined();
    expect(applyRecipe(de, placed)).toBeUndefined();
  });

  it('on a list, a label repeated in every card is a recipe read card by card; as a one-order recipe it is refused', () => {
    const url = 'https://www.amazon.ca/gp/css/order-history';
    const list = load(path.join(CA, 'orders_0.html'), url);
    const at = () => elementPrinting(list, 'December 10, 2024', 'Order placed');
    // As an order page's recipe the label finds ten dates: refused; the pointed value stays the correction.
    const single = learnFromPick(list, at(), 'placedAt', { kind: 'order-detail' });
    expect(single.value).toEqual({ kind: 'date', date: '2024-12-10' });
    expect(single.recipe).toBeUndefined();
    // As the list's recipe it finds, in each card, that order's own date: the adapter's dates, no conflict.
    const recipe = learnFromPick(list, at(), 'placedAt', { kind: 'order-list' }).recipe;
    expect(recipe?.anchor.labels[0]).toMatch(/Order placed/i);
    const read = extractPage(new URL(url), list);
    expect(extractPage(new URL(url), list, {}, recipe ? [recipe] : []).recipeConflicts).toBeUndefined();
    // Had the adapter missed the dates, the recipe would give each order its own.
    const undated = {
      ...read,
      orders: read.orders.map((o) => {
        const copy = { ...o, provenance: { ...o.provenance } };
        delete copy.placedAt;
        return copy;
      }),
    };
    const learned = withRecipes(undated, new URL(url), list, recipe ? [recipe] : []);
    expect(learned.learned).toEqual(['placedAt']);
    expect(learned.orders.map((o) => o.placedAt)).toEqual(read.orders.map((o) => o.placedAt));
    expect(new Set(read.orders.map((o) => o.placedAt)).size).toBeGreaterThan(1);
  });
});
