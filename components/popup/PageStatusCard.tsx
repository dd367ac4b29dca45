import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { getDb } from '../../utils/db/database';
import { recentCases } from '../../utils/db/store';
import { t } from '../../utils/i18n';
import { sendRuntime, type ResponseOf } from '../../utils/messaging';
import { backgroundMessages, type BackgroundMessages } from '../../utils/messages/background';
import { CaseSelect } from '../shared/CaseSelect';
import { CaptureProgress } from './CaptureProgress';
import { CaptureSettings } from './CaptureSettings';
import { ChatCaptureButton } from './ChatCaptureButton';
import { OrderPicker } from './OrderPicker';
import { LearnedNote } from './LearnedNote';
import { platformName, uiLocale } from '../../utils/i18n-labels';
import type { PageKind } from '../../utils/schemas/page';
import type { MessageKey } from '../../utils/i18n';
import { errorText } from '../../utils/error-text';

type Status = ResponseOf<BackgroundMessages, 'bg.page.status'>;
type SaveResult = ResponseOf<BackgroundMessages, 'bg.capture.save'>;

/** Typed, so a new page kind without its label fails the typecheck. */
const PAGE_KIND_LABEL: Record<PageKind, MessageKey> = {
  'order-list': 'pageKind_order_list',
  'order-detail': 'pageKind_order_detail',
  tracking: 'pageKind_tracking',
  return: 'pageKind_return',
  chat: 'pageKind_chat',
  listing: 'pageKind_listing',
  invoice: 'pageKind_invoice',
  other: 'pageKind_other',
};

export function pageKindLabel(kind: PageKind): string {
  return t(PAGE_KIND_LABEL[kind]);
}

export function PageStatusCard({ tabId, onCase }: { tabId: number | null; onCase?: (caseId: string) => void }) {
  const [status, setStatus] = useState<Status | { error: string } | undefined>();
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<SaveResult | { error: string } | undefined>();
  const [caseChoice, setCaseChoice] = useState('');
  const recent = useLiveQuery(() => recentCases(getDb(), 20), []);

  const refresh = useCallback(() => {
    if (tabId === null) return;
    sendRuntime(backgroundMessages, { type: 'bg.page.status', tabId }).then(
      (s) => {
        setStatus(s);
        // A list page's first order is not "this page's case": the picker says which orders to save.
        if (s.caseId && s.orderIds.length <= 1) onCase?.(s.caseId);
      },
      (err: unknown) => setStatus({ error: errorText(err) }),
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
      .then(setResult, (err: unknown) => setResult({ error: errorText(err) }))
      .finally(() => {
        setSaving(false);
        refresh();
      });
  };
  const save = () =>
    run(sendRuntime(backgroundMessages, { type: 'bg.capture.save', source: 'popup', tabId, ...target }));
  const saveFull = () =>
    run(sendRuntime(backgroundMessages, { type: 'bg.capture.full', source: 'popup', tabId, ...target }));
  // The picker runs in the page; the popup closes when the page gets focus, and the page reports.
  const pick = (mode: 'region' | 'element') =>
    sendRuntime(backgroundMessages, { type: 'bg.capture.pick', tabId, mode, ...target }).then(
      () => window.close(),
      (err: unknown) => setResult({ error: errorText(err) }),
    );

  const single = status.orderIds.length === 1 ? status.orders?.[0] : undefined;
  const isChat = status.kind === 'chat';
  return (
    <section aria-label={t('currentPage')} className="page-status">
      <div className="muted small" data-testid="page-where">
        {status.marketplace ? platformName(status.marketplace) : t('platformUnknown')} ·{' '}
        {pageKindLabel(status.kind ?? 'other')}
      </div>
      {status.orderIds.length === 1 ? (
        <div data-testid="order-recognised">
          {t(
            'orderRecognised',
            single?.item
              ? uiLocale() === 'en'
                ? `${single.item} (${status.orderIds[0]})`
                : `${single.item}（${status.orderIds[0]}）`
              : (status.orderIds[0] ?? ''),
          )}
        </div>
      ) : status.orderIds.length === 0 && !isChat ? (
        <div className="warn" data-testid="no-order">
          {t('noOrderRecognised')}
        </div>
      ) : null}
      {status.changed ? <div className="warn">{t('pageChanged')}</div> : null}
      <LearnedNote status={status} />
      {status.orderIds.length > 1 ? (
        <OrderPicker
          tabId={tabId}
          orderIds={status.orderIds}
          {...(status.orders ? { orders: status.orders } : {})}
          {...(status.url ? { url: status.url } : {})}
          onSaved={refresh}
        />
      ) : null}
      {isChat ? <ChatCaptureButton tabId={tabId} /> : null}
      <button
        type="button"
        // On a list the picker's save is the main action; this one files the page under no order.
        className={isChat || status.orderIds.length > 1 ? undefined : 'primary'}
        onClick={save}
        disabled={saving}
        data-testid="popup-save"
      >
        {saving ? t('saving') : status.kind === 'listing' ? t('saveListing') : t('saveEvidence')}
      </button>
      <div className="row-actions capture-tools">
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
      {result && 'error' in result ? (
        <p className="bad" role="alert">
          {t('saveFailed', result.error)}
        </p>
      ) : null}
      {result && !('error' in result) ? (
        <p className={result.partial ? 'warn' : 'good'} role="status" data-testid="save-result">
          {result.partial ? t('savedPartial', '') : t('saved')}
          {result.health.length ? <span className="muted"> · {result.health.join(' ')}</span> : null}
        </p>
      ) : null}
      <details className="more-capture">
        <summary className="muted" data-testid="popup-more">
          {t('popupMoreCapture')}
        </summary>
        {/* Where the next capture goes: '' means this order's case, else a new one. */}
        <CaseSelect
          stacked
          label={t('targetCase')}
          none={t('targetCaseAuto')}
          cases={recent}
          value={caseChoice}
          onChange={setCaseChoice}
          testId="capture-case"
        />
        {isChat ? null : <ChatCaptureButton tabId={tabId} pickOnly />}
        <CaptureSettings />
      </details>
    </section>
  );
}
