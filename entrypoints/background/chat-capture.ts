import { browser, type Browser } from 'wxt/browser';
import type { OrderProofDB } from '../../utils/db/database';
import { addEvidence, createCase, findCaseForOrder } from '../../utils/db/store';
import { t } from '../../utils/i18n';
import { type MessageRouter, sendTab } from '../../utils/messaging';
import type { ChatResult, FinishedData } from '../../utils/chat/schemas';
import { backgroundMessages } from '../../utils/messages/background';
import { chatPageMessages } from '../../utils/messages/chat-page';
import { CaptureRun } from '../../utils/capture/context';
import { documentUrl } from '../../utils/capture/guard';
import {
  ChatJournal,
  chatJournalFailed,
  discardChatJournal,
  type PendingChat,
  readChatJournal,
} from '../../utils/capture/chat-journal';
import type { Case } from '../../utils/schemas/records';
import { captureMeta } from '../../utils/capture/meta';
import { fromExtensionPage, setOwnUiHidden } from './tab';
import { inFront } from './capture';
import { refuseBackgroundTab } from './sender';
import { type KeptBand, loadHistory, progress, rememberList, resolveBands, startChat, walkBands } from './chat-walk';
import {
  bandFiles,
  buildTranscriptFiles,
  chatOrders,
  chatReport,
  type GatheredChat,
  readImages,
} from './chat-transcript';

export interface ChatCaptureRequest {
  tabId: number;
  caseId?: string;
  generic?: boolean;
  pick?: boolean;
  /** Set only for requests from OrderProof's own pages: they may bring the tab to the front. */
  activate?: boolean;
}

/**
 * The order's case: the first order number in the URL or the messages that already has a case, else the
 * case the user picked, else a new case (for the first order number named, if any).
 */
export async function chatCase(
  db: OrderProofDB,
  platform: string,
  orders: string[],
  req: { caseId?: string },
  data: FinishedData,
): Promise<Case> {
  for (const id of orders) {
    const existing = await findCaseForOrder(db, platform, id);
    if (existing) return existing;
  }
  if (req.caseId) {
    const picked = await db.cases.get(req.caseId);
    if (!picked) throw new Error(`No case ${req.caseId}`);
    return picked;
  }
  const orderRef = orders[0];
  return createCase(db, {
    platform,
    role: data.side,
    title: orderRef ? t('caseOrder', orderRef) : t('chatTitle', data.title || data.url),
    ...(orderRef ? { orderRef } : {}),
  });
}

/**
 * One whole conversation as evidence: history loaded to its start, the list pictured band by band
 * (paced under the captureVisibleTab quota, cropped to the list), every message and readable image
 * stored with its hash, and a completeness report that names whatever may be missing.
 * Stages: startChat → loadHistory → walkBands → (chat.finish) → storeChat.
 */
export function captureChat(db: OrderProofDB, req: ChatCaptureRequest): Promise<ChatResult | { picking: true }> {
  return inFront(req.tabId, req.activate ?? false, (tab) => captureChatInFront(db, req, tab));
}

async function captureChatInFront(
  db: OrderProofDB,
  req: ChatCaptureRequest,
  tab: Browser.tabs.Tab & { windowId: number },
): Promise<ChatResult | { picking: true }> {
  const tabId = req.tabId;
  const start = await startChat(db, tabId, tab.url ?? '', req);
  if ('picking' in start) return start;
  const capturedAt = Date.now();
  const url = tab.url ?? start.url;
  const caseId = req.caseId ? { caseId: req.caseId } : {};

  progress(tabId, t('chatLoadingHistory'), false);
  const history = await loadHistory(tabId);

  // Every band is pictured only with this tab in front, on the page it started on.
  const run = new CaptureRun(tabId, tab.windowId, url, Number.POSITIVE_INFINITY);
  const journal = new ChatJournal(db, { tabId, url, capturedAt, history, ...caseId });
  let walk: Awaited<ReturnType<typeof walkBands>> | undefined;
  await sendTab(chatPageMessages, tabId, { type: 'chat.ui', hidden: true });
  await setOwnUiHidden(tabId, true);
  try {
    walk = await walkBands(tabId, run, journal);
  } catch (err) {
    // Failed in this background, which says so: nothing is left for a later start to finish.
    await journal.close();
    throw err;
  } finally {
    run.finish();
    await sendTab(chatPageMessages, tabId, { type: 'chat.ui', hidden: false }).catch(() => undefined);
    await setOwnUiHidden(tabId, false);
  }
  const { bands, stats, walkStoppedEarly, stopLine } = walk;
  try {
    const data = await sendTab(chatPageMessages, tabId, { type: 'chat.finish' });
    return await storeChat(db, {
      tabId,
      ...caseId,
      capturedAt,
      history,
      bands: await resolveBands(bands),
      ...(bands[0] ? { viewport: bands[0].viewport } : {}),
      ...(walkStoppedEarly ? { walkStoppedEarly, ...(stopLine ? { walkStopKind: 'stopped' as const } : {}) } : {}),
      extraHealth: [
        ...(stopLine ? [stopLine] : []),
        ...(stats.quotaRetries ? [t('healthQuotaRetries', stats.quotaRetries)] : []),
      ],
      data,
    });
  } finally {
    // Only now is the chat evidence (or failed for good); until here a stopped background finishes it from the journal.
    await Promise.all(walk.journaled);
    await journal.close();
  }
}

/**
 * The store stage, shared by a finished capture and one a stopped background left: the chat's files
 * (bands, images, transcript), its completeness, its case, then one evidence item; the page is told.
 */
