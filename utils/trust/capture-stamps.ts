import type { OrderProofDB } from '../db/database';
import type { AuditEntry, Evidence } from '../schemas/records';
import { errorText } from '../error-text';
import { stampRecordSchema, type StampRecord } from './records';
import { readTsaSettings, type TsaSettings, tsaUrl } from './tsa-settings';

/**
 * Capture-time stamps. When time-stamping is on, every stored evidence item gets a small text file
 * listing what it was when stored (its id, the local time, its log entry's hash, each file's SHA-256),
 * and the authority's token over exactly those bytes. The pack carries both as `stamps/<id>.txt` and
 * `stamps/<id>.txt.tsr`, so `openssl ts -verify -data stamps/<id>.txt -in stamps/<id>.txt.tsr` checks
 * it, and the text ties the token to the files by their hashes. A capture is stored first and never
 * waits for the authority: its stamp is queued, and retried until the authority answers.
 */
export const CAPTURE_STAMP_HEADER = 'OrderProof capture stamp 1';

export interface StampedFacts {
  item: string;
  capturedAt: string;
  logEntry: string;
  files: { sha256: string; name: string }[];
}

/** The covered text: stable line order, LF endings, file names as stored (a name holds no newline). */
export function captureStampText(item: Evidence, entry: Pick<AuditEntry, 'hash'>): string {
  const lines = [
    CAPTURE_STAMP_HEADER,
    `item ${item.id}`,
    `captured-at ${new Date(item.capturedAt).toISOString()}`,
    `log-entry ${entry.hash}`,
    ...item.files.map((f) => `${f.sha256}  ${f.name.replace(/[\r\n]/g, ' ')}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Reads a covered text back; undefined when it is not one. */
export function parseCaptureStamp(text: string): StampedFacts | undefined {
  const lines = text.split('\n');
  if (lines[0] !== CAPTURE_STAMP_HEADER || lines.at(-1) !== '') return undefined;
  const item = /^item (\S+)$/.exec(lines[1] ?? '')?.[1];
  const capturedAt = /^captured-at (\S+)$/.exec(lines[2] ?? '')?.[1];
  const logEntry = /^log-entry ([0-9a-f]{64})$/.exec(lines[3] ?? '')?.[1];
  if (!item || !capturedAt || !logEntry || Number.isNaN(Date.parse(capturedAt))) return undefined;
  const files: StampedFacts['files'] = [];
  for (const line of lines.slice(4, -1)) {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) return undefined;
    files.push({ sha256: m[1]!, name: m[2]! });
  }
  return { item, capturedAt, logEntry, files };
}

/**
 * Queues a stamp for an item just stored, when time-stamping is on; does nothing (and asks nothing)
 * when it is off. Never throws: a stamp that cannot be queued must not undo or fail the capture.
 */
export async function queueCaptureStamp(
  db: OrderProofDB,
  item: Evidence,
  entry: AuditEntry,
  /** The settings read ahead by the caller (addEvidence reads them while it stores), else read here. */
  settings?: Promise<TsaSettings>,
): Promise<void> {
  try {
    const url = tsaUrl(await (settings ?? readTsaSettings(db)));
    if (!url) return;
    await db.stamps.put(
      stampRecordSchema.parse({
        id: item.id,
        caseId: item.caseId,
        data: captureStampText(item, entry),
        status: 'queued',
        tsaUrl: url,
        queuedAt: item.capturedAt,
        attempts: 0,
      }),
    );
  } catch (err) {
    console.warn('[OrderProof] the capture was stored, but its time-stamp could not be queued:', err);
  }
}

/** The wait before retry n (1-based): 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

/** When a queued stamp is next due (its first try at once). */
export function dueAt(stamp: StampRecord): number {
  return stamp.nextAttemptAt ?? stamp.queuedAt;
}

export interface SendResult {
  stamped: number;
  failed: number;
  /** The earliest time a stamp still queued is due again, when one is. */
  nextDue?: number;
}

let sending: Promise<SendResult> | undefined;

/**
 * Asks the authority for every queued stamp that is due (all of them with `force`), one at a time.
 * A failure is counted and the stamp waits longer each time; the capture is untouched either way.
 * With time-stamping off nothing is sent. Concurrent calls share one run.
 */
export function sendQueuedStamps(
  db: OrderProofDB,
  options: { fetcher?: typeof fetch; now?: () => number; force?: boolean } = {},
): Promise<SendResult> {
  sending ??= sendAll(db, options).finally(() => (sending = undefined));
  return sending;
}

async function sendAll(
  db: OrderProofDB,
  { fetcher = fetch, now = Date.now, force = false }: { fetcher?: typeof fetch; now?: () => number; force?: boolean },
): Promise<SendResult> {
  const result: SendResult = { stamped: 0, failed: 0 };
  const url = tsaUrl(await readTsaSettings(db));
  const queued = await db.stamps.where('status').equals('queued').toArray();
  // Off: queued stamps stay queued, and nothing is sent.
  if (!url) return result;
  for (const raw of queued.sort((a, b) => a.queuedAt - b.queuedAt)) {
    const parsed = stampRecordSchema.safeParse(raw);
    if (!parsed.success) continue;
    const stamp = parsed.data;
    if (!force && dueAt(stamp) > now()) {
      result.nextDue = Math.min(result.nextDue ?? Infinity, dueAt(stamp));
      continue;
    }
    try {
      // The certificate code is loaded when a stamp is asked for: pages that store evidence start without it.
      const { requestTimeStamp } = await import('./tsp');
      const { token, facts } = await requestTimeStamp(url, new TextEncoder().encode(stamp.data), fetcher);
      await db.stamps.update(stamp.id, {
        status: 'stamped',
        tsaUrl: url,
        attempts: stamp.attempts + 1,
        stampedAt: now(),
        genTime: facts.genTime.getTime(),
        token: token as Uint8Array<ArrayBuffer>,
        chainPem: facts.chainPem,
        lastError: undefined,
        nextAttemptAt: undefined,
      });
      result.stamped += 1;
    } catch (err) {
      const attempts = stamp.attempts + 1;
      const next = now() + retryDelayMs(attempts);
      await db.stamps.update(stamp.id, { attempts, lastError: errorText(err), nextAttemptAt: next, tsaUrl: url });
      result.failed += 1;
      result.nextDue = Math.min(result.nextDue ?? Infinity, next);
    }
  }
  return result;
}

/** How long after the capture its token came, by the local clock at both ends; undefined while queued. */
export function stampDelayMs(stamp: Pick<StampRecord, 'queuedAt' | 'stampedAt'>): number | undefined {
  return stamp.stampedAt === undefined ? undefined : Math.max(0, stamp.stampedAt - stamp.queuedAt);
}

/** "3 h 12 min", "45 min", "20 s": a wait in the units that matter. */
export function formatWait(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} h ${m % 60} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}
