import { z } from 'zod';
import { sha256OfBlobHere } from './hash';
import { errorText } from './error-text';

// Hashes a large Blob off the page's main thread (hash-wasm, piece by piece), reporting progress, so
// adding a video of hundreds of MB never freezes the library.
const requestSchema = z.object({ blob: z.instanceof(Blob), chunk: z.number().int().positive().optional() });
const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(m: unknown): void };

/** Progress is posted at most this often: one message per slice would flood the page. */
const PROGRESS_MS = 100;

scope.onmessage = (e) => {
  const parsed = requestSchema.safeParse(e.data);
  if (!parsed.success) {
    scope.postMessage({ error: 'bad request' });
    return;
  }
  const { blob, chunk } = parsed.data;
  let shown = 0;
  sha256OfBlobHere(
    blob,
    (done, total) => {
      const now = performance.now();
      if (now - shown < PROGRESS_MS && done < total) return;
      shown = now;
      scope.postMessage({ progress: done });
    },
    chunk,
  )
    .then((hex) => scope.postMessage({ hex }))
    // The error's name goes with it: a NotReadableError (the file changed on disk) is told apart from others.
    .catch((err: unknown) =>
      scope.postMessage({ error: errorText(err), ...(err instanceof Error ? { name: err.name } : {}) }),
    );
};
