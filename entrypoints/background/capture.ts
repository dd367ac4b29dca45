import { browser, type Browser } from 'wxt/browser';
import type { OrderProofDB } from '../../utils/db/database';
import { addEvidence, createCase, findCaseForOrder } from '../../utils/db/store';
import { t } from '../../utils/i18n';
import type { PagePayload, RegionPick } from '../../utils/schemas/messages';
import type { Order } from '../../utils/schemas/order';
import type { Case } from '../../utils/schemas/records';
import type { NewFile } from '../../utils/db/store';
import { composeBands } from '../../utils/capture/compose';
import { captureRegion, startRun } from '../../utils/capture/full-page';
import { clampRect } from '../../utils/capture/geometry';
import {
  type CaseTarget,
  discardJournal,
  journalFailed,
  loadBands,
  type PendingCapture,
  readJournal,
  resumePlan,
} from '../../utils/capture/journal';
import type { AreaCapture } from '../../utils/capture/stitch';
import { withWindowLock } from '../../utils/capture/guard';
import { captureMeta, isCapturableUrl } from '../../utils/capture/meta';
import { captureJson, evidenceFor, imageFiles, SAVE_EVIDENCE_KINDS, type SaveParts } from './save-evidence';
import { type FullPicture, SharedShots, takeFull, takeOrderArea, takeSnapshot, takeVisible } from './save-pictures';
import { collectFromTab, ensureContentScript, pagePort, setOwnUiHidden, showPageStatus } from './tab';

export interface SaveRequest {
  tabId: number;
  caseId?: string;
  orderId?: string;
  /** `full`: the whole page rather than what is in view. */
  scope?: 'visible' | 'full';
  /** Set only for requests from OrderProof's own pages: they may bring the tab to the front. */
  activate?: boolean;
}

export interface SaveResult {
  caseId: string;
  evidenceIds: string[];
  orderRecognised: boolean;
  orderId?: string;
  health: string[];
  partial?: boolean;
}

/**
 * The tab to capture, which must be in front: captureVisibleTab pictures whatever tab is in front.
 * Only a request from OrderProof's own pages (`activate`) brings it forward. A request from a page
 * follows a click in that page, so its tab is already in front; one from a tab behind others is not
 * the user's doing, and a save never pulls a tab forward on a page's word.
 */
export async function frontTab(tabId: number, activate = false): Promise<Browser.tabs.Tab> {
  let tab: Browser.tabs.Tab = await browser.tabs.get(tabId);
  if (!isCapturableUrl(tab.url)) throw new Error(t('errorNotCapturable'));
  if (tab.active) return tab;
  if (!activate) throw new Error(t('errorTabNotInFront'));
  tab = (await browser.tabs.update(tabId, { active: true })) ?? tab;
  await new Promise((r) => setTimeout(r, 150));
  return tab;
}

/**
 * Runs a capture with its window to itself: two captures in one window would bring their tabs
 * forward in turn and picture each other's pages. The tab is checked (or brought forward) once
 * the capture's turn has come.
 */
export async function inFront<T>(
  tabId: number,
  activate: boolean,
  work: (tab: Browser.tabs.Tab & { windowId: number }) => Promise<T>,
): Promise<T> {
  const { windowId } = await browser.tabs.get(tabId);
  return withWindowLock(windowId, async () => work(await frontTab(tabId, activate)));
}

/** Where a save goes, as plain data: a capture finished by a later background start needs it too. */
export function caseTarget(req: { caseId?: string }, page: PagePayload, order: Order | undefined): CaseTarget {
  return {
    ...(req.caseId ? { caseId: req.caseId } : {}),
    platform: page.marketplace ?? 'other',
    role: page.role,
    title: order?.orderId ? t('caseOrder', order.orderId) : page.title || t('untitledPage'),
    ...(order?.orderId ? { orderRef: order.orderId } : {}),
    ...(order?.placedAt ? { placedAt: order.placedAt } : {}),
  };
}

export async function targetCase(db: OrderProofDB, target: CaseTarget): Promise<Case> {
  if (target.caseId) {
    const existing = await db.cases.get(target.caseId);
    if (!existing) throw new Error(`No case ${target.caseId}`);
    return existing;
  }
  if (target.orderRef) {
    const existing = await findCaseForOrder(db, target.platform, target.orderRef);
    if (existing) return existing;
  }
  return createCase(db, {
    platform: target.platform,
    role: target.role,
    title: target.title,
    ...(target.orderRef ? { orderRef: target.orderRef } : {}),
    ...(target.placedAt ? { dates: { ordered: target.placedAt } } : {}),
  });
}

const sharedShots = new SharedShots();

/**
 * One save: the visible screenshot, a page snapshot, the page's text and any order it yields,
 * each an evidence item with hashed files and a log entry. What could not be done is recorded as
 * capture health on the items, never silently dropped.
 */
export function saveCapture(db: OrderProofDB, req: SaveRequest): Promise<SaveResult> {
  return inFront(req.tabId, req.activate ?? false, (tab) => saveInFront(db, req, tab));
}

