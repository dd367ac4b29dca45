import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';

export const ZERO_HASH = '0'.repeat(64);

/** SHA-256 of bytes, hex. Uses WebCrypto (fast, native). */
export async function sha256Hex(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const digest = await crypto.subtle.digest('SHA-256', view as Uint8Array<ArrayBuffer>);
  return bytesToHex(new Uint8Array(digest));
}

/**
 * Synchronous SHA-256 for small inputs. Needed inside Dexie transactions, which commit as soon as
 * they await anything that is not Dexie (WebCrypto would end the transaction early).
 */
export function sha256HexSync(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

const SMALL_BLOB = 8 * 1024 * 1024;

const workerReplySchema = z.union([
  z.object({ progress: z.number() }),
  z.object({ hex: z.string().regex(/^[0-9a-f]{64}$/) }),
  z.object({ error: z.string() }),
]);

/** Pages hash big files in a worker: the main thread keeps painting while hundreds of MB go through. */
function sha256InWorker(blob: Blob, onProgress?: (done: number, total: number) => void): Promise<string> {
  const worker = new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<string>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent) => {
      const reply = workerReplySchema.safeParse(e.data);
      if (!reply.success) return;
      const data = reply.data;
      if ('progress' in data) onProgress?.(data.progress, blob.size);
      else {
        worker.terminate();
        if ('hex' in data) resolve(data.hex);
        else reject(new Error(data.error));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage({ blob, chunk: CHUNK });
  });
}
const CHUNK = 2 * 1024 * 1024;

/**
 * SHA-256 of a Blob. Small blobs go through WebCrypto in one piece; large ones (videos of hundreds of
 * MB) are hashed chunk by chunk from the stream, so memory stays flat and the page keeps painting.
 */
export async function sha256OfBlob(blob: Blob, onProgress?: (done: number, total: number) => void): Promise<string> {
  if (blob.size <= SMALL_BLOB) {
    const hex = await sha256Hex(new Uint8Array(await blob.arrayBuffer()));
    onProgress?.(blob.size, blob.size);
    return hex;
  }
  if (typeof Worker === 'function') return sha256InWorker(blob, onProgress);
  const hasher = sha256.create();
  for (let done = 0; done < blob.size; ) {
    const chunk = new Uint8Array(await blob.slice(done, done + CHUNK).arrayBuffer());
    hasher.update(chunk);
    done += chunk.byteLength;
    onProgress?.(done, blob.size);
    // Yield between chunks so input and painting are never starved.
    await new Promise((r) => setTimeout(r, 0));
  }
  return bytesToHex(hasher.digest());
}

/** JSON with sorted keys, so the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const obj = v as Record<string, unknown>;
      return Object.fromEntries(Object.keys(obj).sort().map((k) => [k, obj[k]]));
    }
    return v;
  });
}
