import { browser, type Browser } from 'wxt/browser';
import type { OrderProofDB } from '../../utils/db/database';
import { addEvidence, createCase, findCaseForOrder } from '../../utils/db/store';
import { t } from '../../utils/i18n';
import type { PagePayload, RegionPick } from '../../utils/schemas/messages';
import type { Order } from '../../utils/schemas/order';
import type { Case } from '../../utils/schemas/records';
import type { NewEvidence, NewFile } from '../../utils/db/store';
import { composeBands } from '../../utils/capture/compose';
import { captureFullPage, captureRegion, startRun } from '../../utils/capture/full-page';
import { clampRect } from '../../utils/capture/geometry';
import {
  CaptureJournal,
  type CaseTarget,
  discardJournal,
  journalFailed,
  loadBands,
  type PendingCapture,
  readJournal,
  resumePlan,
} from '../../utils/capture/journal';
import type { AreaCapture } from '../../utils/capture/stitch';
import { CaptureRun } from '../../utils/capture/context';
import { NotInFront, withWindowLock } from '../../utils/capture/guard';
import { captureMeta, isCapturableUrl } from '../../utils/capture/meta';
import { collectFromTab, ensureContentScript, pagePort, setOwnUiHidden, showPageStatus } from './tab';
import { errorText } from '../../utils/error-text';

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

/** The visible screenshot: taken only with the tab in front, after waiting a while for the user to come back. */
async function visibleShot(run: CaptureRun): Promise<Uint8Array> {
  try {
    return await run.shootWhenInFront({ quotaRetries: 0 });
  } catch (err) {
    if (!(err instanceof NotInFront)) throw err;
    throw new Error(
      err.state === 'behind' || err.state === 'moved'
        ? t('errorScreenshotTabLeft')
        : err.state === 'navigated'
          ? t('errorPageNavigated')
          : err.message,
    );
  }
}

/** The files of a captured picture: one PNG, or numbered parts when it is beyond the canvas limits. */
export function imageFiles(base: string, shot: AreaCapture['image']): NewFile[] {
  if (shot.parts.length === 1) return [{ name: `${base}.png`, mime: 'image/png', bytes: shot.parts[0]! }];
  const n = shot.parts.length;
  const width = String(n).length;
  return shot.parts.map((bytes, i) => ({
    name: `${base}-part-${String(i + 1).padStart(width, '0')}-of-${n}.png`,
    mime: 'image/png',
    bytes,
  }));
}

/**
 * What a picture is, in a file beside it, so the pack states it without the extension: where and when
 * (UTC and the local offset) and how it was taken, then what is particular to the capture.
 */