async function saveInFront(
  db: OrderProofDB,
  req: SaveRequest,
  tab: Browser.tabs.Tab & { windowId: number },
): Promise<SaveResult> {
  const page = await collectFromTab(req.tabId);
  const full = req.scope === 'full';
  const shared = full ? undefined : sharedShots.reuseShared(req.tabId, page, req.orderId);
  const capturedAt = shared?.at ?? Date.now();
  // On a list, only the order the user chose: the first of the list is not "this page's order".
  const order = req.orderId
    ? page.orders.find((o) => o.orderId === req.orderId)
    : page.orders.length === 1
      ? page.orders[0]
      : undefined;
  const target = caseTarget(req, page, order);

  // The picture stage: the whole page, a picture shared with another order of this page, or what is in view.
  let taken: FullPicture | undefined;
  let png: Uint8Array | undefined;
  if (full) {
    await showPageStatus(req.tabId, t('capturingFullPage'), false);
    taken = await takeFull(db, req.tabId, tab, page, target, capturedAt);
  } else {
    png = shared ? shared.png : await takeVisible(req.tabId, tab, page.url);
  }
  const snapshot = shared
    ? { mhtml: shared.mhtml, health: [t('healthSharedCapture', shared.orderIds.join(', '))] }
    : await takeSnapshot(req.tabId);
  const mhtml = snapshot.mhtml;
  // On a list, the chosen order on its own too: the list picture alone does not say which order it is about.
  const area =
    png && order?.orderId && page.orders.length > 1
      ? await takeOrderArea(db, req.tabId, tab, page, order.orderId)
      : undefined;
  if (png) {
    const orderIds = [...(shared?.orderIds ?? []), ...(req.orderId ? [req.orderId] : [])];
    sharedShots.remember(req.tabId, { url: page.url, at: capturedAt, orderIds, png, ...(mhtml ? { mhtml } : {}) });
  }
  const health = [...(taken?.health ?? []), ...snapshot.health, ...(area?.health ?? [])];
  if (!order) health.push(page.orders.length > 1 ? t('healthListNoOrderChosen') : t('healthNoOrder'));
  if (page.changed) health.push(t('healthPageChanged', page.changed));

  const stored = await storeSave(db, {
    target,
    page,
    capturedAt,
    health,
    ...(taken ? { picture: { full: taken.shot, partial: taken.partial } } : png ? { picture: { visible: png } } : {}),
    ...(mhtml ? { mhtml } : {}),
    ...(order ? { order } : {}),
    ...(area?.shot ? { orderArea: area.shot } : {}),
    ...(taken ? { journal: taken.journal } : {}),
  });
  // The save is evidence from here on: a step that follows every stored save (e.g. a time-stamp) goes here.

  return {
    caseId: stored.caseId,
    evidenceIds: stored.evidenceIds,
    orderRecognised: Boolean(order),
    ...(order?.orderId ? { orderId: order.orderId } : {}),
    health,
    ...(taken?.partial ? { partial: true } : {}),
  };
}

/**
 * The storing stage of a save: the case it belongs to, then the picture, the snapshot and the order
 * facts (evidenceFor, in that order), each an evidence item with hashed files and a log entry.
 */
export async function storeSave(
  db: OrderProofDB,
  parts: SaveParts,
): Promise<{ caseId: string; evidenceIds: string[] }> {
  const owner = await targetCase(db, parts.target);
  const common = {
    caseId: owner.id,
    sourceUrl: parts.page.url,
    pageTitle: parts.page.title,
    capturedAt: parts.capturedAt,
  };
  const ids: string[] = [];
  for (const kind of SAVE_EVIDENCE_KINDS) {
    const item = evidenceFor(kind, parts);
    if (!item) continue;
    ids.push((await addEvidence(db, { ...common, ...item })).id);
    // Only now is the picture evidence; until here a stopped background finishes it from the journal.
    if (kind === 'picture') await parts.journal?.close();
  }
  return { caseId: owner.id, evidenceIds: ids };
}

export interface RegionRequest {
  tabId: number;
  caseId?: string;
  pick: RegionPick;
  /** As in SaveRequest: only OrderProof's own pages may bring the tab to the front. */
  activate?: boolean;
}

/**
 * Exactly the part of the page the user picked (a dragged area, an element, a selection or an
 * image), cropped from a capture of it, with its place on the page recorded beside the picture.
 */
export function saveRegion(db: OrderProofDB, req: RegionRequest): Promise<SaveResult> {
  return inFront(req.tabId, req.activate ?? false, (tab) => saveRegionInFront(db, req, tab));
}

