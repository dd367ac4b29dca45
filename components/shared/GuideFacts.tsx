import { getDb } from '../../utils/db/database';
import { editCase } from '../../utils/db/store';
import { t } from '../../utils/i18n';
import { FACTS, type FactId } from '../../utils/rules/facts';
import { localize } from '../../utils/rules/owners';
import type { Case } from '../../utils/schemas/records';
import { ruleLanguage } from '../../utils/guidance-view';

/** The questions whose answers pick this case's rules; an answer is saved at once and can be changed. */
export function GuideFacts({ item, facts }: { item: Case; facts: readonly FactId[] }) {
  const lang = ruleLanguage();
  if (!facts.length) return null;
  const answers = item.facts ?? {};
  const set = (fact: FactId, value: string) => {
    const rest = Object.fromEntries(Object.entries(answers).filter(([k]) => k !== fact));
    void editCase(getDb(), item.id, { facts: value ? { ...rest, [fact]: value } : rest });
  };
  return (
    <fieldset className="guide-facts" data-testid="guide-facts">
      <legend>{t('guideQuestions')}</legend>
      {facts.map((id) => (
        <label key={id} style={{ display: 'block', marginBottom: 4 }}>
          {localize(FACTS[id].question, lang)}{' '}
          <select value={answers[id] ?? ''} onChange={(e) => set(id, e.target.value)} data-testid={`fact-${id}`}>
            <option value="">{t('guideNotAnswered')}</option>
            {FACTS[id].options.map((o) => (
              <option key={o.value} value={o.value}>
                {localize(o.label, lang)}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
