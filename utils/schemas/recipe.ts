import { z } from 'zod';
import { CORRECTABLE_FIELDS, type CorrectableField } from './correction';
import { pageKindSchema, type PageKind } from './page';

/**
 * A recipe remembers where on a site's pages of one kind the user found a field: the label printed
 * beside the value and where the value sits relative to it (the rest of the label's line, or the line
 * after it), read from the page's text lines (utils/extract/dom.ts `textLines`). No CSS path: a recipe
 * survives a redesign that keeps the wording, and finds nothing (never something else) when it does not.
 * Recipes are plain data, zod-checked wherever they cross a boundary (messages, storage, backups).
 */
export const recipeFieldSchema = z.enum(CORRECTABLE_FIELDS);
export type RecipeField = CorrectableField;

/** A host family: the host name without "www."/"m." and without port ("amazon.ca", "shop.example.org"). */
export const siteSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/);

export const recipeLabelSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  // A label is words, not a number: a number beside a value is another value, not a name for it.
  .refine((s) => /\p{L}/u.test(s), { message: 'a label holds letters' });

export const recipeAnchorSchema = z.object({
  /** The label text(s) as printed, without a trailing colon; any one of them anchors the value. */
  labels: z.array(recipeLabelSchema).min(1).max(5),
  /** Where the value sits: after the label on its line, or alone on the line after it. */
  relation: z.enum(['same-line', 'next-line']),
});
export type RecipeAnchor = z.infer<typeof recipeAnchorSchema>;

export const recipeSchema = z
  .object({
    /** One recipe per site, page kind and field: pointing again replaces it. */
    id: z.string().min(1).max(400),
    site: siteSchema,
    kind: pageKindSchema,
    field: recipeFieldSchema,
    anchor: recipeAnchorSchema,
    createdAt: z.number().int().nonnegative(),
    updatedAt: z.number().int().nonnegative(),
    source: z.enum(['learned', 'imported']),
  })
  // The id names what the recipe is for, so that one site, kind and field never has two recipes.
  .refine((r) => r.id === recipeId(r.site, r.kind, r.field), { message: 'the id is "site kind field"', path: ['id'] });
export type Recipe = z.infer<typeof recipeSchema>;

export function recipeId(site: string, kind: PageKind, field: RecipeField): string {
  return `${site} ${kind} ${field}`;
}

/** The host family of an address, or undefined for addresses without a host (file:, about:). */
export function siteFamily(url: string | URL): string | undefined {
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
    const family = host.replace(/^(www\d*|m|smile)\./, '');
    return siteSchema.safeParse(family).success ? family : undefined;
  } catch {
    return undefined;
  }
}

/** Provenance of a value a recipe filled: it starts so, and the popup and library mark the field "learned". */
export const LEARNED_PREFIX = 'learned:';
