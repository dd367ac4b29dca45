import { textLines } from '../extract/dom';
import type { Order } from '../schemas/order';
import type { PageKind } from '../schemas/page';
import { CORRECTABLE_FIELDS } from '../schemas/correction';
import { LEARNED_PREFIX, type Recipe, type RecipeAnchor, type RecipeField } from '../schemas/recipe';
import { plausible, valueKey, type FieldValue } from './validate';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A label at the start of a line, not the start of a longer word ("Total" is not "Totals"). */
function labelPattern(label: string): RegExp {
  const words = escape(label.trim()).replace(/\s+/g, '\\s*');
  return new RegExp(`^${words}(?!\\p{L})(?:\\s*[(（][^)）]{0,80}[)）])?\\s*[:：#]?\\s*(.*)$`, 'iu');
}

/**
 * The value an anchor finds in a page's lines, or undefined when it finds none, or finds different
 * plausible values in different places (ambiguous: a list of orders, a label used twice).
 */
export function findByAnchor(
  lines: readonly string[],
  anchor: RecipeAnchor,
  field: RecipeField,
  currency?: string,
): FieldValue | undefined {
  const found = new Map<string, FieldValue>();
  for (const label of anchor.labels) {
    const re = labelPattern(label);
    for (let i = 0; i < lines.length; i++) {
      const m = re.exec(lines[i]!);
      if (!m) continue;
      const rest = (m[1] ?? '').trim();
      const raw = anchor.relation === 'same-line' ? rest : rest ? '' : (lines[i + 1] ?? '');
      const value = raw ? plausible(field, raw, currency) : undefined;
      if (value) found.set(valueKey(value), value);
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * The value a recipe finds on a page, validated for its field; undefined means unknown. `currency`: the
 * page's own currency where the reader knows it, for amounts printed with a bare "$" or "¥".
 */
export function applyRecipe(doc: Document | Node, recipe: Recipe, currency?: string): FieldValue | undefined {
  const root = 'body' in doc && doc.body ? doc.body : doc;
  return findByAnchor(textLines(root), recipe.anchor, recipe.field, currency);
}

/** The currency an order's other amounts are in, if any. */
export function orderCurrency(order: Order): string | undefined {
  return (
    Object.values(order.amounts).find((m) => m)?.currency ?? order.items.find((i) => i.unitPrice)?.unitPrice?.currency
  );
}

/** The recipes that apply to a page: its site, its kind. */
export function recipesFor(recipes: readonly Recipe[], site: string | undefined, kind: PageKind): Recipe[] {
  return site ? recipes.filter((r) => r.site === site && r.kind === kind) : [];
}

export function provenanceKey(field: RecipeField): string {
  if (field === 'total') return 'amounts.total';
  if (field === 'carrier' || field === 'trackingNumber' || field === 'deliveredAt') return `shipments.0.${field}`;
  return field;
}

/** What the order holds for a field, as a value to compare with a recipe's. */
function current(order: Order, field: RecipeField): string | undefined {
  if (field === 'total') {
    const m = order.amounts.total;
    return m ? `${m.amount} ${m.currency}` : undefined;
  }
  if (field === 'carrier' || field === 'trackingNumber' || field === 'deliveredAt') return order.shipments[0]?.[field];
  return order[field];
}

function write(order: Order, field: RecipeField, value: FieldValue): void {
  if (field === 'total') {
    if (value.kind === 'money') order.amounts.total = value.money;
    return;
  }
  const text = value.kind === 'date' ? value.date : value.kind === 'text' ? value.text : undefined;
  if (!text) return;
  if (field === 'carrier' || field === 'trackingNumber' || field === 'deliveredAt') {
    if (!order.shipments.length) order.shipments.push({});
    order.shipments[0]![field] = text;
    return;
  }
  order[field] = text;
}

export interface RecipeOutcome {
  order: Order;
  /** Fields a recipe filled because the reader left them empty: shown as "learned". */
  learned: RecipeField[];
  /** Where a recipe found another value than the reader read: the reader's is kept, the user is told. */
  disagreements: { field: RecipeField; read: string; found: string }[];
}

/**
 * Fills the fields of one order that the reader left empty with what the recipes find on the page.
 * Never replaces a value the reader read: a different finding is reported, not applied.
 */
export function applyRecipes(order: Order, root: Document | Node, recipes: readonly Recipe[]): RecipeOutcome {
  if (!recipes.length) return { order, learned: [], disagreements: [] };
  const out: Order = {
    ...order,
    amounts: { ...order.amounts },
    shipments: order.shipments.map((s) => ({ ...s })),
    provenance: { ...order.provenance },
  };
  const learned: RecipeField[] = [];
  const disagreements: RecipeOutcome['disagreements'] = [];
  for (const r of recipes) {
    const value = applyRecipe(root, r, orderCurrency(order));
    if (!value) continue;
    const had = current(order, r.field);
    if (had === undefined) {
      if (learned.includes(r.field)) continue;
      write(out, r.field, value);
      out.provenance[provenanceKey(r.field)] =
        `${LEARNED_PREFIX} "${r.anchor.labels[0]}" (${r.anchor.relation}, ${r.source})`;
      learned.push(r.field);
    } else if (had !== valueKey(value)) disagreements.push({ field: r.field, read: had, found: valueKey(value) });
  }
  return { order: out, learned, disagreements };
}

/** The fields of an order that a recipe filled. */
export function learnedFields(order: Order): RecipeField[] {
  const out: RecipeField[] = [];
  for (const f of CORRECTABLE_FIELDS) if (order.provenance[provenanceKey(f)]?.startsWith(LEARNED_PREFIX)) out.push(f);
  return out;
}
