import { useState } from 'react';
import { t } from '../../utils/i18n';
import type { Case } from '../../utils/schemas/records';
import { formatDay } from '../../utils/i18n-format';
import { uiLocale } from '../../utils/i18n-labels';
import { CaseThumb, useCaseFacts } from '../shared/case-facts';

/**
 * Cases drawn at first, as for a case's evidence cards: each row reads its case's evidence for its picture and
 * facts, so 200 rows kept a 1,000-case library's first paint over its 300 ms budget (355–405 ms in the bench,
 * 231–245 ms with 60). The rest come a page at a time, and search finds any case.
 */
const PAGE = 60;

/** One case as a shopper recognises it: a picture, the item, the shop, date and amount. */
function CaseItem({ item, selected, onSelect }: { item: Case; selected: boolean; onSelect: (id: string) => void }) {
  const facts = useCaseFacts(item);
  return (
    <button
      type="button"
      className={selected ? 'case-item selected' : 'case-item'}
      aria-current={selected}
      onClick={() => onSelect(item.id)}
      data-testid="library-case"
      data-case-id={item.id}
    >
      <CaseThumb sha256={facts?.thumbSha} />
      <span className="case-item-text">
        <span className="case-title">{facts?.heading ?? item.title}</span>
        <span className="muted small">
          {[...(facts?.details ?? []), t('caseUpdated', formatDay(item.updatedAt, { locale: uiLocale() }))].join(' · ')}
        </span>
      </span>
    </button>
  );
}

/** The case list. Long lists render a page at a time so the first paint stays quick. */
export function CaseListPanel({
  cases,
  selected,
  onSelect,
}: {
  cases: Case[] | undefined;
  selected?: string;
  onSelect: (id: string) => void;
}) {
  const [shown, setShown] = useState(PAGE);
  if (!cases) return <p className="muted">{t('loading')}</p>;
  return (
    <nav className="case-list" aria-label={t('casesLabel')}>
      <p className="muted">{t('caseCount', cases.length)}</p>
      {cases.length === 0 ? <p className="muted">{t('noCases')}</p> : null}
      <ul data-testid="library-cases">
        {cases.slice(0, shown).map((c) => (
          <li key={c.id}>
            <CaseItem item={c} selected={c.id === selected} onSelect={onSelect} />
          </li>
        ))}
      </ul>
      {cases.length > shown ? (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          {t('showMore', cases.length - shown)}
        </button>
      ) : null}
    </nav>
  );
}
