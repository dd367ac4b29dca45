import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../utils/i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../utils/db/database';
import { CaseList } from './CaseList';
import { ChatCaptureButton } from './ChatCaptureButton';
import { GuidancePanel } from './GuidancePanel';
import { OrderFacts } from './OrderFacts';
import { PageStatusCard } from './PageStatusCard';
import { PopupStorageAlert } from './PopupStorageAlert';

/** The tab the popup acts on: the active tab, or `?tabId=` when opened as a page (tests, the library). */
function useTargetTab(): number | undefined | null {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  const given = Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : undefined;
  const [tabId, setTabId] = useState<number | undefined | null>(given);
  useEffect(() => {
    if (given !== undefined) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id ?? null));
  }, [given]);
  return tabId;
}

function CaseGuide({ caseId }: { caseId: string }) {
  const item = useLiveQuery(() => getDb().cases.get(caseId), [caseId]);
  const orderItem = useLiveQuery(
    () => getDb().evidence.where('caseId').equals(caseId).filter((e) => Boolean(e.order) && !e.deletedAt).last(),
    [caseId],
  );
  if (!item) return null;
  return (
    <>
      {orderItem ? (
        <details className="order-facts-popup">
          <summary>{t('orderFactsHeading')}</summary>
          <OrderFacts item={orderItem} />
        </details>
      ) : null}
      <GuidancePanel item={item} />
    </>
  );
}

export function PopupApp() {
  const tabId = useTargetTab();
  const [guideCaseId, setGuideCaseId] = useState<string>();
  return (
    <main style={{ width: 380, padding: 12, display: 'grid', gap: 12 }}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
        <strong>{t('extName')}</strong>
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noreferrer">
          {t('openLibrary')}
        </a>
      </header>
      <PopupStorageAlert />
      {tabId === undefined ? <p className="muted">{t('loading')}</p> : <PageStatusCard tabId={tabId} onCase={setGuideCaseId} />}
      {tabId ? <ChatCaptureButton tabId={tabId} /> : null}
      {guideCaseId ? <CaseGuide caseId={guideCaseId} /> : null}
      <CaseList onGuide={setGuideCaseId} />
      <footer className="muted" style={{ fontSize: 12 }}>{t('localOnly')}</footer>
    </main>
  );
}
