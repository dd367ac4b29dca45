import type { NewFile } from '../../utils/db/store';
import { sha256Hex } from '../../utils/hash';
import { t } from '../../utils/i18n';
import { formatDateTime } from '../../utils/i18n-format';
import { uiLocale } from '../../utils/i18n-labels';
import { sendTab } from '../../utils/messaging';
import { orderNumbersIn, orderNumbersInUrl } from '../../utils/chat/orders';
import { chatAdapters } from '../../utils/marketplaces/chat-registry';
import { buildReport, type CompletenessReport } from '../../utils/chat/report';
import type { FinishedData } from '../../utils/chat/schemas';
import { chatPageMessages } from '../../utils/messages/chat-page';
import type { HistoryResult } from '../../utils/chat/types';
import { dataUrlToBytes } from '../../utils/capture/meta';
import { errorText } from '../../utils/error-text';
import { type KeptBand, WALK_MAX_MS } from './chat-walk';

// The stages that turn a gathered chat into files: bandFiles → readImages → chatReport → chatOrders →
// buildTranscriptFiles. Only readImages talks to the page; none of them stores anything.

const EXT: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
};

export interface StoredImage {
  file: string;
  sha256: string;
  size: number;
  mime: string;
}

/** Each image the transcript names: its stored file, or why it has none. */
export type ImageOutcomes = Map<string, StoredImage | { reason: string }>;

/** What a chat capture gathered, from this run or from a journal a stopped background left. */
export interface GatheredChat {
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

export interface BandFile {
  file: string;
  index: number;
  offset: number;
  height: number;
  width: number;
  pixels: { width: number; height: number };
  sha256: string;
}

/** The pictured bands as numbered PNG files, and their place in the list for transcript.json. */
export async function bandFiles(bands: KeptBand[]): Promise<{ files: NewFile[]; entries: BandFile[] }> {
  const files: NewFile[] = [];
  const entries: BandFile[] = [];
  const width = Math.max(3, String(bands.length).length);
  for (const b of bands) {
    if (!b.png || !b.pixels) continue;
    const file = `band-${String(b.index + 1).padStart(width, '0')}.png`;
    files.push({ name: file, mime: 'image/png', bytes: b.png });
    const { index, offset, height, width: w, pixels } = b;
    entries.push({ file, index, offset, height, width: w, pixels, sha256: await sha256Hex(b.png) });
  }
  return { files, entries };
}

/** Reads, through the page, each image the chat script could reach; the others keep their reason. */
export async function readImages(
  tabId: number,
  images: FinishedData['images'],
): Promise<{ files: NewFile[]; outcomes: ImageOutcomes }> {
  const files: NewFile[] = [];
  const outcomes: ImageOutcomes = new Map();
  let n = 0;
  for (const img of images) {
    if (!img.saved) {
      outcomes.set(img.url, { reason: img.reason ?? 'not read' });
      continue;
    }
    try {
      const got = await sendTab(chatPageMessages, tabId, { type: 'chat.image', url: img.url });
      const bytes = dataUrlToBytes(`data:${got.mime};base64,${got.base64}`).bytes;
      const file = `image-${String(++n).padStart(3, '0')}.${EXT[got.mime.split(';')[0]!.trim()] ?? 'bin'}`;
      files.push({ name: file, mime: got.mime, bytes });
      outcomes.set(img.url, { file, sha256: await sha256Hex(bytes), size: bytes.byteLength, mime: got.mime });
    } catch (err) {
      outcomes.set(img.url, { reason: `reading it failed: ${errorText(err)}` });
    }
  }
  return { files, outcomes };
}

/** The completeness report and the capture health it gives, with the lines the gathering added. */
export function chatReport(
  chat: GatheredChat,
  outcomes: ImageOutcomes,
): { report: CompletenessReport; health: string[] } {
  const { data, history, bands } = chat;
  const report = buildReport({
    messages: data.messages,
    history,
    bands: bands.map((b) => ({
      index: b.index,
      height: b.height,
      ...(b.failed ? { failed: b.failed } : {}),
      ...(b.unsettled ? { unsettled: true } : {}),
    })),
    listHeight: data.listHeight,
    ...(chat.walkStoppedEarly
      ? { walkStoppedEarly: chat.walkStoppedEarly, ...(chat.walkStopKind ? { walkStopKind: chat.walkStopKind } : {}) }
      : {}),
    overlapGaps: data.overlapGaps,
    images: data.images.map((i) => {
      const s = outcomes.get(i.url);
      return { url: i.url, saved: Boolean(s && 'file' in s), ...(s && 'reason' in s ? { reason: s.reason } : {}) };
    }),
  });
  return { report, health: [...healthLines(report, history, data.mode === 'generic'), ...chat.extraHealth] };
}

/**
 * A message's time as the reader's language writes it, with its zone. Only a time that names its zone
 * (ISO with Z or an offset, or epoch milliseconds) is converted; a page's wall-clock time with no zone, or
 * its own text ("10:32"), is shown as the page gave it, since converting it would guess the zone.
 */
function shownTime(time: string | undefined): string {
  if (!time) return '?';
  const zoned = /^\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:?\d\d)$/.test(time) || /^\d{12,13}$/.test(time);
  return zoned ? formatDateTime(/^\d+$/.test(time) ? Number(time) : time, { locale: uiLocale() }) : time;
}

