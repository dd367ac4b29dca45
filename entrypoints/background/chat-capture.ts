import { browser, type Browser } from 'wxt/browser';
import type { OrderProofDB } from '../../utils/db/database';
import { addEvidence, createCase, findCaseForOrder, type NewFile } from '../../utils/db/store';
import { sha256Hex } from '../../utils/hash';
import { t } from '../../utils/i18n';
import { type MessageRouter, sendTab } from '../../utils/messaging';
import { orderNumbersIn, orderNumbersInUrl } from '../../utils/chat/orders';
import { chatAdapters } from '../../utils/marketplaces/chat-registry';
import { buildReport, type CompletenessReport } from '../../utils/chat/report';
import { type BandData, type ChatResult, type FinishedData, rememberedListSchema } from '../../utils/chat/schemas';
import { backgroundMessages } from '../../utils/messages/background';
import { chatPageMessages } from '../../utils/messages/chat-page';
import type { HistoryResult } from '../../utils/chat/types';
import { CaptureRun } from '../../utils/capture/context';
import { documentUrl, NotInFront } from '../../utils/capture/guard';
import {
  ChatJournal,
  chatJournalFailed,
  discardChatJournal,
  type PendingChat,
  readChatJournal,
} from '../../utils/capture/chat-journal';
import type { PaceStats } from '../../utils/capture/visible';
import { broadcastMessages } from '../../utils/messages/broadcast';
import type { Case } from '../../utils/schemas/records';
import { captureMeta, dataUrlToBytes } from '../../utils/capture/meta';
import { fromExtensionPage, setOwnUiHidden } from './tab';
import { inFront } from './capture';
import { refuseBackgroundTab } from './sender';
import { errorText } from '../../utils/error-text';

const CHAT_SCRIPT_FILE = '/content-scripts/chat.js';
/** Loading older history: per request (a message reply should not wait much longer) and in all. */
const HISTORY_STEP_MS = 20_000;
const HISTORY_MAX_MS = 120_000;
/** No growth for this long after scrolling to the top: history has stopped loading. */
const HISTORY_QUIET_MS = 2_500;
const WALK_MAX_MS = 300_000;
const MAX_BANDS = 1_000;

export interface ChatCaptureRequest {
  tabId: number;
  caseId?: string;
  generic?: boolean;
  pick?: boolean;
  /** Set only for requests from OrderProof's own pages: they may bring the tab to the front. */
  activate?: boolean;
}

const settingKey = (host: string) => `chatList:${host.toLowerCase()}`;

export async function rememberList(db: OrderProofDB, host: string, selector: string): Promise<void> {
  await db.settings.put({
    key: settingKey(host),
    value: rememberedListSchema.parse({ selector, savedAt: Date.now() }),
  });
}

export async function rememberedList(db: OrderProofDB, host: string): Promise<string | undefined> {
  const row = await db.settings.get(settingKey(host));
  const parsed = rememberedListSchema.safeParse(row?.value);
  return parsed.success ? parsed.data.selector : undefined;
}

async function ensureChatScript(tabId: number): Promise<void> {
  try {
    await sendTab(chatPageMessages, tabId, { type: 'chat.ping' });
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [CHAT_SCRIPT_FILE] });
  }
}

function progress(tabId: number, text: string, done: boolean): void {
  void sendTab(chatPageMessages, tabId, { type: 'chat.status', text, busy: !done }).catch(() => undefined);
  const note = broadcastMessages['pages.progress'].request.parse({ type: 'pages.progress', tabId, text, done });
  void browser.runtime.sendMessage(note).catch(() => undefined);
}

type Crop = { png: Uint8Array; width: number; height: number };

/** The band's part of a screenshot: the list's rectangle, in the picture's own pixels. */
async function cropBand(png: Uint8Array, band: BandData): Promise<Crop> {
  const bitmap = await createImageBitmap(new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
  try {
    const scale = bitmap.width / band.viewport.width;
    const sx = Math.round(band.rect.x * scale);
    const sy = Math.round(band.rect.y * scale);
    const sw = Math.max(1, Math.min(bitmap.width - sx, Math.round(band.rect.width * scale)));
    const sh = Math.max(1, Math.min(bitmap.height - sy, Math.round(band.rect.height * scale)));
    const canvas = new OffscreenCanvas(sw, sh);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(bitmap, sx, sy, sw, sh, 0, 0, sw, sh);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return { png: new Uint8Array(await blob.arrayBuffer()), width: sw, height: sh };
  } finally {
    bitmap.close();
  }
}

const EXT: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
};

