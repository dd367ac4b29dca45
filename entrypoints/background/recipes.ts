import type { OrderProofDB } from '../../utils/db/database';
import { correctOrderField } from '../../utils/db/store';
import { backgroundMessages } from '../../utils/messages/background';
import type { MessageRouter } from '../../utils/messaging';
import { siteFamily } from '../../utils/schemas/recipe';
import { saveRecipe } from '../../utils/recipes/store';
import { fromExtensionPage, sendPage } from './tab';

/**
 * Teach by pointing: the popup asks the tab's page tools to let the user point at a field; the page
 * tools report the pick, kept as the user's correction (as typing one would) and, with its recipe, for
 * the next page of that site and kind.
 */
export function registerRecipeMessages(router: MessageRouter, db: OrderProofDB): void {
  router.on(backgroundMessages, {
    'bg.recipe.point': async ({ tabId, evidenceId, field }, sender) => {
      if (!fromExtensionPage(sender)) throw new Error('Only OrderProof’s own pages start pointing');
      return sendPage(tabId, { type: 'tools.point', evidenceId, field });
    },
    'bg.recipe.picked': async ({ evidenceId, field, value, recipe }, sender) => {
      // Only OrderProof's page tools in a tab send this; the recipe is for that tab's own site.
      const site = sender.tab?.url ? siteFamily(sender.tab.url) : undefined;
      if (!site || fromExtensionPage(sender)) throw new Error('A pick comes from the page it was made on');
      if (recipe && (recipe.site !== site || recipe.field !== field))
        throw new Error('The recipe is not for this page’s site and field');
      // A value from another site's page is not this order's: the popup may show a case from elsewhere.
      const item = await db.evidence.get(evidenceId);
      const from = item?.sourceUrl ? siteFamily(item.sourceUrl) : undefined;
      if (from && from !== site) throw new Error(`This order was saved from ${from}, not from this page`);
      await correctOrderField(db, evidenceId, field, value);
      if (recipe) await saveRecipe(db, recipe);
      return { corrected: true as const, learned: Boolean(recipe) };
    },
  });
}
