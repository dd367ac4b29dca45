import { browser } from 'wxt/browser';
import type { OrderProofDB } from '../db/database';
import { recordAudit } from '../db/store';
import { buildPackBlob } from '../export/pack';
import { packChoiceDetails, packChoiceFilename, packChoiceOptions, type PackChoice } from '../export/pack-choice';
import { uiLanguage } from '../i18n';
import { sendRuntime } from '../messaging';
import { offscreenRequests } from '../schemas/messages';

export interface ExportResult {
  filename: string;
  downloadId: number;
  bytes: number;
  files: number;
}

export function packLanguage(): 'en' | 'zh' {
  return uiLanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const OFFSCREEN_PATH = '/offscreen.html';

/** Chrome's service worker cannot make blob URLs; an offscreen document (an extension page) can. */
async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (contexts.length) return;
  await browser.offscreen.createDocument({
    url: OFFSCREEN_PATH,
    reasons: ['BLOBS'],
    justification: 'Build evidence packs and hand them to the downloads API as blob URLs.',
  });
}

function whenDownloadEnds(downloadId: number): Promise<void> {
  return new Promise((resolve) => {
    const listener = (delta: { id: number; state?: { current?: string } }) => {
      if (delta.id !== downloadId) return;
      const state = delta.state?.current;
      if (state === 'complete' || state === 'interrupted') {
        browser.downloads.onChanged.removeListener(listener);
        resolve();
      }
    };
    browser.downloads.onChanged.addListener(listener);
  });
}

/** Builds a case's pack and saves it to the user's downloads folder, logging the export. */
export async function exportCaseToDownloads(db: OrderProofDB, caseId: string, choice?: PackChoice): Promise<ExportResult> {
  const lang = packLanguage();
  const generatorVersion = browser.runtime.getManifest().version;
  await recordAudit(db, caseId, 'export', { format: 'zip', language: lang, ...packChoiceDetails(choice) });
  let url: string;
  let filename: string;
  let bytes: number;
  let files: number;
  let revoke: () => Promise<void>;
  if (typeof URL.createObjectURL === 'function') {
    // Firefox's background page has a DOM.
    const pack = await buildPackBlob(db, caseId, { lang, generatorVersion, ...packChoiceOptions(choice) });
    url = URL.createObjectURL(pack.blob);
    filename = packChoiceFilename(pack.filename, choice);
    bytes = pack.blob.size;
    files = pack.fileCount;
    revoke = () => Promise.resolve(URL.revokeObjectURL(url));
  } else {
    await ensureOffscreen();
    ({ url, filename, bytes, files } = await sendRuntime(offscreenRequests, { type: 'offscreen.export', target: 'offscreen', caseId, lang, generatorVersion, ...(choice ? { choice } : {}) }));
    revoke = async () => {
      await sendRuntime(offscreenRequests, { type: 'offscreen.revoke', target: 'offscreen', url });
    };
  }
  const downloadId = await browser.downloads.download({ url, filename: `OrderProof/${filename}`, saveAs: false, conflictAction: 'uniquify' });
  void whenDownloadEnds(downloadId).then(revoke);
  return { filename, downloadId, bytes, files };
}
