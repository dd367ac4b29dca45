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
  z.object({ error: z.string(), name: z.string().optional() }),
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
        else reject(Object.assign(new Error(data.error), data.name ? { name: data.name } : {}));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage({ blob });
  });
}

/**
 * Where a Blob cannot be read as a byte stream, it is hashed in slices of this size, two in flight at most.
 * Each slice read of a file from disk has a fixed cost: in Chromium 2 MB slices read a 500 MB video at a
 * quarter of the speed 16 MB ones do (the add bench, `npm run bench -- add`); larger ones gained nothing more.
 */
export const HASH_CHUNK_BYTES = 16 * 1024 * 1024;

/**
 * Where it can, a Blob is read through its byte stream into two reused buffers of this size ("bring your own
 * buffer"): in Chromium that read a 500 MB video about 2.5 times as fast as 16 MB slices did (each slice, like
 * each chunk of the default stream reader, is a fresh ArrayBuffer to allocate, fill and collect).
 */
export const HASH_READ_BYTES = 4 * 1024 * 1024;

/**
 * SHA-256 of a Blob. Small blobs go through WebCrypto in one piece; large ones (videos of hundreds of
 * MB) are hashed piece by piece, in a worker on pages, so memory stays flat and the page keeps painting.
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

/**
 * Hashes a Blob piece by piece on this thread (a worker, the background, Node). `chunk` sets the piece
 * size; progress is reported once per full piece and at the end.
 */
export async function sha256OfBlobHere(
  blob: Blob,
  onProgress?: (done: number, total: number) => void,
  chunk?: number,
): Promise<string> {
  const hasher = await streamSha256();
  const reader = byteReader(blob);
  if (reader) await hashFromReader(reader, hasher, blob.size, chunk ?? HASH_READ_BYTES, onProgress);
  else await hashBySlices(blob, hasher, chunk ?? HASH_CHUNK_BYTES, onProgress);
  return hasher.hex();
}

/**
 * Fills `buffer` from the reader, or as much of it as the stream has left. Each read hands the buffer to the
 * stream and gets it back in the result, so the returned view lies on the buffer the last read gave back.
 */
async function fill(reader: ReadableStreamBYOBReader, buffer: ArrayBuffer): Promise<Uint8Array<ArrayBuffer>> {
  let filled = 0;
  let space = buffer;
  while (filled < space.byteLength) {
    const { done, value } = await reader.read(new Uint8Array(space, filled, space.byteLength - filled));
    if (!value) break;
    space = value.buffer;
    filled += value.byteLength;
    if (done) break;
  }
  return new Uint8Array(space, 0, filled);
}

/** A reader that fills buffers of ours, or undefined where Blob streams are not byte streams. */
function byteReader(blob: Blob): ReadableStreamBYOBReader | undefined {
  if (!blob.size) return undefined;
  try {
    return blob.stream().getReader({ mode: 'byob' });
  } catch {
    return undefined;
  }
}

/**
 * Fills one buffer while the other, full, is hashed. Each read hands its buffer to the stream and gets it
 * back in the result, so two buffers serve the whole file.
 */
async function hashFromReader(
  reader: ReadableStreamBYOBReader,
  hasher: StreamHasher,
  total: number,
  size: number,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  let spare = new ArrayBuffer(size);
  let next = fill(reader, new ArrayBuffer(size));
  for (let done = 0; ;) {
    const part = await next;
    if (!part.byteLength) break;
    // The next piece is read into the spare buffer while this one is hashed.
    next = fill(reader, spare);
    hasher.update(part);
    done += part.byteLength;
    spare = part.buffer;
    onProgress?.(done, total);
  }
  reader.releaseLock();
}

async function hashBySlices(
  blob: Blob,
  hasher: StreamHasher,
  chunk: number,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
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
