import type { HistoryResult, StartBasis } from './types';

/** What the transcript may be missing, each in words a reader can check against the page. */
export type GapKind =
  | 'history-error'
  | 'history-stalled'
  | 'history-time-limit'
  | 'band-failed'
  | 'band-unsettled'
  | 'no-overlap'
  | 'walk-time-limit'
  | 'walk-stopped'
  | 'image-not-read';

export interface Gap {
  kind: GapKind;
  /** Plain English detail; the background adds a translated line to the capture health. */
  detail: string;
  /** 1-based message number the gap follows, when it has a place in the thread. */
  afterMessage?: number;
  band?: number;
}

export interface CompletenessReport {
  messages: number;
  firstTime?: string;
  lastTime?: string;
  startReached: boolean;
  startBasis: StartBasis;
  historyPages: number;
  bands: { count: number; failed: number[]; coveredHeight: number; listHeight: number };
  images: { total: number; saved: number; notRead: number };
  gaps: Gap[];
  /** True when the start was reached, every band was pictured and no message is named missing (unread images are listed apart). */
  complete: boolean;
}

export interface ReportInput {
  messages: { time?: string; timeText: string }[];
  history: HistoryResult;
  bands: { index: number; height: number; failed?: string; unsettled?: boolean }[];
  listHeight: number;
  walkStoppedEarly?: string;
  /** `stopped`: the walk stopped for another reason than its time limit (said in walkStoppedEarly). */
  walkStopKind?: 'time-limit' | 'stopped';
  overlapGaps: { after: number }[];
  images: { url: string; saved: boolean; reason?: string }[];
}

const START_REACHED: Record<StartBasis, boolean> = {
  marker: true,
  'no-more-history': true,
  stalled: false,
  'history-error': false,
  'time-limit': false,
};

export function buildReport(input: ReportInput): CompletenessReport {
  const gaps: Gap[] = [];
  const h = input.history;
  if (h.basis === 'history-error') {
    gaps.push({
      kind: 'history-error',
      detail: `Older history stopped loading after ${h.pages} page(s)${h.errorText ? `: "${h.errorText}"` : ''}; messages before the first one here are missing.`,
      afterMessage: 0,
    });
  } else if (h.basis === 'stalled') {
    gaps.push({
      kind: 'history-stalled',
      detail: `History may be incomplete: the chat stopped loading older messages after ${h.pages} page(s), before the start of the conversation appeared.`,
      afterMessage: 0,
    });
  } else if (h.basis === 'time-limit') {
    gaps.push({
      kind: 'history-time-limit',
      detail: `Older history was still loading when the time limit (${Math.round(h.ms / 1000)} s) ran out.`,
      afterMessage: 0,
    });
  }
  for (const g of input.overlapGaps) {
    gaps.push({
      kind: 'no-overlap',
      detail: `Two neighbouring bands shared no message; something after message ${g.after} may be missing.`,
      afterMessage: g.after,
    });
  }
  const failed = input.bands.filter((b) => b.failed);
  for (const b of failed)
    gaps.push({ kind: 'band-failed', detail: `Screenshot band ${b.index + 1} failed: ${b.failed}.`, band: b.index });
  for (const b of input.bands.filter((x) => x.unsettled))
    gaps.push({
      kind: 'band-unsettled',
      detail: `Band ${b.index + 1}'s messages were still changing when it was read: messages there may be missing.`,
      band: b.index,
    });
  if (input.walkStoppedEarly)
    gaps.push({
      kind: input.walkStopKind === 'stopped' ? 'walk-stopped' : 'walk-time-limit',
      detail: input.walkStoppedEarly,
    });
  const unread = input.images.filter((i) => !i.saved);
  for (const i of unread)
    gaps.push({
      kind: 'image-not-read',
      detail: `Image not saved (${i.reason ?? 'unreadable'}); its address is kept: ${i.url}`,
    });

  const timed = input.messages.map((m) => m.time ?? m.timeText).filter(Boolean);
  const coveredHeight = input.bands.filter((b) => !b.failed).reduce((sum, b) => sum + b.height, 0);
  const startReached = START_REACHED[h.basis];
  return {
    messages: input.messages.length,
    ...(timed[0] ? { firstTime: timed[0] } : {}),
    ...(timed.length ? { lastTime: timed.at(-1)! } : {}),
    startReached,
    startBasis: h.basis,
    historyPages: h.pages,
    bands: {
      count: input.bands.length,
      failed: failed.map((b) => b.index),
      coveredHeight,
      listHeight: input.listHeight,
    },
    images: { total: input.images.length, saved: input.images.length - unread.length, notRead: unread.length },
    gaps,
    complete: startReached && gaps.every((g) => g.kind === 'image-not-read') && coveredHeight >= input.listHeight,
  };
}