export function captureJson(
  source: { url: string; title: string },
  capturedAt: number,
  method: string,
  fields: Record<string, unknown>,
): NewFile {
  const head = {
    url: source.url,
    title: source.title,
    capturedAt: new Date(capturedAt).toISOString(),
    utcOffsetMinutes: -new Date(capturedAt).getTimezoneOffset(),
    method,
  };
  return {
    name: 'capture.json',
    mime: 'application/json',
    bytes: new TextEncoder().encode(JSON.stringify({ ...head, ...fields }, null, 2)),
  };
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

/**
 * The last visible capture per tab. Saving several orders of one list page is one `bg.capture.save`
 * per order, moments apart; they share this picture and snapshot, so the same bytes (and hashes)
 * are stored once and every case shows the same moment.
 */
const SHARE_MS = 60_000;
const lastShot = new Map<
  number,
  { url: string; at: number; orderIds: string[]; png?: Uint8Array; mhtml?: Uint8Array }
>();

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

/**
 * One save: the visible screenshot, a page snapshot, the page's text and any order it yields,
 * each an evidence item with hashed files and a log entry. What could not be done is recorded as
 * capture health on the items, never silently dropped.
 */
export function saveCapture(db: OrderProofDB, req: SaveRequest): Promise<SaveResult> {
  return inFront(req.tabId, req.activate ?? false, (tab) => saveInFront(db, req, tab));
}

async function saveInFront(db: OrderProofDB, req: SaveRequest, tab: Browser.tabs.Tab): Promise<SaveResult> {
  const page = await collectFromTab(req.tabId);
  const full = req.scope === 'full';
  const prior = lastShot.get(req.tabId);
  const shared =
    !full &&
    req.orderId &&
    prior &&
    prior.url === page.url &&
    Date.now() - prior.at < SHARE_MS &&
    !prior.orderIds.includes(req.orderId) &&
    page.orders.length > 1
      ? prior
      : undefined;
  const capturedAt = shared?.at ?? Date.now();
  const order = req.orderId ? page.orders.find((o) => o.orderId === req.orderId) : page.orders[0];
  if (full) await showPageStatus(req.tabId, t('capturingFullPage'), false);

  const health: string[] = [];
  let partial = false;
  let png: Uint8Array | undefined;
  let shot: AreaCapture | undefined;
  let journal: CaptureJournal | undefined;
  await setOwnUiHidden(req.tabId, true);
  if (full) {
    const { run, maxHeight } = await startRun(db, req.tabId, tab.windowId, tab.url ?? page.url);
    journal = new CaptureJournal(db, {
      url: page.url,
      title: page.title,
      target: caseTarget(req, page, order),
      startedAt: capturedAt,
      viewport: page.viewport,
    });
    run.journal = journal;
    try {
      shot = await captureFullPage(db, run, pagePort(req.tabId), maxHeight);
    } catch (err) {
      await journal.close();
      throw err;
    } finally {
      run.finish();
      await setOwnUiHidden(req.tabId, false);
    }
    health.push(...run.health);
    partial = run.partial;
    if (shot.image.parts.length > 1) health.push(t('healthPageSplit', shot.image.parts.length));
  } else if (shared) {
    await setOwnUiHidden(req.tabId, false);
    png = shared.png;
  } else {
    const run = new CaptureRun(req.tabId, tab.windowId, tab.url ?? page.url, Number.POSITIVE_INFINITY);
    try {
      png = await visibleShot(run);
    } finally {
      run.finish();
      await setOwnUiHidden(req.tabId, false);
    }
  }

  let mhtml: Uint8Array | undefined = shared?.mhtml;
  // Firefox has no pageCapture: the record says what is missing instead of reporting a failure.
  if (!shared && !(browser as { pageCapture?: unknown }).pageCapture) health.push(t('healthSnapshotUnavailable'));
  else if (!shared) {
    try {
      mhtml = await mhtmlSnapshot(req.tabId);
    } catch (err) {
      health.push(t('healthSnapshotFailed', errorText(err)));
    }
  }
  if (shared) health.push(t('healthSharedCapture', shared.orderIds.join(', ')));
  if (!full) {
    const orderIds = [...(shared?.orderIds ?? []), ...(req.orderId ? [req.orderId] : [])];
    lastShot.set(req.tabId, {
      url: page.url,
      at: capturedAt,
      orderIds,
      ...(png ? { png } : {}),
      ...(mhtml ? { mhtml } : {}),
    });
  }
  if (!order) health.push(t('healthNoOrder'));
  if (page.changed) health.push(t('healthPageChanged', page.changed));

  const stored = await storeSave(db, {
    target: caseTarget(req, page, order),
    page,
    capturedAt,
    health,
    ...(shot ? { picture: { full: shot, partial } } : png ? { picture: { visible: png } } : {}),
    ...(mhtml ? { mhtml } : {}),
    ...(order ? { order } : {}),
    ...(journal ? { journal } : {}),
  });
  return {
    caseId: stored.caseId,
    evidenceIds: stored.evidenceIds,
    orderRecognised: Boolean(order),
    ...(order?.orderId ? { orderId: order.orderId } : {}),
    health,
    ...(partial ? { partial } : {}),
  };
}

/** Everything one save has gathered, for the stage that stores it. */
export interface SaveParts {
  target: CaseTarget;
  page: PagePayload;
  capturedAt: number;
  health: string[];
  /** The whole page (with whether it is partial), or what was in view. */
  picture?: { full: AreaCapture; partial: boolean } | { visible: Uint8Array };
  mhtml?: Uint8Array;
  order?: Order;
  /** A full-page capture's journal: closed once its picture is evidence. */
  journal?: CaptureJournal;
}

type EvidenceInput = Omit<NewEvidence, 'caseId' | 'sourceUrl' | 'pageTitle' | 'capturedAt'>;

/** The picture's evidence item: the full page (its parts and capture.json) or the visible screenshot. */
export function pictureEvidence(parts: SaveParts): EvidenceInput | undefined {
  const { page, capturedAt, health, picture } = parts;
  if (!picture) return undefined;
  if ('visible' in picture) {
    return {
      kind: 'screenshot',
      title: page.title || page.url,
      capture: captureMeta('captureVisibleTab', { viewport: page.viewport, pageSize: page.pageSize, health }),
      files: [{ name: 'screenshot.png', mime: 'image/png', bytes: picture.visible }],
    };
  }
  const shot = picture.full;
  return {
    kind: 'full-page-screenshot',
    title: t('titleFullPage', page.title || page.url),
    capture: captureMeta(shot.method, { viewport: page.viewport, pageSize: shot.metrics.pageSize, health }),
    files: [
      ...imageFiles('full-page', shot.image),
      captureJson(page, capturedAt, shot.method, {
        viewport: page.viewport,
        pageSize: shot.metrics.pageSize,
        devicePixelRatio: shot.metrics.devicePixelRatio,
        area: shot.area,
        image: { width: shot.image.width, height: shot.image.height, parts: shot.image.parts.length },
        partial: picture.partial,
        health,
      }),
    ],
  };
}

/** The page's snapshot item: MHTML where the browser made one, always its text and page.json (and a listing's facts). */
export function snapshotEvidence(parts: SaveParts): EvidenceInput {
  const { page, capturedAt, health, mhtml, picture } = parts;
  const enc = new TextEncoder();
  const listing = page.kind === 'listing' ? page.listing : undefined;
  const pageSize = picture && 'full' in picture ? picture.full.metrics.pageSize : page.pageSize;
  const pageInfo = {
    url: page.url,
    title: page.title,
    capturedAt: new Date(capturedAt).toISOString(),
    viewport: page.viewport,
    pageSize: page.pageSize,
  };
  return {
    kind: 'page-snapshot',
    title: listing?.title ? t('titleListing', listing.title) : page.title || page.url,
    capture: captureMeta(mhtml ? 'pageCapture.saveAsMHTML' : 'innerText', {
      viewport: page.viewport,
      pageSize,
      health,
    }),
    text: page.text,
    files: [
      ...(mhtml ? [{ name: 'page.mhtml', mime: 'multipart/related', bytes: mhtml }] : []),
      { name: 'page.txt', mime: 'text/plain;charset=utf-8', bytes: enc.encode(page.text) },
      { name: 'page.json', mime: 'application/json', bytes: enc.encode(JSON.stringify(pageInfo, null, 2)) },
      ...(listing
        ? [{ name: 'listing.json', mime: 'application/json', bytes: enc.encode(JSON.stringify(listing, null, 2)) }]
        : []),
    ],
    // The same facts as listing.json, kept on the record so the library can compare listings without reading files.
    ...(listing ? { listing } : {}),
  };
}

/** The order's facts as their own item, when the page yielded an order. */
export function orderEvidence(parts: SaveParts): EvidenceInput | undefined {
  const { page, health, order, picture } = parts;
  if (!order) return undefined;
  const pageSize = picture && 'full' in picture ? picture.full.metrics.pageSize : page.pageSize;
  return {
    kind: 'order-data',
    title: order.orderId ? t('caseOrder', order.orderId) : t('kind_order_data'),
    capture: captureMeta(`adapter:${order.marketplace}`, { viewport: page.viewport, pageSize, health }),
    order,
    files: [
      { name: 'order.json', mime: 'application/json', bytes: new TextEncoder().encode(JSON.stringify(order, null, 2)) },
    ],
  };
}

/**
 * The storing stage of a save: the case it belongs to, then the picture, the snapshot and the order
 * facts, each an evidence item with hashed files and a log entry.
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
  const picture = pictureEvidence(parts);
  if (picture) {
    ids.push((await addEvidence(db, { ...common, ...picture })).id);
    // Only now is the picture evidence; until here a stopped background finishes it from the journal.
    await parts.journal?.close();
  }
  ids.push((await addEvidence(db, { ...common, ...snapshotEvidence(parts) })).id);
  const order = orderEvidence(parts);
  if (order) ids.push((await addEvidence(db, { ...common, ...order })).id);
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
  const order = page.orders[0];
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
