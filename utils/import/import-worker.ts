import { z } from 'zod';
import { fastCrc32 } from '../hash';
import { preparePack, reasonOf as importFailureReason } from './prepare-pack';
import { safeUnzip, type UnzipLimits } from '../zip/safe-unzip';

// Unpacks and checks a pack off the page's main thread: a manifest of tens of MB (JSON, schema, tens
// of thousands of chained log entries) and every file's hash would otherwise freeze the library.
const requestSchema = z.object({
  zip: z.union([z.instanceof(Uint8Array), z.instanceof(Blob)]),
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
    // One read of the whole file, here rather than in the page: no copy passes through the page's thread.
    const bytes = zip instanceof Blob ? new Uint8Array(await zip.arrayBuffer()) : zip;
    const read = performance.now();
    const files = safeUnzip(bytes, limits as Partial<UnzipLimits> | undefined, await fastCrc32());
    const unzipped = performance.now();
    const prepared = await preparePack(files, '', expectedHead ? { expectedHead } : {});
    // This worker's own clock: the page records the durations on its timeline for the bench.
    const timings = { read: read - started, unzip: unzipped - read, verify: performance.now() - unzipped };
    scope.postMessage({ ok: true, prepared, timings });
  })().catch((err: unknown) => scope.postMessage({ ok: false, reason: importFailureReason(err) }));
};
