import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { createCRC32, createSHA256 } from 'hash-wasm';
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

/** An incremental hash: bytes go in piece by piece, the digest comes out once. */
export interface StreamHasher {
  update(bytes: Uint8Array): void;
  /** Lower-case hex; the hasher is spent afterwards. */
  hex(): string;
}

// WebAssembly where the page's policy allows it (extension pages and workers do); otherwise a
// JavaScript fallback, several times slower but always there.
let wasmUsable: Promise<boolean> | undefined;
function wasmReady(): Promise<boolean> {
  wasmUsable ??= createSHA256().then(
    () => true,
    () => false,
  );
  return wasmUsable;
}

/** A streaming SHA-256 (hash-wasm's WebAssembly build): WebCrypto cannot hash a file in parts. */
export async function streamSha256(): Promise<StreamHasher> {
  if (await wasmReady()) {
    const h = await createSHA256();
    h.init();
    return { update: (b) => void h.update(b), hex: () => h.digest('hex') };
  }
  const h = sha256.create();
  return { update: (b) => void h.update(b), hex: () => bytesToHex(h.digest()) };
}

let oneShotCrc: Promise<(bytes: Uint8Array) => number> | undefined;

/**
 * A one-shot CRC-32 (the ZIP polynomial), synchronous once made: for checks that cannot await each file.
 * One WebAssembly instance serves every call (each call runs to its end without yielding, so calls never interleave).
 */
export function fastCrc32(): Promise<(bytes: Uint8Array) => number> {
  oneShotCrc ??= (async () => {
    if (!(await wasmReady())) return (await import('./zip/crc32')).crc32;
    const h = await createCRC32();
    return (bytes: Uint8Array) => {
      h.init();
      h.update(bytes);
      return new DataView(h.digest('binary').buffer).getUint32(0, false);
    };
  })();
  return oneShotCrc;
}

/** A streaming CRC-32 (the ZIP polynomial) as a number, fed in the same pass as the SHA-256. */
export async function streamCrc32(): Promise<{ update(bytes: Uint8Array): void; value(): number }> {
  if (await wasmReady()) {
    const h = await createCRC32();
    h.init();
    return {
      update: (b) => void h.update(b),
      value: () => new DataView(h.digest('binary').buffer).getUint32(0, false),
    };
  }
  const { crc32 } = await import('./zip/crc32');
  let crc = 0;
  return { update: (b) => void (crc = crc32(b, crc)), value: () => crc };
}

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
    worker.postMessage({ blob, chunk: HASH_CHUNK_BYTES });
  });
}

/**
 * Big Blobs are hashed in slices of this size, two in flight at most. Each slice read of a file from disk has
 * a fixed cost: in Chromium 2 MB slices read a 500 MB video at a quarter of the speed 16 MB slices do (the
 * add bench, `npm run bench -- add`); larger ones gained nothing more.
 */
export const HASH_CHUNK_BYTES = 16 * 1024 * 1024;

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
  if (typeof Worker === 'function' && typeof document === 'object') return sha256InWorker(blob, onProgress);
  return sha256OfBlobHere(blob, onProgress);
}

/** Hashes a Blob slice by slice on this thread (a worker, the background, Node). */
export async function sha256OfBlobHere(
  blob: Blob,
  onProgress?: (done: number, total: number) => void,
  chunk = HASH_CHUNK_BYTES,
): Promise<string> {
  const hasher = await streamSha256();
  // The next slice is read while this one is hashed.
  let next = blob.size ? blob.slice(0, chunk).arrayBuffer() : undefined;
  for (let done = 0; next;) {
    const part = new Uint8Array(await next);
    const at = done + part.byteLength;
    next = at < blob.size ? blob.slice(at, at + chunk).arrayBuffer() : undefined;
    hasher.update(part);
    done = at;
    onProgress?.(done, blob.size);
  }
  return hasher.hex();
}

/** JSON with sorted keys, so the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const obj = v as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(obj)
          .sort()
          .map((k) => [k, obj[k]]),
      );
    }
    return v;
  });
}
