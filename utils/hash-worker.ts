import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';

// Hashes a large Blob off the page's main thread, reporting progress, so adding a video of
// hundreds of MB never freezes the library.
const requestSchema = z.object({ blob: z.instanceof(Blob), chunk: z.number().int().positive() });
const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(m: unknown): void };

scope.onmessage = (e) => {
  const parsed = requestSchema.safeParse(e.data);
  if (!parsed.success) {
    scope.postMessage({ error: 'bad request' });
    return;
  }
  const { blob, chunk } = parsed.data;
  void (async () => {
    const hasher = sha256.create();
    for (let done = 0; done < blob.size; ) {
      const part = new Uint8Array(await blob.slice(done, done + chunk).arrayBuffer());
      hasher.update(part);
      done += part.byteLength;
      scope.postMessage({ progress: done });
    }
    scope.postMessage({ hex: bytesToHex(hasher.digest()) });
  })().catch((err: unknown) => scope.postMessage({ error: err instanceof Error ? err.message : String(err) }));
};
