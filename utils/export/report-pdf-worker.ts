import type { OrderProofDB } from '../db/database';
import { measure, recordDurations } from '../stage-time';
import type { ReportInput } from './report-input';
import { z } from 'zod';

const reportReplySchema = z.union([
  z.object({ ok: z.literal(true), pdf: z.instanceof(Uint8Array), timings: z.record(z.string(), z.number()) }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);

/** report.pdf being made in the report worker. */
export interface PdfInWorker {
  /** The PDF, or undefined when the worker could not make it: the caller then makes it on its own thread. */
  pdf: Promise<Uint8Array | undefined>;
  /** Ends the worker (the pack failed): `pdf` settles undefined. */
  stop(): void;
}

/** The pictures as Blobs, looked up in one read: a Blob is a handle, its bytes are read by the worker. */
async function pictureBlobs(db: OrderProofDB, images: ReadonlyMap<string, string | Blob>): Promise<Map<string, Blob>> {
  const stored = [...images.values()].filter((r): r is string => typeof r === 'string');
  const found = new Map((await db.blobs.bulkGet(stored)).flatMap((r) => (r ? [[r.sha256, r.data] as const] : [])));
  const out = new Map<string, Blob>();
  for (const [path, ref] of images) {
    const blob = typeof ref === 'string' ? found.get(ref) : ref;
    if (blob) out.set(path, blob);
  }
  return out;
}

/**
 * Starts report.pdf in a worker of its own, so it is made on the machine's other core while this thread
 * writes the evidence; undefined where no worker can start here (a service worker, Node). Whatever goes
 * wrong in the worker, `pdf` settles undefined rather than failing: the PDF is then made here, never lost.
 */
export function reportPdfInWorker(
  db: OrderProofDB,
  input: ReportInput,
  images: ReadonlyMap<string, string | Blob>,
  /** The font's bytes, or the address of the bundled font for the worker to read itself (off this thread). */
  loadFont: () => Promise<Uint8Array | string>,
): PdfInWorker | undefined {
  if (typeof Worker !== 'function') return undefined;
  let worker: Worker;
  try {
    // Started first: its script loads and compiles while the pictures' handles are read here.
    worker = new Worker(new URL('./report-worker.ts', import.meta.url), { type: 'module' });
  } catch (err) {
    console.warn("report.pdf is made on the page's thread instead:", err);
    return undefined;
  }
  let stopped: (() => void) | undefined;
  const started = performance.now();
  const reply = new Promise<Uint8Array | undefined>((resolve) => {
    stopped = () => resolve(undefined);
    const fail = (why: string) => {
      console.warn(`report.pdf is made on the page's thread instead: ${why}`);
      resolve(undefined);
    };
    worker.onmessage = (e: MessageEvent) => {
      const answer = reportReplySchema.safeParse(e.data);
      if (!answer.success) return fail('the report worker sent an unreadable reply');
      if (!answer.data.ok) return fail(answer.data.reason);
      recordDurations('', answer.data.timings);
      resolve(answer.data.pdf);
    };
    worker.onerror = (e) => fail(e.message || 'the report worker stopped');
    worker.onmessageerror = () => fail('the report worker could not read its reply');
  });
  const made = async (): Promise<Uint8Array | undefined> => {
    const [font, blobs] = await Promise.all([loadFont(), pictureBlobs(db, images)]);
    // The font is copied, not transferred: a caller may keep its bytes for the next pack.
    worker.postMessage({ input, images: blobs, font });
    return reply;
  };
  const pdf = made()
    .catch((err: unknown) => {
      console.warn("report.pdf is made on the page's thread instead:", err);
      return undefined;
    })
    .finally(() => {
      worker.terminate();
      measure('pack:reports:pdf-worker', started);
    });
  return {
    pdf,
    stop: () => {
      worker.terminate();
      stopped?.();
    },
  };
}
