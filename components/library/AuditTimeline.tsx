import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../utils/db/database';
import { newestAudit } from '../../utils/db/store';
import { t } from '../../utils/i18n';
import { formatDateTime } from '../../utils/i18n-format';
import { auditActionLabel, fieldLabel, uiLocale } from '../../utils/i18n-labels';
import type { AuditEntry, Evidence } from '../../utils/schemas/records';
import { ShowEarlier, useShownCount } from './ShowEarlier';

/** Log lines drawn at first (the newest); earlier ones on request. */
export const LOG_PAGE = 100;

/** For an edit: which fields it changed, in words (the values stay in the log for the pack). */
function changed(e: AuditEntry): string | undefined {
  if (e.action !== 'edit' && e.action !== 'correct') return undefined;
  const d = e.details;
  const fields = [...(Array.isArray(d.fields) ? d.fields : []), d.field, ...('mergedFrom' in d ? ['merged'] : [])];
  const names = fields.filter((f): f is string => typeof f === 'string').map(fieldLabel);
  return names.length ? names.join(', ') : undefined;
}

/** The case's log, newest first: what happened to its evidence and when. Reads only the lines it draws. */
export function AuditTimeline({ caseId, evidence }: { caseId: string; evidence: Evidence[] }) {
  const titles = new Map(evidence.map((e) => [e.id, e.title]));
  const [shown, showMore] = useShownCount(LOG_PAGE, '');
  const log = useLiveQuery(() => newestAudit(getDb(), caseId, shown), [caseId, shown]);
  const entries: AuditEntry[] = log?.entries ?? [];
  const total = log?.total ?? 0;
  return (
    <details className="timeline" open>
      <summary>
        <h3>{t('auditLog')}</h3>
      </summary>
      <ol reversed data-testid="audit-timeline">
        {entries
          .slice(Math.max(0, entries.length - shown))
          .reverse()
          .map((e) => (
            <li key={e.seq} data-action={e.action}>
              <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(e.at, { locale: uiLocale() })}</time> ·{' '}
              <strong>{auditActionLabel(e.action)}</strong>
              {e.evidenceId && titles.has(e.evidenceId) ? ` · ${titles.get(e.evidenceId)}` : ''}
              {changed(e) ? ` · ${t('auditChanged', changed(e)!)}` : ''}{' '}
              <code className="muted" title={`${t('auditFingerprint')}: ${e.hash}`}>
                {e.hash.slice(0, 8)}
              </code>
            </li>
          ))}
      </ol>
      <ShowEarlier
        hidden={total - entries.length}
        label={t('showEarlierLog', String(total - entries.length))}
        onMore={showMore}
        testId="timeline-earlier"
      />
    </details>
  );
}