function healthLines(report: CompletenessReport, history: HistoryResult, generic: boolean): string[] {
  const out = [t('chatHealthMessages', report.messages, shownTime(report.firstTime), shownTime(report.lastTime))];
  if (report.startBasis === 'marker') out.push(t('chatHealthStartMarker'));
  else if (report.startBasis === 'no-more-history') out.push(t('chatHealthStartAssumed'));
  else out.push(t('chatHealthStartNotReached'));
  for (const g of report.gaps) {
    if (g.kind === 'history-error') out.push(t('chatHealthHistoryError', history.pages, history.errorText ?? '?'));
    else if (g.kind === 'history-stalled') out.push(t('chatHealthHistoryStalled', history.pages));
    else if (g.kind === 'band-unsettled') out.push(t('chatHealthBandUnsettled', (g.band ?? 0) + 1));
    else if (g.kind === 'history-time-limit') out.push(t('chatHealthHistoryTime', Math.round(history.ms / 1000)));
    else if (g.kind === 'band-failed') out.push(t('chatHealthBandFailed', (g.band ?? 0) + 1, g.detail));
    else if (g.kind === 'no-overlap') out.push(t('chatHealthNoOverlap', g.afterMessage ?? 0));
    else if (g.kind === 'walk-time-limit') out.push(t('chatHealthWalkTime', Math.round(WALK_MAX_MS / 1000)));
  }
  if (report.images.notRead) out.push(t('chatHealthImagesNotRead', report.images.notRead));
  if (generic) out.push(t('chatHealthGeneric'));
  return out;
}

/** The marketplace the chat belongs to, and the order numbers its address and messages name (address first). */
export function chatOrders(data: FinishedData): { platform: string; orders: string[] } {
  const adapter = chatAdapters.find((a) => a.id === data.adapter);
  const patterns = adapter?.orderPatterns ?? [];
  const orders = [
    ...new Set([
      ...orderNumbersInUrl(data.url, patterns),
      ...data.messages.flatMap((m) => orderNumbersIn(m.text, patterns)),
    ]),
  ];
  return { platform: adapter?.id ?? 'other', orders };
}

/** Readable transcript: plain text, one block per message, images and files named by their stored file. */
export function transcriptText(
  data: FinishedData,
  report: CompletenessReport,
  images: ImageOutcomes,
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

export interface TranscriptInput {
  data: FinishedData;
  report: CompletenessReport;
  history: HistoryResult;
  images: ImageOutcomes;
  bands: BandFile[];
  capturedAt: number;
  platform: string;
  orders: string[];
}

/** transcript.json (every message and attachment, machine-readable) and transcript.txt (for reading). */
export function buildTranscriptFiles(input: TranscriptInput): { text: string; files: NewFile[] } {
  const { data, report, history, images, capturedAt } = input;
  const text = transcriptText(data, report, images, capturedAt);
  const json = {
    format: 'orderproof-chat-transcript/1',
    note: 'text is each message as written; translation is the page’s own translation, where it showed one. Times: time is ISO 8601 where the page gave a machine-readable time, timeText as the page showed it.',
    url: data.url,
    title: data.title,
    platform: input.platform,
    ...(data.adapter ? { adapter: data.adapter } : {}),
    mode: data.mode,
    listSelector: data.listSelector,
    pageSide: data.side,
    capturedAt: new Date(capturedAt).toISOString(),
    utcOffsetMinutes: -new Date(capturedAt).getTimezoneOffset(),
    orderNumbers: input.orders,
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
    bands: input.bands,
  };
  const enc = new TextEncoder();
  return {
    text,
    files: [
      { name: 'transcript.json', mime: 'application/json', bytes: enc.encode(JSON.stringify(json, null, 2)) },
      { name: 'transcript.txt', mime: 'text/plain;charset=utf-8', bytes: enc.encode(text) },
    ],
  };
}
