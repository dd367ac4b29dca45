import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../utils/db/database';
import { recentCases } from '../../utils/db/store';
import { t } from '../../utils/i18n';
import { CaseRow } from './CaseRow';

export function CaseList({ limit = 5, onGuide }: { limit?: number; onGuide?: (caseId: string) => void }) {
  const cases = useLiveQuery(() => recentCases(getDb(), limit), [limit]);
  return (
    <section aria-label={t('recentCases')}>
      <h2 style={{ fontSize: 14, margin: '0 0 6px' }}>{t('recentCases')}</h2>
      {cases === undefined ? <p className="muted">{t('loading')}</p> : null}
      {cases?.length === 0 ? <p className="muted">{t('noCases')}</p> : null}
      <ul className="case-list-popup" data-testid="case-list">
        {cases?.map((c) => (
          <CaseRow key={c.id} item={c} onGuide={onGuide} />
        ))}
      </ul>
    </section>
  );
}