interface StoredImage {
  file: string;
  sha256: string;
  size: number;
  mime: string;
}

/** Readable transcript: plain text, one block per message, images and files named by their stored file. */
export function transcriptText(
  data: FinishedData,
  report: CompletenessReport,
  images: Map<string, StoredImage | { reason: string }>,
  capturedAt: number,
): string {
  const lines: string[] = [];
  lines.push(`Chat transcript · ${data.title || data.url}`, data.url, `Captured ${new Date(capturedAt).toISOString()}`);
  lines.push(`${report.messages} messages${report.firstTime ? `, ${report.firstTime} – ${report.lastTime}` : ''}`);
  lines.push(`Start of the conversation: ${report.startReached ? 'reached' : 'NOT reached'} (${report.startBasis})`);
  for (const g of report.gaps) lines.push(`WARNING: ${g.detail}`);
  lines.push('');
  data.messages.forEach((m, i) => {
    const who = [m.role === 'unknown' ? (m.side ? `${m.side} side` : 'sender unknown') : m.role, m.name]
      .filter(Boolean)
      .join(' · ');
    lines.push(`[${i + 1}] ${m.time ?? m.timeText} · ${who}`.trimEnd());
    if (m.text) lines.push(m.text);
    if (m.translation) lines.push(`(translation shown by the page) ${m.translation}`);
    for (const img of m.images) {
      const s = images.get(img.url);
      lines.push(
        s && 'file' in s
          ? `[image ${s.file}, sha256 ${s.sha256}]`
          : `[image not saved: ${img.url}${s ? ` (${s.reason})` : ''}]`,
      );
    }
    for (const a of m.attachments) lines.push(`[file ${a.name}: ${a.url}]`);
    lines.push('');
  });
  return lines.join('\n');
}

function healthLines(report: CompletenessReport, history: HistoryResult, generic: boolean): string[] {
  const out = [t('chatHealthMessages', report.messages, report.firstTime ?? '?', report.lastTime ?? '?')];
  if (report.startBasis === 'marker') out.push(t('chatHealthStartMarker'));
  else if (report.startBasis === 'no-more-history') out.push(t('chatHealthStartAssumed'));
  else out.push(t('chatHealthStartNotReached'));
  for (const g of report.gaps) {
    if (g.kind === 'history-error') out.push(t('chatHealthHistoryError', history.pages, history.errorText ?? '?'));
    else if (g.kind === 'history-time-limit') out.push(t('chatHealthHistoryTime', Math.round(history.ms / 1000)));
    else if (g.kind === 'band-failed') out.push(t('chatHealthBandFailed', (g.band ?? 0) + 1, g.detail));
    else if (g.kind === 'no-overlap') out.push(t('chatHealthNoOverlap', g.afterMessage ?? 0));
    else if (g.kind === 'walk-time-limit') out.push(t('chatHealthWalkTime', Math.round(WALK_MAX_MS / 1000)));
  }
  if (report.images.notRead) out.push(t('chatHealthImagesNotRead', report.images.notRead));
  if (generic) out.push(t('chatHealthGeneric'));
  return out;
}

/**
 * The order's case: the first order number in the URL or the messages that already has a case, else the
 * case the user picked, else a new case (for the first order number named, if any).
 */
