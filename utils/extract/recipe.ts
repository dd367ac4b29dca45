import { z } from 'zod';
import type { Order } from '../schemas/order';
import { pageKindSchema } from '../schemas/page';
import { parseDate } from './dates';
import { cleanText, labelled, textLines } from './dom';
import { parseMoney } from './money';

/**
 * Teach by pointing: when the user points at a value the reader missed, the place it came from is kept
 * as a recipe: the label printed before it and where the value sits relative to that label (same line
 * or the next one), never a CSS path, so the recipe survives a redesign that keeps the wording. Recipes
 * are plain data (zod-checked) to be stored, listed, exported and imported; applying one only fills a
 * field the reader left empty, and says so.
 */
export const recipeFieldSchema = z.enum([
  'orderId',
  'placedAt',
  'status',
  'seller',
  'paymentMethod',
  'total',
  'subtotal',
  'shipping',
  'tax',
  'refund',
  'trackingNumber',
  'carrier',
]);
export type RecipeField = z.infer<typeof recipeFieldSchema>;

export const recipeSchema = z.object({
  /** Host name the recipe was learned on (www.amazon.de); applied on that host only. */
  site: z.string().min(1),
  kind: pageKindSchema,
  field: recipeFieldSchema,
  /** The label text as printed, without its colon. */
  label: z.string().min(1).max(80),
  /** Where the value sits: after the label on its line, or on the next line. */
  at: z.enum(['same-line', 'next-line']),
  createdAt: z.string(),
});
export type Recipe = z.infer<typeof recipeSchema>;

const MONEY_FIELDS = new Set<RecipeField>(['total', 'subtotal', 'shipping', 'tax', 'refund']);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function accepts(field: RecipeField, value: string): boolean {
  if (MONEY_FIELDS.has(field)) return /[^\d\s.,-]/.test(value) && parseMoney(value) !== undefined;
  if (field === 'placedAt') return parseDate(value) !== undefined;
  if (field === 'orderId' || field === 'trackingNumber')
    return /^[A-Z0-9][A-Z0-9-]{3,40}$/i.test(value) && /\d{3,}/.test(value);
  return value.length > 0 && value.length <= 120;
}

/**
 * A recipe from the element the user pointed at: its text is the value; the label is what the page
 * prints before it on the same line, or the line above. Undefined when no label stands there (a
 * value without a label cannot be found again on another page).
 */
export function learnRecipe(
  picked: Element,
  field: RecipeField,
  site: string,
  kind: Recipe['kind'],
  now = new Date(),
): Recipe | undefined {
  const value = cleanText(picked.textContent);
  if (!value || !accepts(field, value)) return undefined;
  // Climb until the surrounding block shows something besides the value itself.
  let scope: Element = picked;
  for (let i = 0; i < 6 && scope.parentElement; i++) {
    scope = scope.parentElement;
    const lines = textLines(scope);
    const at = lines.findIndex((l) => l.includes(value));
    if (at < 0) continue;
    const before = lines[at]!.slice(0, lines[at]!.indexOf(value))
      .replace(/[:：#\s]+$/, '')
      .trim();
    if (before && /\p{L}/u.test(before) && before.length <= 80)
      return { site, kind, field, label: before, at: 'same-line', createdAt: now.toISOString() };
    const prev = lines[at - 1]?.replace(/[:：#\s]+$/, '').trim();
    if (at > 0 && prev && /\p{L}/u.test(prev) && prev.length <= 80)
      return { site, kind, field, label: prev, at: 'next-line', createdAt: now.toISOString() };
  }
  return undefined;
}

/** The value a recipe finds on a page (its lines), or undefined. */
export function applyRecipe(lines: readonly string[], recipe: Recipe): string | undefined {
  const label = new RegExp(escape(recipe.label));
  const found = labelled(lines, label, (v) => accepts(recipe.field, v));
  if (!found) return undefined;
  const sameLine = found.line.replace(/^\s+/, '').length > recipe.label.length + 2;
  if ((recipe.at === 'same-line') !== sameLine) return undefined;
  return found.value;
}

export interface RecipeOutcome {
  order: Order;
  /** Fields a recipe filled because the reader left them empty: shown as "learned". */
  learned: RecipeField[];
  /** Fields where a recipe found a different value than the reader: nothing is overridden, the user is told. */
  disagreements: { field: RecipeField; read: string; recipe: string }[];
}

function current(order: Order, field: RecipeField): string | undefined {
  if (MONEY_FIELDS.has(field)) {
    const m = order.amounts[field as 'total'];
    return m ? `${m.amount} ${m.currency}` : undefined;
  }
  if (field === 'trackingNumber' || field === 'carrier') return order.shipments[0]?.[field];
  return order[field as 'orderId'];
}

/** Applies the site's recipes for this page kind to one order read from the page. */
export function applyRecipes(
  order: Order,
  root: Node,
  recipes: readonly Recipe[],
  site: string,
  kind: Recipe['kind'],
  currency?: string,
): RecipeOutcome {
  const mine = recipes.filter((r) => r.site === site && r.kind === kind);
  if (!mine.length) return { order, learned: [], disagreements: [] };
  const lines = textLines(root);
  const out: Order = {
    ...order,
    amounts: { ...order.amounts },
    shipments: order.shipments.map((s) => ({ ...s })),
    provenance: { ...order.provenance },
  };
  const learned: RecipeField[] = [];
  const disagreements: RecipeOutcome['disagreements'] = [];
  for (const r of mine) {
    const raw = applyRecipe(lines, r);
    if (!raw) continue;
    const source = `learned: recipe "${r.label}" (${r.at})`;
    let value: string | undefined;
    if (MONEY_FIELDS.has(r.field)) {
      const m = parseMoney(raw, currency);
      if (!m) continue;
      value = `${m.amount} ${m.currency}`;
      if (!current(out, r.field)) out.amounts[r.field as 'total'] = m;
    } else if (r.field === 'placedAt') {
      value = parseDate(raw);
      if (!value) continue;
      if (!out.placedAt) out.placedAt = value;
    } else if (r.field === 'trackingNumber' || r.field === 'carrier') {
      value = raw;
      if (!current(out, r.field)) {
        if (!out.shipments.length) out.shipments.push({});
        out.shipments[0]![r.field] = raw;
      }
    } else {
      value = raw;
      const f = r.field as 'orderId' | 'status' | 'seller' | 'paymentMethod';
      if (!current(out, f)) out[f] = raw;
    }
    const had = current(order, r.field);
    if (had === undefined) {
      learned.push(r.field);
      const key = MONEY_FIELDS.has(r.field)
        ? `amounts.${r.field}`
        : r.field === 'trackingNumber' || r.field === 'carrier'
          ? `shipments.0.${r.field}`
          : r.field;
      out.provenance[key] = source;
    } else if (had !== value) disagreements.push({ field: r.field, read: had, recipe: value });
  }
  return { order: out, learned, disagreements };
}
