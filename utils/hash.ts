import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

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
const CHUNK = 4 * 1024 * 1024;

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
