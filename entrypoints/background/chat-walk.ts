import { browser } from 'wxt/browser';
import type { OrderProofDB } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import { sendTab } from '../../utils/messaging';
import { type BandData, rememberedListSchema } from '../../utils/chat/schemas';
import { chatPageMessages } from '../../utils/messages/chat-page';
import type { HistoryResult } from '../../utils/chat/types';
import type { CaptureRun } from '../../utils/capture/context';
import { NotInFront } from '../../utils/capture/guard';
import type { ChatJournal } from '../../utils/capture/chat-journal';
import type { PaceStats } from '../../utils/capture/visible';
import { broadcastMessages } from '../../utils/messages/broadcast';
import { errorText } from '../../utils/error-text';

// The page-facing stages of a chat capture, in their order: startChat → loadHistory → walkBands →
// resolveBands. Each talks to the chat script in the tab and nothing else stores anything.

const CHAT_SCRIPT_FILE = '/content-scripts/chat.js';
/** Loading older history: per request (a message reply should not wait much longer) and in all. */
export const HISTORY_LIMITS = {
  stepMs: 20_000,
  maxMs: 120_000,
  /** No growth for this long after scrolling to the top: history has stopped loading. */
  quietMs: 2_500,
};
export const WALK_MAX_MS = 300_000;
const MAX_BANDS = 1_000;

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

export function progress(tabId: number, text: string, done: boolean): void {
  void sendTab(chatPageMessages, tabId, { type: 'chat.status', text, busy: !done }).catch(() => undefined);
  const note = broadcastMessages['pages.progress'].request.parse({ type: 'pages.progress', tabId, text, done });
  void browser.runtime.sendMessage(note).catch(() => undefined);
}

/**
 * The first stage: the chat script finds the message list (the one remembered for this site unless
 * the user asked to pick). No list: the user is asked to pick one, and the capture ends here.
 */
export async function startChat(
  db: OrderProofDB,
  tabId: number,
  tabUrl: string,
  req: { caseId?: string; generic?: boolean; pick?: boolean },
): Promise<{ url: string } | { picking: true }> {
  await ensureChatScript(tabId);
  const remembered = req.pick ? undefined : await rememberedList(db, new URL(tabUrl).host);
  const start = await sendTab(chatPageMessages, tabId, {
    type: 'chat.start',
    generic: Boolean(req.generic),
    ...(remembered ? { selector: remembered } : {}),
  });
  if (start.found) return { url: start.url };
  await sendTab(chatPageMessages, tabId, { type: 'chat.pick', ...(req.caseId ? { caseId: req.caseId } : {}) });
  return { picking: true };
}

/**
 * Loads older history to the conversation's start, one bounded request at a time until the page
 * says why it stopped or the overall limit runs out. `pages` and `ms` are for the whole load.
 */
export async function loadHistory(tabId: number, limits = HISTORY_LIMITS): Promise<HistoryResult> {
  const started = Date.now();
  let pages = 0;
  for (;;) {
    const left = limits.maxMs - (Date.now() - started);
    const step = await sendTab(chatPageMessages, tabId, {
      type: 'chat.history',
      maxMs: Math.max(1, Math.min(limits.stepMs, left)),
      quietMs: limits.quietMs,
    });
    pages += step.pages;
    if (step.basis !== 'time-limit' || Date.now() - started >= limits.maxMs)
      return { ...step, pages, ms: Date.now() - started };
  }
}

export type Crop = { png: Uint8Array; width: number; height: number };