async function saveRegionInFront(db: OrderProofDB, req: RegionRequest, tab: Browser.tabs.Tab): Promise<SaveResult> {
  await ensureContentScript(req.tabId);
  const page = await collectFromTab(req.tabId);
  const rect = clampRect(req.pick.rect, page.pageSize);
  if (!rect) throw new Error(t('errorNothingCaptured'));
  const capturedAt = Date.now();
  const { run } = await startRun(db, req.tabId, tab.windowId, tab.url ?? page.url);
  let shot: AreaCapture;
  await setOwnUiHidden(req.tabId, true);
  try {
    shot = await captureRegion(run, pagePort(req.tabId), rect);
  } finally {
    run.finish();
    await setOwnUiHidden(req.tabId, false);
  }
  const health = [...run.health, t('healthRegion', shot.area.x, shot.area.y, shot.area.width, shot.area.height)];
  if (shot.image.parts.length > 1) health.push(t('healthPageSplit', shot.image.parts.length));
  // As in a save: on a list, no order is assumed.
  const order = page.orders.length === 1 ? page.orders[0] : undefined;
  const owner = await targetCase(db, caseTarget(req, page, order));
  const label = req.pick.label || page.title || page.url;
  const titleKey = (
    { region: 'titleRegion', element: 'titleElement', selection: 'titleSelection', image: 'titleImage' } as const
  )[req.pick.mode];
  const base = req.pick.mode === 'region' ? 'region' : req.pick.mode;
  const files: NewFile[] = [
    ...imageFiles(base, shot.image),
    captureJson(page, capturedAt, shot.method, {
      pick: { mode: req.pick.mode, ...(req.pick.label ? { label: req.pick.label } : {}) },
      // Where on the page: CSS px from the document's top left, and the picture's device pixels.
      position: shot.area,
      devicePixelRatio: shot.metrics.devicePixelRatio,
      image: { width: shot.image.width, height: shot.image.height, parts: shot.image.parts.length },
      viewport: page.viewport,
      pageSize: page.pageSize,
      partial: run.partial,
      health,
    }),
  ];
  if (req.pick.text)
    files.push({
      name: 'selection.txt',
      mime: 'text/plain;charset=utf-8',
      bytes: new TextEncoder().encode(req.pick.text),
    });
  const item = await addEvidence(db, {
    caseId: owner.id,
    kind: 'screenshot',
    title: t(titleKey, label.slice(0, 120)),
    sourceUrl: page.url,
    pageTitle: page.title,
    capturedAt,
    capture: captureMeta(shot.method, { viewport: page.viewport, pageSize: page.pageSize, health }),
    ...(req.pick.text ? { text: req.pick.text } : {}),
    files,
  });
  return {
    caseId: owner.id,
    evidenceIds: [item.id],
    orderRecognised: Boolean(order),
    ...(order?.orderId ? { orderId: order.orderId } : {}),
    health,
    ...(run.partial ? { partial: true } : {}),
  };
}

/**
 * Finishes the full-page captures an earlier instance of the background left unfinished (Chrome
 * stopped it mid-capture): each becomes a partial full-page picture of the screens that were kept,
 * hashed from its final bytes like any other, and its journal is removed. Called at every start.
 */
export async function resumeCaptures(db: OrderProofDB): Promise<void> {
  const { pending, drop } = await readJournal(db);
  for (const runId of drop) await discardJournal(db, runId);
  for (const capture of pending) {
    try {
      await saveResumed(db, capture);
      await discardJournal(db, capture.runId);
    } catch (err) {
      console.error('[OrderProof] unfinished capture not saved', err);
      await journalFailed(db, capture);
    }
  }
}

async function saveResumed(db: OrderProofDB, capture: PendingCapture): Promise<void> {
  const { meta, layout } = capture.header;
  // Stopped again between storing the picture and removing the journal: it is already evidence.
  const stored = await db.evidence
    .where('capturedAt')
    .equals(meta.startedAt)
    .filter((e) => e.kind === 'full-page-screenshot' && e.sourceUrl === meta.url)
    .count();
  if (stored) return;
  const plan = resumePlan(layout, await loadBands(capture));
  const image = await composeBands(plan.bands, plan.area, plan.scale);
  const health = [...layout.health, t('healthPartialBackgroundStopped', plan.kept, plan.expected)];
  if (image.parts.length > 1) health.push(t('healthPageSplit', image.parts.length));
  const owner = await targetCase(db, meta.target);
  await addEvidence(db, {
    caseId: owner.id,
    kind: 'full-page-screenshot',
    title: t('titleFullPage', meta.title || meta.url),
    sourceUrl: meta.url,
    pageTitle: meta.title,
    capturedAt: meta.startedAt,
    capture: captureMeta(layout.method, { viewport: meta.viewport, pageSize: layout.pageSize, health }),
    files: [
      ...imageFiles('full-page', image),
      captureJson(meta, meta.startedAt, layout.method, {
        viewport: meta.viewport,
        pageSize: layout.pageSize,
        devicePixelRatio: layout.devicePixelRatio,
        area: plan.area,
        image: { width: image.width, height: image.height, parts: image.parts.length },
        screens: { kept: plan.kept, expected: plan.expected },
        partial: true,
        health,
      }),
    ],
  });
}
