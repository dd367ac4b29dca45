import { useState } from 'react';
import { t } from '../../utils/i18n';
import type { Case } from '../../utils/schemas/records';

const PAGE = 200;

/** The case list. Long lists render a page at a time so the first paint stays quick. */
export function CaseListPanel({ cases, selected, onSelect }: { cases: Case[] | undefined; selected?: string; onSelect: (id: string) => void }) {
  const [shown, setShown] = useState(PAGE);
  if (!cases) return <p className="muted">{t('loading')}</p>;
  return (
    <nav className="case-list" aria-label={t('casesLabel')}>
      <p className="muted">{t('caseCount', cases.length)}</p>
      {cases.length === 0 ? <p className="muted">{t('noCases')}</p> : null}
      <ul data-testid="library-cases">
        {cases.slice(0, shown).map((c) => (
          <li key={c.id}>
            <button type="button" className={c.id === selected ? 'case-item selected' : 'case-item'} aria-current={c.id === selected} onClick={() => onSelect(c.id)} data-testid="library-case" data-case-id={c.id}>
              <span className="case-title">{c.title}</span>
              <span className="muted">
                {c.platform} · {new Date(c.updatedAt).toLocaleDateString()}
              </span>
            </button>
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