export async function storeChat(db: OrderProofDB, chat: GatheredChat): Promise<ChatResult> {
  const { tabId, capturedAt, history, bands, data } = chat;
  const pictured = await bandFiles(bands);
  const images = await readImages(tabId, data.images);
  const { report, health } = chatReport(chat, images.outcomes);
  const { platform, orders } = chatOrders(data);
  const owner = await chatCase(db, platform, orders, chat, data);
  const transcript = buildTranscriptFiles({
    data,
    report,
    history,
    images: images.outcomes,
    bands: pictured.entries,
    capturedAt,
    platform,
    orders,
  });
  const item = await addEvidence(db, {
    caseId: owner.id,
    kind: 'chat-transcript',
    title: t('chatTitle', data.title || data.url),
    sourceUrl: data.url,
    pageTitle: data.title,
    capturedAt,
    capture: captureMeta(
      `chat:${data.mode === 'adapter' ? `adapter:${data.adapter}` : 'generic'}+scroll-bands:tabs.captureVisibleTab`,
      {
        viewport: chat.viewport ?? { width: 0, height: 0 },
        pageSize: { width: bands[0]?.width ?? 0, height: data.listHeight },
        health,
      },
    ),
    text: transcript.text,
    files: [...transcript.files, ...pictured.files, ...images.files],
  });
  // The chat is evidence from here on: a step that follows every stored chat (e.g. a time-stamp) goes here.

  const orderId = owner.orderRef && orders.includes(owner.orderRef) ? owner.orderRef : orders[0];
  progress(tabId, report.complete ? t('chatSaved', report.messages) : t('chatSavedIncomplete', health.join(' ')), true);
  return {
    caseId: owner.id,
    evidenceIds: [item.id],
    orderRecognised: Boolean(orderId),
    ...(orderId ? { orderId } : {}),
    health,
    ...(report.complete ? {} : { partial: true }),
    messages: report.messages,
    startReached: report.startReached,
    complete: report.complete,
  };
}

let resuming: Promise<void> | undefined;

/** Finishes, once per start of the background, the chats an earlier instance left unfinished. */
export function resumeChatsOnce(db: OrderProofDB): Promise<void> {
  resuming ??= resumeChats(db).catch((err: unknown) => console.error('[OrderProof] chat journal', err));
  return resuming;
}

async function resumeChats(db: OrderProofDB): Promise<void> {
  const { pending, drop } = await readChatJournal(db);
  for (const runId of drop) await discardChatJournal(db, runId);
  for (const chat of pending) {
    try {
      await finishStoppedChat(db, chat);
      await discardChatJournal(db, chat.runId);
    } catch (err) {
      console.error('[OrderProof] unfinished chat not saved', err);
      await chatJournalFailed(db, chat);
    }
  }
}

/**
 * A chat whose background stopped mid-capture: its kept bands, and the transcript the page still holds
 * (reading it also puts the list back where the user had it), stored as a partial chat.
 */
async function finishStoppedChat(db: OrderProofDB, chat: PendingChat): Promise<void> {
  const { header } = chat;
  // Stopped again between storing the chat and removing the journal: it is already evidence.
  const stored = await db.evidence
    .where('capturedAt')
    .equals(header.capturedAt)
    .filter((e) => e.kind === 'chat-transcript')
    .count();
  if (stored) return;
  const tab = await browser.tabs.get(header.tabId).catch(() => undefined);
  if (!tab?.url || documentUrl(tab.url) !== documentUrl(header.url)) throw new Error('the chat page is no longer open');
  await sendTab(chatPageMessages, header.tabId, { type: 'chat.ui', hidden: false }).catch(() => undefined);
  await setOwnUiHidden(header.tabId, false);
  const data = await sendTab(chatPageMessages, header.tabId, { type: 'chat.finish' });
  const bands: KeptBand[] = await Promise.all(
    chat.bands.map(async (b) => ({
      index: b.index,
      offset: b.offset,
      height: b.height,
      width: b.width,
      pixels: b.pixels,
      ...(b.unsettled ? { unsettled: true as const } : {}),
      png: new Uint8Array(await b.png.arrayBuffer()),
    })),
  );
  await storeChat(db, {
    tabId: header.tabId,
    ...(header.caseId ? { caseId: header.caseId } : {}),
    capturedAt: header.capturedAt,
    history: header.history,
    bands,
    ...(header.viewport ? { viewport: header.viewport } : {}),
    walkStoppedEarly: 'OrderProof’s background stopped during the capture.',
    walkStopKind: 'stopped',
    extraHealth: [t('chatHealthBackgroundStopped', data.messages.length, bands.length)],
    data,
  });
}

/** The background's chat messages, added to its one router. */
export function registerChatMessages(router: MessageRouter, db: OrderProofDB): void {
  void resumeChatsOnce(db);
  router.on(backgroundMessages, {
    'bg.chat.resume': async () => {
      await resumeChatsOnce(db);
      return { ok: true as const };
    },
    'bg.chat.capture': async (req, sender) => {
      refuseBackgroundTab(sender);
      const tabId = req.tabId ?? sender.tab?.id;
      if (tabId === undefined) return Promise.reject(new Error(t('errorNoTab')));
      return captureChat(db, {
        tabId,
        ...(req.caseId ? { caseId: req.caseId } : {}),
        ...(req.generic ? { generic: true } : {}),
        ...(req.pick ? { pick: true } : {}),
        ...(fromExtensionPage(sender) ? { activate: true } : {}),
      });
    },
    'bg.chat.rememberList': async ({ host, selector }, sender) => {
      // Only the page itself may name its own list, so one site cannot set another's.
      const from = sender.tab?.url ? new URL(sender.tab.url).host : undefined;
      if (from !== undefined && from !== host) throw new Error('a page may only remember its own list');
      await rememberList(db, host, selector);
      return { ok: true as const };
    },
  });
}
