import { browser, type Browser } from 'wxt/browser';
import type { OrderProofDB } from '../db/database';
import { addEvidence, createCase, findCaseForOrder } from '../db/store';
import { t } from '../i18n';
import type { PagePayload } from '../schemas/messages';
import type { Order } from '../schemas/order';
import type { Case } from '../schemas/records';
import { captureMeta, dataUrlToBytes, isCapturableUrl } from './capture-env';
import { collectFromTab, setOwnUiHidden } from './page-access';

export interface SaveRequest {
  tabId: number;
  caseId?: string;
  orderId?: string;
}

export interface SaveResult {
  caseId: string;
  evidenceIds: string[];
  orderRecognised: boolean;
  orderId?: string;
  health: string[];
}

async function visibleScreenshot(windowId: number): Promise<Uint8Array> {
  const dataUrl = await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
  return dataUrlToBytes(dataUrl).bytes;
}

/** Chrome's first saveAsMHTML in a fresh browser often yields an unreadable Blob; one retry fixes it. */
async function mhtmlSnapshot(tabId: number): Promise<Uint8Array> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const blob = await browser.pageCapture.saveAsMHTML({ tabId });
      if (!blob) throw new Error('empty snapshot');
      return new Uint8Array(await blob.arrayBuffer());
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

async function targetCase(db: OrderProofDB, req: SaveRequest, page: PagePayload, order: Order | undefined): Promise<Case> {
  if (req.caseId) {
    const existing = await db.cases.get(req.caseId);
    if (!existing) throw new Error(`No case ${req.caseId}`);
    return existing;
  }
  const platform = page.marketplace ?? 'other';
  if (order?.orderId) {
    const existing = await findCaseForOrder(db, platform, order.orderId);
    if (existing) return existing;
  }
  return createCase(db, {
    platform,
    role: page.role,
    title: order?.orderId ? t('caseOrder', order.orderId) : page.title || t('untitledPage'),
    ...(order?.orderId ? { orderRef: order.orderId } : {}),
    ...(order?.placedAt ? { dates: { ordered: order.placedAt } } : {}),
  });
}

/**
 * One save: the visible screenshot, a page snapshot, the page's text and any order it yields,
 * each an evidence item with hashed files and a log entry. What could not be done is recorded as
 * capture health on the items, never silently dropped.
 */
export async function saveCapture(db: OrderProofDB, req: SaveRequest): Promise<SaveResult> {
  let tab: Browser.tabs.Tab = await browser.tabs.get(req.tabId);
  if (!isCapturableUrl(tab.url)) throw new Error(t('errorNotCapturable'));
  if (!tab.active) {
    // captureVisibleTab pictures whatever tab is in front: bring the chosen one forward first.
    tab = await browser.tabs.update(req.tabId, { active: true }) ?? tab;
    await new Promise((r) => setTimeout(r, 150));
  }
  const page = await collectFromTab(req.tabId);
  const capturedAt = Date.now();

  await setOwnUiHidden(req.tabId, true);
  let png: Uint8Array;
  try {
    png = await visibleScreenshot(tab.windowId);
  } finally {
    await setOwnUiHidden(req.tabId, false);
  }

  const health: string[] = [];
  let mhtml: Uint8Array | undefined;
  try {
    mhtml = await mhtmlSnapshot(req.tabId);
  } catch (err) {
    health.push(t('healthSnapshotFailed', err instanceof Error ? err.message : String(err)));
  }
  const order = req.orderId ? page.orders.find((o) => o.orderId === req.orderId) : page.orders[0];
  if (!order) health.push(t('healthNoOrder'));
  if (page.changed) health.push(t('healthPageChanged', page.changed));

  const owner = await targetCase(db, req, page, order);
  const common = { caseId: owner.id, sourceUrl: page.url, pageTitle: page.title, capturedAt };
  const meta = { viewport: page.viewport, pageSize: page.pageSize, health };
  const enc = new TextEncoder();
  const ids: string[] = [];

  ids.push(
    (
      await addEvidence(db, {
        ...common,
        kind: 'screenshot',
        title: page.title || page.url,
        capture: captureMeta('captureVisibleTab', meta),
        files: [{ name: 'screenshot.png', mime: 'image/png', bytes: png }],
      })
    ).id,
  );
  const pageInfo = { url: page.url, title: page.title, capturedAt: new Date(capturedAt).toISOString(), viewport: page.viewport, pageSize: page.pageSize };
  ids.push(
    (
      await addEvidence(db, {
        ...common,
        kind: 'page-snapshot',
        title: page.title || page.url,
        capture: captureMeta(mhtml ? 'pageCapture.saveAsMHTML' : 'innerText', meta),
        text: page.text,
        files: [
          ...(mhtml ? [{ name: 'page.mhtml', mime: 'multipart/related', bytes: mhtml }] : []),
          { name: 'page.txt', mime: 'text/plain;charset=utf-8', bytes: enc.encode(page.text) },
          { name: 'page.json', mime: 'application/json', bytes: enc.encode(JSON.stringify(pageInfo, null, 2)) },
        ],
      })
    ).id,
  );
  if (order) {
    ids.push(
      (
        await addEvidence(db, {
          ...common,
          kind: 'order-data',
          title: order.orderId ? t('caseOrder', order.orderId) : t('kind_order_data'),
          capture: captureMeta(`adapter:${order.marketplace}`, meta),
          order,
          files: [{ name: 'order.json', mime: 'application/json', bytes: enc.encode(JSON.stringify(order, null, 2)) }],
        })
      ).id,
    );
  }
  return {
    caseId: owner.id,
    evidenceIds: ids,
    orderRecognised: Boolean(order),
    ...(order?.orderId ? { orderId: order.orderId } : {}),
    health,
  };
}
