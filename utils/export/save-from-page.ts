import { browser } from 'wxt/browser';
import type { OrderProofDB } from '../db/database';
import { recordAudit } from '../db/store';
import { uiLanguage } from '../i18n';
import { buildPackBlob, type PackProgress } from './pack';

/** Saves a file made in an extension page through an <a download>: pages can make blob URLs themselves. */
export function saveFromPage(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.click();
  // Revoking at once can cancel the download before the browser has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A masked copy of a case's pack, built in the library page itself: it has the canvas that paints
 * boxes over screenshots, and needs no message the background would have to pass on. The export is
 * logged like any other, then the pack's 'redact' entry records what was masked.
 */
export async function exportMaskedPack(db: OrderProofDB, caseId: string, onProgress?: (p: PackProgress) => void): Promise<{ filename: string; bytes: number }> {
  const lang = uiLanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
  await recordAudit(db, caseId, 'export', { format: 'zip', language: lang, redacted: true });
  const pack = await buildPackBlob(db, caseId, {
    lang,
    generatorVersion: browser.runtime.getManifest().version,
    redact: { text: true },
    ...(onProgress ? { onProgress } : {}),
  });
  const filename = pack.filename.replace(/\.zip$/, '_masked.zip');
  saveFromPage(pack.blob, filename);
  return { filename, bytes: pack.blob.size };
}
