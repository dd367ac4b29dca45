import { browser } from 'wxt/browser';
import type { OrderProofDB } from '../db/database';
import { exportCase } from './export-case';
import type { PackChoice } from './pack-choice';
import type { PackProgress } from './pack';
import { recordExport } from './record-export';
import { whenDownloadEnds } from './download-end';

/**
 * Saves a file made in an extension page into Downloads/OrderProof/, the folder the popup's exports
 * use too, so people find every pack in one place. Gives the download's id (for "show in folder").
 */
export async function saveFromPage(blob: Blob, filename: string): Promise<number> {
  const url = URL.createObjectURL(blob);
  try {
    return await browser.downloads.download({
      url,
      filename: `OrderProof/${filename}`,
      saveAs: false,
      conflictAction: 'uniquify',
    });
  } finally {
    // Revoking at once can cancel the download before the browser has read the blob.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/**
 * A pack built in the library page itself, for the options that need a canvas (boxes painted over
 * screenshots when masking, JPEG copies when fitting to upload limits) and no message the background
 * would have to pass on. Logged like the popup's export: only once the file is complete on disk, so a
 * cancelled or failed download leaves no export entry in the case's log.
 */
export async function exportPackFromPage(
  db: OrderProofDB,
  caseId: string,
  choice: PackChoice | undefined,
  onProgress?: (p: PackProgress) => void,
): Promise<{ filename: string; bytes: number; head: string; downloadId: number }> {
  const pack = await exportCase(db, caseId, choice, {
    version: browser.runtime.getManifest().version,
    ...(onProgress ? { onProgress } : {}),
  });
  const downloadId = await saveFromPage(pack.blob, pack.filename);
  const state = await whenDownloadEnds(downloadId);
  if (state !== 'complete') throw new Error(`the download of ${pack.filename} was interrupted; nothing was logged`);
  await recordExport(db, pack.seal);
  return { filename: pack.filename, bytes: pack.bytes, head: pack.head, downloadId };
}
