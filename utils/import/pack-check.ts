// Checking a whole pack (a File or bytes) and building its records: in import-worker.ts on pages, on the
// caller's thread elsewhere. Nothing of the database or the extension APIs.
import { openPackArchive } from './pack-source';
import { preparePack, type PreparedImport } from './prepare-pack';
import type { UnzipLimits } from '../zip/safe-unzip';

export interface CheckedPack {
  prepared: PreparedImport;
  /** Milliseconds spent reading (with the CRC checks; hashing starts meanwhile) and verifying (for the bench). */
  timings: { read: number; verify: number };
}

/**
 * Reads the pack once, each file hashed as soon as it is read while the next is read, then verifies it whole
 * (preparePack: every hash, SHA256SUMS, the chain). Nothing is written: the caller writes what it returns.
 */
export async function checkPack(
  zip: Uint8Array | Blob,
  limits: Partial<UnzipLimits> = {},
  expectedHead?: string,
): Promise<CheckedPack> {
  const started = performance.now();
  const { readHashed, blobOf } = await openPackArchive(zip, limits);
  const { files, digests } = await readHashed(() => true);
  const read = performance.now();
  const prepared = await preparePack(files, '', { ...(expectedHead ? { expectedHead } : {}), digests }, blobOf);
  return { prepared, timings: { read: read - started, verify: performance.now() - read } };
}
