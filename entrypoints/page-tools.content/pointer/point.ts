import { t, type MessageKey } from '../../../utils/i18n';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { backgroundMessages } from '../../../utils/messages/background';
import { sendRuntime } from '../../../utils/messaging';
import { correctionValue, learnFromPick, type RecipeField } from '../../../utils/recipes';
import { pageCurrency, recipeKind } from '../../../utils/recipes/page';
import { errorText } from '../../../utils/error-text';
import { pointAtElement } from './overlay';

type Show = (text: string, done: boolean) => void;

/**
 * Teach by pointing: the user points at a field's value; what they picked is sent to the background as
 * the correction, with a recipe (label and relation, utils/recipes) when a label beside it finds it
 * again. A pick that is not plausibly the field is refused here and nothing is kept.
 */
export function startPointing(
  doc: Document,
  evidenceId: string,
  field: RecipeField,
  show: Show,
): Promise<{ started: true }> {
  const name = t(`fact_${field}` as MessageKey);
  void pointAtElement(doc, t('pointHint', name)).then(async (picked) => {
    if (!picked) {
      show(t('pointCancelled'), true);
      return;
    }
    const page = extractPage(new URL(doc.URL), doc);
    const currency = pageCurrency(page);
    const { value, recipe } = learnFromPick(doc, picked, field, {
      kind: recipeKind(page),
      ...(currency ? { currency } : {}),
    });
    if (!value) {
      show(t('pointNotPlausible', name), true);
      return;
    }
    try {
      const r = await sendRuntime(backgroundMessages, {
        type: 'bg.recipe.picked',
        evidenceId,
        field,
        value: correctionValue(value),
        ...(recipe ? { recipe } : {}),
      });
      show(r.learned ? t('pointLearned', name) : t('pointCorrectedOnly', name), true);
    } catch (err) {
      show(t('saveFailed', errorText(err)), true);
    }
  });
  return Promise.resolve({ started: true });
}
