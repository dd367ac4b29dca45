import { t } from '../../utils/i18n';
import type { AuditEntry, Evidence } from '../../utils/schemas/records';

/** The case's log, newest first: what happened to its evidence and when. */
export function AuditTimeline({ entries, evidence }: { entries: AuditEntry[]; evidence: Evidence[] }) {
  const titles = new Map(evidence.map((e) => [e.id, e.title]));
  return (
    <details className="timeline" open>
      <summary>
        <h3>{t('auditLog')}</h3>
      </summary>
      <ol reversed data-testid="audit-timeline">
        {[...entries].reverse().map((e) => (
          <li key={e.seq} data-action={e.action}>
            <time dateTime={new Date(e.at).toISOString()}>{new Date(e.at).toLocaleString()}</time> · <strong>{e.action}</strong>
            {e.evidenceId ? ` · ${titles.get(e.evidenceId) ?? e.evidenceId}` : ''} <code className="muted">{e.hash.slice(0, 16)}…</code>
          </li>
        ))}
      </ol>
    </details>
  );
}