async function targetCase(
  db: OrderProofDB,
  platform: string,
  orders: string[],
  req: ChatCaptureRequest,
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
 */
export function captureChat(db: OrderProofDB, req: ChatCaptureRequest): Promise<ChatResult | { picking: true }> {
  return inFront(req.tabId, req.activate ?? false, (tab) => captureChatInFront(db, req, tab));
}

async function captureChatInFront(
  db: OrderProofDB,
  req: ChatCaptureRequest,
  tab: Browser.tabs.Tab,
): Promise<ChatResult | { picking: true }> {
  const tabId = req.tabId;
  await ensureChatScript(tabId);
  const host = new URL(tab.url ?? '').host;
  const remembered = req.pick ? undefined : await rememberedList(db, host);
  const start = await sendTab(chatPageMessages, tabId, {
    type: 'chat.start',
    generic: Boolean(req.generic),
    ...(remembered ? { selector: remembered } : {}),
  });
  if (!start.found) {
    await sendTab(chatPageMessages, tabId, { type: 'chat.pick', ...(req.caseId ? { caseId: req.caseId } : {}) });
    return { picking: true };
  }
  const capturedAt = Date.now();

  progress(tabId, t('chatLoadingHistory'), false);
  let history: HistoryResult = { basis: 'time-limit', pages: 0, ms: 0 };
  let pages = 0;
  const historyStarted = Date.now();
  for (;;) {
    const left = HISTORY_MAX_MS - (Date.now() - historyStarted);
    history = await sendTab(chatPageMessages, tabId, {
      type: 'chat.history',
      maxMs: Math.max(1, Math.min(HISTORY_STEP_MS, left)),
      quietMs: HISTORY_QUIET_MS,
    });
    pages += history.pages;
    if (history.basis !== 'time-limit' || Date.now() - historyStarted >= HISTORY_MAX_MS) break;
  }
  history = { ...history, pages, ms: Date.now() - historyStarted };

  const bands: (BandData & { failed?: string; crop?: Promise<Crop> })[] = [];
  const stats: PaceStats = { quotaRetries: 0 };
  let walkStoppedEarly: string | undefined;
  /** Why the walk stopped before the end of the chat, in words for health. */
  let stopLine: string | undefined;
  const walkStarted = Date.now();
  // Every band is pictured only with this tab in front, on the page it started on; a band taken with
  // anything else in front is thrown away, and the walk waits for the user or stops there.
  const run = new CaptureRun(tabId, tab.windowId, tab.url ?? start.url, Number.POSITIVE_INFINITY);
  // Each band is kept as it is taken, so a background stopped mid-chat loses none of them.
  const journal = new ChatJournal(db, {
    tabId,
    url: tab.url ?? start.url,
    capturedAt,
    history,
    ...(req.caseId ? { caseId: req.caseId } : {}),
  });
  const journaled: Promise<void>[] = [];
  await sendTab(chatPageMessages, tabId, { type: 'chat.ui', hidden: true });
  await setOwnUiHidden(tabId, true);
  try {
    for (let index = 0; index < MAX_BANDS; index++) {
      if (Date.now() - walkStarted > WALK_MAX_MS) {
        walkStoppedEarly = `The time limit (${WALK_MAX_MS / 1000} s) ran out before the end of the chat.`;
        break;
      }
      const band = await sendTab(chatPageMessages, tabId, { type: 'chat.band', index });
      const entry: (typeof bands)[number] = { ...band };
      bands.push(entry);
      if (band.rect.height >= 1 && band.rect.width >= 1) {
        try {
          const png = await run.shootWhenInFront(stats);
          // Cropping runs while the next band scrolls: the quota's wait is spent working.
          const crop = cropBand(png, band);
          entry.crop = crop;
          journaled.push(
            crop.then(
              (c) =>
                journal.band({
                  index: band.index,
                  offset: band.offset,
                  height: band.height,
                  width: band.rect.width,
                  viewport: band.viewport,
                  pixels: { width: c.width, height: c.height },
                  png: c.png,
                }),
              () => undefined,
            ),
          );
        } catch (err) {
          if (!(err instanceof NotInFront)) {
            entry.failed = errorText(err);
          } else {
            entry.failed =
              err.state === 'navigated'
                ? 'the page went to another address'
                : err.state === 'closed'
                  ? 'the tab was closed'
                  : 'another tab was in front';
            walkStoppedEarly = `The capture stopped at band ${index + 1}: ${entry.failed}.`;
            stopLine =
              err.state === 'navigated'
                ? t('chatHealthNavigated', index + 1)
                : err.state === 'closed'
                  ? t('healthPartialTabClosed')
                  : t('chatHealthTabLeft', index + 1);
            break;
          }
        }
      } else {
        entry.failed = 'the list was not in view';
      }
      if (index % 3 === 0) progress(tabId, t('chatCapturing', index + 1, band.messages), false);
      if (band.last) break;
    }
  } catch (err) {
    // Failed in this background, which says so: nothing is left for a later start to finish.
    await Promise.all(journaled);
    await journal.close();
    throw err;
  } finally {
    run.finish();
    await sendTab(chatPageMessages, tabId, { type: 'chat.ui', hidden: false }).catch(() => undefined);
    await setOwnUiHidden(tabId, false);
  }
  try {
    const data = await sendTab(chatPageMessages, tabId, { type: 'chat.finish' });
    return await storeChat(db, {
      tabId,
      ...(req.caseId ? { caseId: req.caseId } : {}),
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
    await Promise.all(journaled);
    await journal.close();
  }
}

/** A band as stored: its picture (cropped to the list), or why it has none. */
interface KeptBand {
  index: number;
  offset: number;
  height: number;
  width: number;
  failed?: string;
  png?: Uint8Array;
  pixels?: { width: number; height: number };
}

async function resolveBands(bands: (BandData & { failed?: string; crop?: Promise<Crop> })[]): Promise<KeptBand[]> {
  const out: KeptBand[] = [];
  for (const b of bands) {
    const kept: KeptBand = {
      index: b.index,
      offset: b.offset,
      height: b.height,
      width: b.rect.width,
      ...(b.failed ? { failed: b.failed } : {}),
    };
    if (b.crop) {
      try {
        const crop = await b.crop;
        kept.png = crop.png;
        kept.pixels = { width: crop.width, height: crop.height };
      } catch (err) {
        kept.failed = `cropping failed: ${errorText(err)}`;
      }
    }
    out.push(kept);
  }
  return out;
}

/** What a chat capture gathered, from this run or from a journal a stopped background left. */
interface GatheredChat {
  tabId: number;
  caseId?: string;
  capturedAt: number;
  history: HistoryResult;
  bands: KeptBand[];
  viewport?: { width: number; height: number };
  walkStoppedEarly?: string;
  walkStopKind?: 'time-limit' | 'stopped';
  /** Health lines the report does not make itself. */
  extraHealth: string[];
  data: FinishedData;
}

/** Stores a gathered chat as one evidence item (bands, images, transcript, completeness) and tells the page. */
async function storeChat(db: OrderProofDB, chat: GatheredChat): Promise<ChatResult> {
  const { tabId, capturedAt, history, bands, data } = chat;
  const req = { tabId, ...(chat.caseId ? { caseId: chat.caseId } : {}) };
  const files: NewFile[] = [];
  const bandFiles: {
    file: string;
    index: number;
    offset: number;
    height: number;
    width: number;
    pixels: { width: number; height: number };
    sha256: string;
  }[] = [];
  const width = String(bands.length).length;
  for (const b of bands) {
    if (!b.png || !b.pixels) continue;
    const file = `band-${String(b.index + 1).padStart(Math.max(3, width), '0')}.png`;
    files.push({ name: file, mime: 'image/png', bytes: b.png });
    bandFiles.push({
      file,
      index: b.index,
      offset: b.offset,
      height: b.height,
      width: b.width,
      pixels: b.pixels,
      sha256: await sha256Hex(b.png),
    });
  }

  const images = new Map<string, StoredImage | { reason: string }>();
  let n = 0;
  for (const img of data.images) {
    if (!img.saved) {
      images.set(img.url, { reason: img.reason ?? 'not read' });
      continue;
    }
    try {
      const got = await sendTab(chatPageMessages, tabId, { type: 'chat.image', url: img.url });
      const bytes = dataUrlToBytes(`data:${got.mime};base64,${got.base64}`).bytes;
      const file = `image-${String(++n).padStart(3, '0')}.${EXT[got.mime.split(';')[0]!.trim()] ?? 'bin'}`;
      files.push({ name: file, mime: got.mime, bytes });
      images.set(img.url, { file, sha256: await sha256Hex(bytes), size: bytes.byteLength, mime: got.mime });
    } catch (err) {
      images.set(img.url, { reason: `reading it failed: ${errorText(err)}` });
    }
  }

  const report = buildReport({
    messages: data.messages,
    history,
    bands: bands.map((b) => ({ index: b.index, height: b.height, ...(b.failed ? { failed: b.failed } : {}) })),
    listHeight: data.listHeight,
    ...(chat.walkStoppedEarly
      ? { walkStoppedEarly: chat.walkStoppedEarly, ...(chat.walkStopKind ? { walkStopKind: chat.walkStopKind } : {}) }
      : {}),
    overlapGaps: data.overlapGaps,
    images: data.images.map((i) => {
      const s = images.get(i.url);
      return { url: i.url, saved: Boolean(s && 'file' in s), ...(s && 'reason' in s ? { reason: s.reason } : {}) };
    }),
  });
  const health = healthLines(report, history, data.mode === 'generic');
  health.push(...chat.extraHealth);

  const adapter = chatAdapters.find((a) => a.id === data.adapter);
  const patterns = adapter?.orderPatterns ?? [];
  const orders = [
    ...new Set([
      ...orderNumbersInUrl(data.url, patterns),
      ...data.messages.flatMap((m) => orderNumbersIn(m.text, patterns)),
    ]),
  ];
  const platform = adapter?.id ?? 'other';
  const owner = await targetCase(db, platform, orders, req, data);

  const text = transcriptText(data, report, images, capturedAt);
  const enc = new TextEncoder();
  const json = {
    format: 'orderproof-chat-transcript/1',
    note: 'text is each message as written; translation is the page’s own translation, where it showed one. Times: time is ISO 8601 where the page gave a machine-readable time, timeText as the page showed it.',
    url: data.url,
    title: data.title,
    platform,
    ...(data.adapter ? { adapter: data.adapter } : {}),
    mode: data.mode,
    listSelector: data.listSelector,
    pageSide: data.side,
    capturedAt: new Date(capturedAt).toISOString(),
    utcOffsetMinutes: -new Date(capturedAt).getTimezoneOffset(),
    orderNumbers: orders,
    completeness: report,
    history,
    messages: data.messages.map((m, i) => ({
      n: i + 1,
      key: m.key,
      ...(m.id ? { id: m.id } : {}),
      role: m.role,
      ...(m.side ? { side: m.side } : {}),
      name: m.name,
      ...(m.time ? { time: m.time } : {}),
      timeText: m.timeText,
      text: m.text,
      ...(m.translation ? { translation: m.translation } : {}),
      attachments: [
        ...m.images.map((img) => {
          const s = images.get(img.url);
          return s && 'file' in s
            ? {
                kind: 'image',
                url: img.url,
                alt: img.alt,
                saved: true,
                file: s.file,
                sha256: s.sha256,
                size: s.size,
                mime: s.mime,
              }
            : { kind: 'image', url: img.url, alt: img.alt, saved: false, reason: s?.reason ?? 'not read' };
        }),
        ...m.attachments.map((a) => ({
          kind: 'file',
          url: a.url,
          name: a.name,
          saved: false,
          reason: 'files are kept by address; OrderProof does not download them',
        })),
      ],
    })),
    bands: bandFiles,
  };
  files.unshift(
    { name: 'transcript.json', mime: 'application/json', bytes: enc.encode(JSON.stringify(json, null, 2)) },
    { name: 'transcript.txt', mime: 'text/plain;charset=utf-8', bytes: enc.encode(text) },
  );
  const partial = !report.complete;
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
    text,
    files,
  });
  const orderId = owner.orderRef && orders.includes(owner.orderRef) ? owner.orderRef : orders[0];
  const result: ChatResult = {
    caseId: owner.id,
    evidenceIds: [item.id],
    orderRecognised: Boolean(orderId),
    ...(orderId ? { orderId } : {}),
    health,
    ...(partial ? { partial } : {}),
    messages: report.messages,
    startReached: report.startReached,
    complete: report.complete,
  };
  progress(tabId, report.complete ? t('chatSaved', report.messages) : t('chatSavedIncomplete', health.join(' ')), true);
  return result;
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
