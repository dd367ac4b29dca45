import { z } from 'zod';
import type { OrderProofDB, SettingRecord } from '../db/database';
import { isoDateSchema } from '../schemas/order';
import { roleSchema } from '../schemas/records';
import { type Band, pngSize } from './compose';
import type { Rect } from './geometry';

/**
 * The bands of a running full-page capture, kept in the settings table as they are taken. Chrome
 * may stop the background at any moment; the next start finishes such a capture from what was
 * kept instead of losing it. Nothing here is evidence: the picture is composed and hashed only when
 * it is stored with addEvidence, and the entry is removed then.
 */

const PREFIX = 'captureJournal:';
/** Rows are `captureJournal:<runId>` (what the capture is) and `captureJournal:<runId>:band:<n>`. */
const ROW = /^captureJournal:([^:]+)(?::band:(\d+))?$/;
const headerKey = (runId: string) => `${PREFIX}${runId}`;
const bandKey = (runId: string, index: number) => `${PREFIX}${runId}:band:${String(index).padStart(5, '0')}`;
/** A journal that keeps failing to become evidence is dropped rather than retried at every start forever. */
export const MAX_ATTEMPTS = 3;

const sizeSchema = z.object({ width: z.number().nonnegative(), height: z.number().nonnegative() });

/** Where the evidence goes: the case asked for, else the order's case, else a new one described here. */
export const caseTargetSchema = z.object({
  caseId: z.string().min(1).optional(),
  platform: z.string().min(1),
  role: roleSchema,
  title: z.string().min(1),
  orderRef: z.string().min(1).optional(),
  placedAt: isoDateSchema.optional(),
});
export type CaseTarget = z.infer<typeof caseTargetSchema>;

export const journalMetaSchema = z.object({
  url: z.string(),
  title: z.string(),
  target: caseTargetSchema,
  startedAt: z.number().int().nonnegative(),
  viewport: sizeSchema,
});
export type JournalMeta = z.infer<typeof journalMetaSchema>;

/** What only the capture method knows, rewritten with every band since the page may grow meanwhile. */
export const journalLayoutSchema = z.object({
  method: z.string().min(1),
  /** CSS px: the width pictured, and the bottom the capture was heading for. */
  width: z.number().positive(),
  bottom: z.number().positive(),
  /** window.innerWidth when the capture began: band PNG width over this is the picture's scale. */
  viewportWidth: z.number().positive(),
  devicePixelRatio: z.number().positive(),
  pageSize: sizeSchema,
  /** Screens the capture expected to take in all. */
  expected: z.number().int().positive(),
  health: z.array(z.string()),
});
export type JournalLayout = z.infer<typeof journalLayoutSchema>;

const headerSchema = z.object({
  runId: z.string().min(1),
  meta: journalMetaSchema,
  layout: journalLayoutSchema,
  attempts: z.number().int().nonnegative(),
});
export type JournalHeader = z.infer<typeof headerSchema>;

const bandRowSchema = z.object({
  index: z.number().int().nonnegative(),
  x: z.number(),
  y: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
  png: z.instanceof(Blob),
});
type BandRow = z.infer<typeof bandRowSchema>;

export interface PendingCapture {
  runId: string;
  header: JournalHeader;
  bands: BandRow[];
}

/** Captures running in this instance of the background: theirs are live journals, not leftovers. */
const live = new Set<string>();

/** One capture's journal. Writing is best effort: a failed write must never stop the capture itself. */
export class CaptureJournal {
  readonly runId = crypto.randomUUID();
  private broken = false;

  constructor(
    private readonly db: OrderProofDB,
    private readonly meta: JournalMeta,
  ) {
    live.add(this.runId);
  }

