import { useCallback, useEffect, useState } from 'react';
import { t } from '../utils/i18n';
import { sendRuntime, type ResponseOf } from '../utils/messaging';
import { backgroundRequests, captureRequests, type BackgroundRequests } from '../utils/schemas/messages';
import { CaptureCasePicker } from './CaptureCasePicker';
import { CaptureProgress } from './CaptureProgress';
import { CaptureSettings } from './CaptureSettings';
import { OrderPicker } from './OrderPicker';
import type { PageKind } from '../utils/schemas/page';
import type { MessageKey } from '../utils/i18n';

type Status = ResponseOf<BackgroundRequests, 'page.status'>;
type SaveResult = ResponseOf<BackgroundRequests, 'capture.save'> & { partial?: boolean };

export function pageKindLabel(kind: PageKind): string {
  return t(`pageKind_${kind.replace('-', '_')}` as MessageKey);
}

export function PageStatusCard({ tabId, onCase }: { tabId: number | null; onCase?: (caseId: string) => void }) {
  const [status, setStatus] = useState<Status | { error: string } | undefined>();
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<SaveResult | { error: string } | undefined>();
  const [caseChoice, setCaseChoice] = useState('');

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

  const target = caseChoice ? { caseId: caseChoice } : {};
  const run = (work: Promise<SaveResult>) => {
    setSaving(true);
    setResult(undefined);
    work
      .then(setResult, (err: unknown) => setResult({ error: err instanceof Error ? err.message : String(err) }))
      .finally(() => {
        setSaving(false);
        refresh();
      });
  };
  const save = () => run(sendRuntime(backgroundRequests, { type: 'capture.save', source: 'popup', tabId, ...target }));
  const saveFull = () => run(sendRuntime(captureRequests, { type: 'capture.full', source: 'popup', tabId, ...target }));
  // The picker runs in the page; the popup closes when the page gets focus, and the page reports.
  const pick = (mode: 'region' | 'element') =>
    sendRuntime(captureRequests, { type: 'capture.pick', tabId, mode, ...target }).then(
      () => window.close(),
      (err: unknown) => setResult({ error: err instanceof Error ? err.message : String(err) }),
    );

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
      {status.orderIds.length > 1 ? <OrderPicker tabId={tabId} orderIds={status.orderIds} {...(status.url ? { url: status.url } : {})} onSaved={refresh} /> : null}
      <CaptureCasePicker value={caseChoice} onChange={setCaseChoice} />
      <button type="button" className="primary" onClick={save} disabled={saving} data-testid="popup-save">
        {saving ? t('saving') : status.kind === 'listing' ? t('saveListing') : t('saveEvidence')}
      </button>
      <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
        <button type="button" onClick={saveFull} disabled={saving} data-testid="popup-save-full">
          {t('saveFullPage')}
        </button>
        <button type="button" onClick={() => void pick('region')} disabled={saving} data-testid="popup-pick-region">
          {t('saveRegion')}
        </button>
        <button type="button" onClick={() => void pick('element')} disabled={saving} data-testid="popup-pick-element">
          {t('saveElement')}
        </button>
      </div>
      {saving ? <CaptureProgress tabId={tabId} /> : null}
      {result && 'error' in result ? <p className="bad" role="alert">{t('saveFailed', result.error)}</p> : null}
      {result && !('error' in result) ? (
        <p className={result.partial ? 'warn' : 'good'} role="status" data-testid="save-result">
          {result.partial ? t('savedPartial', '') : t('saved')}
          {result.health.length ? <span className="muted"> · {result.health.join(' ')}</span> : null}
        </p>
      ) : null}
      <details>
        <summary className="muted">{t('captureMethod')}</summary>
        <CaptureSettings />
      </details>
    </section>
  );
}
