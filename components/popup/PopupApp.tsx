import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../utils/db/database';
import { CaseList } from './CaseList';
import { CaseThumb, useCaseFacts } from '../shared/case-facts';
import type { Case } from '../../utils/schemas/records';
import { GuidancePanel } from '../shared/GuidancePanel';
import { OrderFacts } from '../shared/OrderFacts';
import { PageStatusCard } from './PageStatusCard';
import { PopupStorageAlert } from './PopupStorageAlert';
import { pointOnPage } from './LearnedNote';

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

function CaseGuide({ caseId, tabId }: { caseId: string; tabId?: number | null | undefined }) {
  const item = useLiveQuery(() => getDb().cases.get(caseId), [caseId]);
  const orderItem = useLiveQuery(
    () =>
      getDb()
        .evidence.where('caseId')
        .equals(caseId)
        .filter((e) => Boolean(e.order) && !e.deletedAt)
        .last(),
    [caseId],
  );
  if (!item) return null;
  return (
    <section className="popup-case" aria-label={t('popupCaseHeading')} data-testid="popup-case">
      <CaseHeading item={item} />
      <GuidancePanel item={item} />
      {orderItem ? (
        <details className="order-facts-popup">
          <summary>{t('orderFactsHeading')}</summary>
          <OrderFacts item={orderItem} {...(tabId ? { onPoint: pointOnPage(tabId, orderItem.id) } : {})} />
        </details>
      ) : null}
    </section>
  );
}

function CaseHeading({ item }: { item: Case }) {
  const facts = useCaseFacts(item);
  return (
    <div className="case-row-head">
      <CaseThumb sha256={facts?.thumbSha} size={36} />
      <div className="case-row-text">
        <div className="case-row-title">{facts?.heading ?? item.title}</div>
        <div className="muted small">{facts?.details.join(' · ')}</div>
      </div>
    </div>
  );
}

/**
 * The toolbar popup. Chrome shows at most 800 × 600 px of it, so the order of things is what a
 * shopper needs first: the case of this page with its next deadline and step, then saving, then
 * the recent cases.
 */
export function PopupApp() {
  const tabId = useTargetTab();
  const [guideCaseId, setGuideCaseId] = useState<string>();
  return (
    <main className="popup">
      <header className="popup-header">
        <strong>{t('extName')}</strong>
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noreferrer">
          {t('openLibrary')}
        </a>
      </header>
      <PopupStorageAlert />
      {guideCaseId ? <CaseGuide caseId={guideCaseId} tabId={tabId} /> : null}
      {tabId === undefined ? (
        <p className="muted">{t('loading')}</p>
      ) : (
        <PageStatusCard tabId={tabId} onCase={setGuideCaseId} />
      )}
      <CaseList limit={guideCaseId ? 3 : 5} onGuide={setGuideCaseId} />
      <footer className="muted small">{t('localOnly')}</footer>
    </main>
  );
}
