import { t, type MessageKey } from '../../utils/i18n';
import { sendRuntime, type ResponseOf } from '../../utils/messaging';
import { backgroundMessages, type BackgroundMessages } from '../../utils/messages/background';
import type { CorrectableField } from '../../utils/schemas/correction';

type Status = ResponseOf<BackgroundMessages, 'bg.page.status'>;

const fieldName = (f: CorrectableField) => t(`fact_${f}` as MessageKey);

/**
 * What fields taught by pointing did on this page: which they filled (to check), whether that means the
 * marketplace changed its page, and where they disagree with the reader (whose value is kept).
 */
export function LearnedNote({
  status,
}: {
  status: Pick<Status, 'learned' | 'learnedOnAdapterPage' | 'recipeConflicts'>;
}) {
  const learned = status.learned ?? [];
  const conflicts = status.recipeConflicts ?? [];
  if (!learned.length && !conflicts.length) return null;
  const names = learned.map(fieldName).join(', ');
  return (
    <div data-testid="learned-note">
      {learned.length ? (
        <div className="muted" data-testid="learned-fields">
          {t('learnedFields', names)}
        </div>
      ) : null}
      {status.learnedOnAdapterPage ? (
        <div className="warn" data-testid="learned-page-changed">
          {t('learnedPageChanged', names)}
        </div>
      ) : null}
      {conflicts.map((c) => (
        <div className="warn" key={c.field} data-testid={`recipe-conflict-${c.field}`}>
          {t('recipeConflict', fieldName(c.field), c.read, c.found)}
        </div>
      ))}
    </div>
  );
}

/** The popup's "point at it on the page": the page tools take over in the tab; the popup closes. */
export function pointOnPage(tabId: number, evidenceId: string) {
  return (field: CorrectableField): Promise<void> =>
    sendRuntime(backgroundMessages, { type: 'bg.recipe.point', tabId, evidenceId, field }).then(() => window.close());
}