  async band(index: number, band: Band, layout: JournalLayout): Promise<void> {
    if (this.broken) return;
    const row: BandRow = {
      index,
      x: band.x,
      y: band.y,
      width: band.width,
      height: band.height,
      png: new Blob([band.png as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
    };
    const header: JournalHeader = {
      runId: this.runId,
      meta: this.meta,
      layout: { ...layout, health: [...layout.health] },
      attempts: 0,
    };
    try {
      // Band and header together, so a header never promises a band that is not there.
      await this.db.transaction('rw', this.db.settings, async () => {
        await this.db.settings.put({ key: bandKey(this.runId, index), value: row });
        await this.db.settings.put({ key: headerKey(this.runId), value: header });
      });
    } catch (err) {
      this.broken = true;
      console.warn('[OrderProof] capture journal not written', err);
    }
  }

  /** The capture ended in this background (saved or failed): its bands are not needed any more. */
  async close(): Promise<void> {
    live.delete(this.runId);
    await discardJournal(this.db, this.runId).catch((err: unknown) =>
      console.warn('[OrderProof] capture journal not removed', err),
    );
  }
}

export async function discardJournal(db: OrderProofDB, runId: string): Promise<void> {
  // Run ids are UUIDs of one length, so this prefix matches this run's rows only.
  await db.settings.where('key').startsWith(headerKey(runId)).delete();
}

/** Counts a failed attempt to finish a journal; past the limit the journal is dropped. */
export async function journalFailed(db: OrderProofDB, capture: PendingCapture): Promise<void> {
  const attempts = capture.header.attempts + 1;
  if (attempts >= MAX_ATTEMPTS) await discardJournal(db, capture.runId);
  else await db.settings.put({ key: headerKey(capture.runId), value: { ...capture.header, attempts } });
}

/**
 * Sorts the journal's rows into captures to finish and run ids to drop: rows that fail validation,
 * bands without a valid header, headers without bands. Live runs are left alone.
 */
export function groupJournal(
  rows: SettingRecord[],
  skip: ReadonlySet<string> = new Set(),
): { pending: PendingCapture[]; drop: string[] } {
  return groupRuns(rows, ROW, headerSchema, bandRowSchema, skip);
}

/**
 * The sorting both journals share (page captures here, whole chats in chat-journal.ts): rows keyed
 * `<prefix><runId>` (header) and `<prefix><runId>:band:<index>`, matched by `row`, whose groups are the
 * run id and the band index.
 */
export function groupRuns<H extends { runId: string }, B extends { index: number }>(
  rows: readonly { key: string; value: unknown }[],
  row: RegExp,
  header: z.ZodType<H>,
  band: z.ZodType<B>,
  skip: ReadonlySet<string>,
): { pending: { runId: string; header: H; bands: B[] }[]; drop: string[] } {
  const runs = new Map<string, { header?: H; bands: B[]; bad: boolean }>();
  for (const r of rows) {
    const m = row.exec(r.key);
    if (!m) continue;
    const runId = m[1]!;
    if (skip.has(runId)) continue;
    const run = runs.get(runId) ?? { bands: [], bad: false };
    runs.set(runId, run);
    if (m[2] === undefined) {
      const parsed = header.safeParse(r.value);
      if (parsed.success && parsed.data.runId === runId) run.header = parsed.data;
      else run.bad = true;
    } else {
      const parsed = band.safeParse(r.value);
      if (parsed.success && parsed.data.index === Number(m[2])) run.bands.push(parsed.data);
      else run.bad = true;
    }
  }
  const pending: { runId: string; header: H; bands: B[] }[] = [];
  const drop: string[] = [];
  for (const [runId, run] of runs) {
    if (run.bad || !run.header || !run.bands.length) drop.push(runId);
    else pending.push({ runId, header: run.header, bands: run.bands.sort((a, b) => a.index - b.index) });
  }
  return { pending, drop };
}

/** Every unfinished capture left by an earlier instance of the background. */
export async function readJournal(db: OrderProofDB): Promise<{ pending: PendingCapture[]; drop: string[] }> {
  return groupJournal(await db.settings.where('key').startsWith(PREFIX).toArray(), live);
}

export interface ResumePlan {
  bands: Band[];
  area: Rect;
  scale: number;
  kept: number;
  expected: number;
}

/** The picture a journal yields, placed exactly as the stitching would have placed it. */
export function resumePlan(layout: JournalLayout, bands: Band[]): ResumePlan {
  if (!bands.length) throw new Error('no bands');
  const scale = pngSize(bands[0]!.png).width / layout.viewportWidth;
  const covered = Math.max(...bands.map((b) => b.y + b.height));
  return {
    bands: bands.map((b) => ({ ...b, scale })),
    area: { x: 0, y: 0, width: layout.width, height: Math.min(covered, layout.bottom) },
    scale,
    kept: bands.length,
    expected: Math.max(bands.length, layout.expected),
  };
}

export async function loadBands(capture: PendingCapture): Promise<Band[]> {
  return Promise.all(
    capture.bands.map(async ({ x, y, width, height, png }) => ({
      x,
      y,
      width,
      height,
      scale: 1,
      png: new Uint8Array(await png.arrayBuffer()),
    })),
  );
}
