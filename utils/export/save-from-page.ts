import { browser } from 'wxt/browser';
import type { OrderProofDB } from '../db/database';
import { recordAudit } from '../db/store';
import { uiLanguage } from '../i18n';
import type { Fit } from './fit';
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
 * A pack built in the library page itself, for the options that need a canvas (boxes painted over
 * screenshots when masking, JPEG copies when fitting to upload limits) and no message the background
 * would have to pass on. The export is logged like any other; a masked pack's 'redact' entry records
 * what was masked.
 */
export async function exportPackFromPage(
  db: OrderProofDB,
  caseId: string,
  choice: { masked: boolean; fitTo?: Fit },
  onProgress?: (p: PackProgress) => void,
): Promise<{ filename: string; bytes: number }> {
  const lang = uiLanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
  await recordAudit(db, caseId, 'export', { format: 'zip', language: lang, ...(choice.masked ? { redacted: true } : {}), ...(choice.fitTo ? { fitTo: choice.fitTo.preset } : {}) });
  const pack = await buildPackBlob(db, caseId, {
    lang,
    generatorVersion: browser.runtime.getManifest().version,
    ...(choice.masked ? { redact: { text: true } } : {}),
    ...(choice.fitTo ? { fitTo: choice.fitTo } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  const suffix = `${choice.masked ? '_masked' : ''}${choice.fitTo ? '_upload' : ''}`;
  const filename = pack.filename.replace(/\.zip$/, `${suffix}.zip`);
  saveFromPage(pack.blob, filename);
  return { filename, bytes: pack.blob.size };
}
