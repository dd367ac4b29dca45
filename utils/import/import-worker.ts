import { z } from 'zod';
import { fastCrc32 } from '../hash';
import { preparePack, reasonOf as importFailureReason } from './prepare-pack';
import { safeUnzip, type UnzipLimits } from '../zip/safe-unzip';

// Unpacks and checks a pack off the page's main thread: a manifest of tens of MB (JSON, schema, tens
// of thousands of chained log entries) and every file's hash would otherwise freeze the library.
const requestSchema = z.object({
  zip: z.instanceof(Uint8Array),
  limits: z.record(z.string(), z.number()).optional(),
  expectedHead: z.string().optional(),
});
const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(m: unknown): void };

scope.onmessage = (e) => {
  const parsed = requestSchema.safeParse(e.data);
  if (!parsed.success) {
    scope.postMessage({ ok: false, reason: 'bad request' });
    return;
  }
  const { zip, limits, expectedHead } = parsed.data;
  void (async () => {
    const started = performance.now();
    const files = safeUnzip(zip, limits as Partial<UnzipLimits> | undefined, await fastCrc32());
    const unzipped = performance.now();
    const prepared = await preparePack(files, '', expectedHead ? { expectedHead } : {});
    // This worker's own clock: the page records the durations on its timeline for the bench.
    const timings = { unzip: unzipped - started, verify: performance.now() - unzipped };
    scope.postMessage({ ok: true, prepared, timings });
  })().catch((err: unknown) => scope.postMessage({ ok: false, reason: importFailureReason(err) }));
};
