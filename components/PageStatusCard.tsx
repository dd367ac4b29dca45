import { useCallback, useEffect, useState } from 'react';
import { t } from '../utils/i18n';
import { sendRuntime, type ResponseOf } from '../utils/messaging';
import { backgroundRequests, type BackgroundRequests } from '../utils/schemas/messages';
import type { PageKind } from '../utils/schemas/page';
import type { MessageKey } from '../utils/i18n';

type Status = ResponseOf<BackgroundRequests, 'page.status'>;
type SaveResult = ResponseOf<BackgroundRequests, 'capture.save'>;

export function pageKindLabel(kind: PageKind): string {
  return t(`pageKind_${kind.replace('-', '_')}` as MessageKey);
}

export function PageStatusCard({ tabId, onCase }: { tabId: number | null; onCase?: (caseId: string) => void }) {
  const [status, setStatus] = useState<Status | { error: string } | undefined>();
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<SaveResult | { error: string } | undefined>();

  const refresh = useCallback(() => {
    if (tabId === null) return;
    sendRuntime(backgroundRequests, { type: 'page.status', tabId }).then((s) => {
      setStatus(s);
      if (s.caseId) onCase?.(s.caseId);
    }, (err: unknown) =>
      setStatus({ error: err instanceof Error ? err.message : String(err) }),
    );
  }, [tabId, onCase]);
  useEffect(refresh, [refresh]);

  if (tabId === null) return <p className="warn">{t('errorNoTab')}</p>;
  if (!status) return <p className="muted">{t('loading')}</p>;
  if ('error' in status || !status.capturable) {
    return (
      <section aria-label={t('currentPage')}>
        <p className="warn">{t('pageNotCapturable')}</p>
      </section>
    );
  }

  const save = () => {
    setSaving(true);
    setResult(undefined);
    sendRuntime(backgroundRequests, { type: 'capture.save', source: 'popup', tabId })
      .then(setResult, (err: unknown) => setResult({ error: err instanceof Error ? err.message : String(err) }))
      .finally(() => {
        setSaving(false);
        refresh();
      });
  };

  return (
    <section aria-label={t('currentPage')} style={{ display: 'grid', gap: 6 }}>
      <div className="muted">
        {t('marketplace')}: {status.marketplace ?? t('platformUnknown')} · {t('pageKind')}: {pageKindLabel(status.kind ?? 'other')}
      </div>
      {status.orderIds.length ? (
        <div data-testid="order-recognised">{t('orderRecognised', status.orderIds.join(', '))}</div>
      ) : (
        <div className="warn" data-testid="no-order">{t('noOrderRecognised')}</div>
      )}
      {status.changed ? <div className="warn">{t('pageChanged')}</div> : null}
      <button type="button" className="primary" onClick={save} disabled={saving} data-testid="popup-save">
        {saving ? t('saving') : t('saveEvidence')}
      </button>
      {result && 'error' in result ? <p className="bad" role="alert">{t('saveFailed', result.error)}</p> : null}
      {result && !('error' in result) ? (
        <p className="good" role="status" data-testid="save-result">
          {t('saved')}
          {result.health.length ? <span className="muted"> · {result.health.join(' ')}</span> : null}
        </p>
      ) : null}
    </section>
  );
}
