import { cleanText, textLines } from '../extract/dom';
import type { PageKind } from '../schemas/page';
import { findByAnchor } from './apply';
import {
  recipeId,
  recipeSchema,
  siteFamily,
  type Recipe,
  type RecipeAnchor,
  type RecipeField,
} from '../schemas/recipe';
import { plausible, valueKey, type FieldValue } from './validate';

/** How far up from the picked element a label is looked for: wrappers that add no text cost nothing, and
 * the first one that adds text without a label ends the search. */
const MAX_CLIMB = 10;
const trimLabel = (s: string) => s.replace(/[\s:：#]+$/, '').trim();
const isLabel = (s: string) => s.length > 0 && s.length <= 80 && /\p{L}/u.test(s);

export interface Pointed {
  /** What the user pointed at, if it is plausibly the field: kept as the correction. */
  value?: FieldValue;
  /** How to find it again, if a label stands beside it and finds exactly it on this page. */
  recipe?: Recipe;
}

/** A label and relation for `value` in `lines`, if the value's line (or the one above) names it. */
function anchorIn(lines: readonly string[], text: string): RecipeAnchor | undefined {
  const at = lines.findIndex((l) => l.includes(text));
  if (at < 0) return undefined;
  const line = lines[at]!;
  // The value must end its line: what follows it would be read as part of the value next time.
  if (!line.endsWith(text)) return undefined;
  const before = trimLabel(line.slice(0, line.length - text.length));
  if (before) return isLabel(before) ? { labels: [before], relation: 'same-line' } : undefined;
  const prev = at > 0 ? trimLabel(lines[at - 1]!) : '';
  return isLabel(prev) ? { labels: [prev], relation: 'next-line' } : undefined;
}

/** The picked element's own "Label: value" or "Label / value" text, when the user pointed at the pair. */
function ownPair(
  picked: Element,
  field: RecipeField,
  currency: string | undefined,
): { value: FieldValue; anchor: RecipeAnchor } | undefined {
  const lines = textLines(picked);
  if (lines.length === 2) {
    const value = plausible(field, lines[1]!, currency);
    const label = trimLabel(lines[0]!);
    if (value && isLabel(label)) return { value, anchor: { labels: [label], relation: 'next-line' } };
  }
  if (lines.length === 1) {
    const m = /^(.{1,80}?)\s*[:：]\s*(.+)$/.exec(lines[0]!);
    const value = m ? plausible(field, m[2]!, currency) : undefined;
    if (m && value && isLabel(trimLabel(m[1]!)))
      return { value, anchor: { labels: [trimLabel(m[1]!)], relation: 'same-line' } };
  }
  return undefined;
}

/**
 * What the user pointed at for `field`: its value, and a recipe to find it on the next page of this
 * site and kind. The recipe is kept only if it finds exactly this value on this page, so a label that
 * is ambiguous here (a list, a label used twice) teaches nothing.
 */
/**
 * On a list the label repeats in every order's card, each with its own value, so over the whole page it is
 * ambiguous: the recipe holds when, in the smallest element around the picked value that holds the label,
 * the label finds exactly the picked value.
 */
function inOwnCard(
  picked: Element,
  anchor: RecipeAnchor,
  field: RecipeField,
  value: FieldValue,
  currency: string | undefined,
): boolean {
  for (let el = picked.parentElement; el; el = el.parentElement) {
    const f = findByAnchor(textLines(el), anchor, field, currency);
    if (f) return valueKey(f) === valueKey(value);
  }
  return false;
}

export function learnFromPick(
  doc: Document,
  picked: Element,
  field: RecipeField,
  page: { kind: PageKind; currency?: string; now?: number },
): Pointed {
  const { kind, currency, now = Date.now() } = page;
  const site = siteFamily(doc.URL);
  const text = cleanText(picked.textContent);
  if (!text) return {};
  let value = plausible(field, text, currency);
  let anchor: RecipeAnchor | undefined;
  if (!value) {
    const pair = ownPair(picked, field, currency);
    if (!pair) return {};
    ({ value, anchor } = pair);
  } else {
    let scope: Element = picked;
    for (let i = 0; i < MAX_CLIMB && scope.parentElement && !anchor; i++) {
      scope = scope.parentElement;
      const lines = textLines(scope);
      // Past a scope where the value has company but no label, a label higher up would be a guess.
      anchor = anchorIn(lines, text);
      if (!anchor && lines.length > 2) break;
    }
  }
  if (!anchor || !site) return { value };
  const found = findByAnchor(textLines(doc.body ?? doc), anchor, field, currency);
  if (
    (!found || valueKey(found) !== valueKey(value)) &&
    !(kind === 'order-list' && inOwnCard(picked, anchor, field, value, currency))
  )
    return { value };
  const recipe = recipeSchema.parse({
    id: recipeId(site, kind, field),
    site,
    kind,
    field,
    anchor,
    createdAt: now,
    updatedAt: now,
    source: 'learned',
  });
  return { value, recipe };
}

/** A recipe from the element the user pointed at, or undefined when no label finds it again. */
export function learnRecipe(
  doc: Document,
  picked: Element,
  field: RecipeField,
  page: { kind: PageKind; currency?: string },
): Recipe | undefined {
  return learnFromPick(doc, picked, field, page).recipe;
}
