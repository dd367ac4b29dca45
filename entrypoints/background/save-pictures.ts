import { browser, type Browser } from 'wxt/browser';
import type { OrderProofDB } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import type { PagePayload } from '../../utils/schemas/messages';
import { captureFullPage, captureRegion, startRun } from '../../utils/capture/full-page';
import { clampRect } from '../../utils/capture/geometry';
import { CaptureJournal, type CaseTarget } from '../../utils/capture/journal';
import type { AreaCapture } from '../../utils/capture/stitch';
import { CaptureRun } from '../../utils/capture/context';
import { NotInFront } from '../../utils/capture/guard';
import { errorText } from '../../utils/error-text';
import { pagePort, sendPage, setOwnUiHidden } from './tab';

// The picture stages of a save, one of which runs: takeVisible, takeFull or reuseShared; then
// takeSnapshot. Every picture is taken through a CaptureRun, whose guard checks the tab is in front
// around each captureVisibleTab and throws a picture away when it may show another tab.

type CaptureTab = Pick<Browser.tabs.Tab, 'url'> & { windowId: number };

/** What is in view, with OrderProof's own UI hidden: taken only with the tab in front, after waiting a while for the user to come back. */
export async function takeVisible(tabId: number, tab: CaptureTab, pageUrl: string): Promise<Uint8Array> {
  await setOwnUiHidden(tabId, true);
  const run = new CaptureRun(tabId, tab.windowId, tab.url ?? pageUrl, Number.POSITIVE_INFINITY);
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
  } finally {
    run.finish();
    await setOwnUiHidden(tabId, false);
  }
}

export interface FullPicture {
  shot: AreaCapture;
  /** Some of the page is missing (the tab left, closed, or time ran out); health says which part. */
  partial: boolean;
  health: string[];
  /** Keeps the bands until the picture is evidence: the store stage closes it. */
  journal: CaptureJournal;
}

/**
 * The whole page by the user's method, journaled band by band so a background stopped mid-capture
 * still yields a (partial) picture. A failed capture closes its journal: nothing is left to resume.
 */
export async function takeFull(
  db: OrderProofDB,
  tabId: number,
  tab: CaptureTab,
  page: PagePayload,
  target: CaseTarget,
  capturedAt: number,
  capture = captureFullPage,
): Promise<FullPicture> {
  const { run, maxHeight } = await startRun(db, tabId, tab.windowId, tab.url ?? page.url);
  const journal = new CaptureJournal(db, {
    url: page.url,
    title: page.title,
    target,
    startedAt: capturedAt,
    viewport: page.viewport,
  });
  run.journal = journal;
  let shot: AreaCapture;
  await setOwnUiHidden(tabId, true);
  try {
    shot = await capture(db, run, pagePort(tabId), maxHeight);
  } catch (err) {
    await journal.close();
    throw err;
  } finally {
    run.finish();
    await setOwnUiHidden(tabId, false);
  }
  const health = [...run.health];
  if (shot.image.parts.length > 1) health.push(t('healthPageSplit', shot.image.parts.length));
  return { shot, partial: run.partial, health, journal };
}

/**
 * One order of a list page on its own: the block of the page that holds it (and no other order),
 * pictured beside the whole list so a reviewer sees which order the case is about. When the order's
 * block cannot be told apart, the health says so and only the list is kept.
 */
export async function takeOrderArea(
  db: OrderProofDB,
  tabId: number,
  tab: CaptureTab,
  page: PagePayload,
  orderId: string,
): Promise<{ shot?: AreaCapture; health: string[] }> {
  const otherIds = page.orders.flatMap((o) => (o.orderId && o.orderId !== orderId ? [o.orderId] : []));
  const { rect } = await sendPage(tabId, { type: 'tools.orderArea', orderId, otherIds });
  const area = rect && clampRect(rect, page.pageSize);
  if (!area) return { health: [t('healthOrderAreaUnknown', orderId)] };
  const { run } = await startRun(db, tabId, tab.windowId, tab.url ?? page.url);
  await setOwnUiHidden(tabId, true);
  try {
    const shot = await captureRegion(run, pagePort(tabId), area);
    return { shot, health: [...run.health] };
  } catch (err) {
    return { health: [t('healthOrderAreaFailed', orderId, errorText(err))] };
  } finally {
    run.finish();
    await setOwnUiHidden(tabId, false);
  }
}

/** A visible picture and snapshot kept for the saves of other orders on the same list page. */
export interface SharedShot {
  url: string;
  at: number;
  orderIds: string[];
  png: Uint8Array;
  mhtml?: Uint8Array;
}

const SHARE_MS = 60_000;

/**
 * The last visible capture per tab. Saving several orders of one list page is one `bg.capture.save`
 * per order, moments apart; they share this picture and snapshot, so the same bytes (and hashes)
 * are stored once and every case shows the same moment.
 */
export class SharedShots {
  private readonly last = new Map<number, SharedShot>();

  /** The tab's last capture, when this save is of another order on the same multi-order page, within a minute. */
  reuseShared(
    tabId: number,
    page: Pick<PagePayload, 'url' | 'orders'>,
    orderId: string | undefined,
    now = Date.now(),
  ): SharedShot | undefined {
    const prior = this.last.get(tabId);
    if (!orderId || !prior || prior.url !== page.url || page.orders.length < 2) return undefined;
    if (now - prior.at >= SHARE_MS || prior.orderIds.includes(orderId)) return undefined;
    return prior;
  }

  remember(tabId: number, shot: SharedShot): void {
    this.last.set(tabId, shot);
  }
}

/**
 * The page's MHTML snapshot, or the health line saying why there is none. Firefox has no
 * pageCapture: the record says what is missing instead of reporting a failure.
 */
export async function takeSnapshot(tabId: number): Promise<{ mhtml?: Uint8Array; health: string[] }> {
  if (!(browser as { pageCapture?: unknown }).pageCapture) return { health: [t('healthSnapshotUnavailable')] };
  try {
    return { mhtml: await mhtmlSnapshot(tabId), health: [] };
  } catch (err) {
    return { health: [t('healthSnapshotFailed', errorText(err))] };
  }
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