/** The band's part of a screenshot: the list's rectangle, in the picture's own pixels. */
export async function cropBand(png: Uint8Array, band: BandData): Promise<Crop> {
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

export type WalkedBand = BandData & { failed?: string; crop?: Promise<Crop> };

export interface BandWalk {
  bands: WalkedBand[];
  stats: PaceStats;
  /** Why the walk stopped before the end of the chat, in plain English for the report. */
  walkStoppedEarly?: string;
  /** The same, translated for health, when the tab left or changed. */
  stopLine?: string;
  /** The journal writes of the bands; all settled before the journal may close. */
  journaled: Promise<void>[];
}

export interface WalkOptions {
  maxMs?: number;
  maxBands?: number;
  crop?: (png: Uint8Array, band: BandData) => Promise<Crop>;
}

/**
 * Scrolls the list band by band from its top and pictures each band, only with this tab in front on
 * the page it started on (`run`): a band taken with anything else in front is thrown away, and the
 * walk waits for the user or stops there. Each crop is journaled as it is made, so a background
 * stopped mid-chat loses none of them.
 */
export async function walkBands(
  tabId: number,
  run: Pick<CaptureRun, 'shootWhenInFront'>,
  journal: Pick<ChatJournal, 'band'>,
  options: WalkOptions = {},
): Promise<BandWalk> {
  const { maxMs = WALK_MAX_MS, maxBands = MAX_BANDS, crop: cropOf = cropBand } = options;
  const walk: BandWalk = { bands: [], stats: { quotaRetries: 0 }, journaled: [] };
  const started = Date.now();
  try {
    for (let index = 0; index < maxBands; index++) {
      if (Date.now() - started > maxMs) {
        walk.walkStoppedEarly = `The time limit (${maxMs / 1000} s) ran out before the end of the chat.`;
        break;
      }
      const band = await sendTab(chatPageMessages, tabId, { type: 'chat.band', index });
      const entry: WalkedBand = { ...band };
      walk.bands.push(entry);
      if (band.rect.height >= 1 && band.rect.width >= 1) {
        try {
          const png = await run.shootWhenInFront(walk.stats);
          // Cropping runs while the next band scrolls: the quota's wait is spent working.
          const crop = cropOf(png, band);
          entry.crop = crop;
          walk.journaled.push(
            crop.then(
              (c) =>
                journal.band({
                  index: band.index,
                  offset: band.offset,
                  height: band.height,
                  width: band.rect.width,
                  viewport: band.viewport,
                  pixels: { width: c.width, height: c.height },
                  ...(band.unsettled ? { unsettled: true as const } : {}),
                  png: c.png,
                }),
              () => undefined,
            ),
          );
        } catch (err) {
          if (!(err instanceof NotInFront)) {
            entry.failed = errorText(err);
          } else {
            entry.failed = LEFT_TEXT[err.state];
            walk.walkStoppedEarly = `The capture stopped at band ${index + 1}: ${entry.failed}.`;
            walk.stopLine =
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
      if (band.stuck && !walk.walkStoppedEarly) {
        walk.walkStoppedEarly = `The list stopped scrolling at band ${index + 1}, before its end: later messages may be missing.`;
        walk.stopLine = t('chatHealthListStuck', index + 1);
      }
      if (band.last) break;
    }
  } catch (err) {
    // The bands already taken are kept in the journal before the failure goes up.
    await Promise.all(walk.journaled);
    throw err;
  }
  return walk;
}

const LEFT_TEXT: Record<NotInFront['state'], string> = {
  navigated: 'the page went to another address',
  closed: 'the tab was closed',
  behind: 'another tab was in front',
  moved: 'another tab was in front',
};

/** A band as stored: its picture (cropped to the list), or why it has none. */
export interface KeptBand {
  index: number;
  offset: number;
  height: number;
  width: number;
  failed?: string;
  /** Its rows were still changing when it was read. */
  unsettled?: true;
  png?: Uint8Array;
  pixels?: { width: number; height: number };
}

/** The walked bands with their crops done; a crop that failed leaves its band with the reason. */
export async function resolveBands(bands: WalkedBand[]): Promise<KeptBand[]> {
  const out: KeptBand[] = [];
  for (const b of bands) {
    const kept: KeptBand = {
      index: b.index,
      offset: b.offset,
      height: b.height,
      width: b.rect.width,
      ...(b.failed ? { failed: b.failed } : {}),
      ...(b.unsettled ? { unsettled: true as const } : {}),
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
