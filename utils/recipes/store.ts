import { z } from 'zod';
import type { OrderProofDB } from '../db/database';
import { recipeLabelSchema, recipeSchema, siteFamily, type Recipe } from '../schemas/recipe';

/** Every recipe, by site then field, as the settings list them. */
export async function listRecipes(db: OrderProofDB): Promise<Recipe[]> {
  const all = await db.recipes.toArray();
  return all.sort((a, b) => a.site.localeCompare(b.site) || a.id.localeCompare(b.id));
}

/** The recipes of one page's site (its host family); none for an address without a host. */
export async function recipesForUrl(db: OrderProofDB, url: string | undefined): Promise<Recipe[]> {
  const site = url ? siteFamily(url) : undefined;
  if (!site) return [];
  return (await db.recipes.where('site').equals(site).toArray()).flatMap((r) => {
    const ok = recipeSchema.safeParse(r);
    return ok.success ? [ok.data] : [];
  });
}

/** Keeps a recipe learned by pointing; pointing again at the same field replaces the old one. */
export async function saveRecipe(db: OrderProofDB, recipe: Recipe): Promise<void> {
  const r = recipeSchema.parse(recipe);
  await db.transaction('rw', db.recipes, async () => {
    const old = await db.recipes.get(r.id);
    await db.recipes.put(old ? { ...r, createdAt: old.createdAt } : r);
  });
}

export async function deleteRecipe(db: OrderProofDB, id: string): Promise<void> {
  await db.recipes.delete(id);
}

/** The user's edit of a recipe's labels (one or more, any of which anchors the value). */
export async function setRecipeLabels(db: OrderProofDB, id: string, labels: readonly string[], now = Date.now()) {
  const parsed = z.array(recipeLabelSchema).min(1).max(5).parse(labels);
  await db.transaction('rw', db.recipes, async () => {
    const old = await db.recipes.get(id);
    if (!old) throw new Error('This recipe no longer exists');
    await db.recipes.put(recipeSchema.parse({ ...old, anchor: { ...old.anchor, labels: parsed }, updatedAt: now }));
  });
}

/** A file of recipes to share (settings' export), and what a backup carries. */
export const recipeFileSchema = z.object({
  format: z.literal('orderproof-recipes'),
  version: z.literal(1),
  recipes: z.array(recipeSchema).max(10_000),
});
export type RecipeFile = z.infer<typeof recipeFileSchema>;

export async function exportRecipes(db: OrderProofDB): Promise<RecipeFile> {
  return { format: 'orderproof-recipes', version: 1, recipes: await listRecipes(db) };
}

/**
 * Adds recipes from a backup or another user's file, each checked against the schema by the caller.
 * A recipe the user already has for the same site, kind and field is kept: an import never replaces
 * what the user taught. Imported ones are marked so in the settings.
 */
export async function importRecipes(
  db: OrderProofDB,
  recipes: readonly Recipe[],
): Promise<{ added: number; kept: number }> {
  let added = 0;
  await db.transaction('rw', db.recipes, async () => {
    for (const r of recipes) {
      if (await db.recipes.get(r.id)) continue;
      await db.recipes.add(recipeSchema.parse({ ...r, source: 'imported' }));
      added += 1;
    }
  });
  return { added, kept: recipes.length - added };
}
