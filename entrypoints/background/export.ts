import { browser } from 'wxt/browser';
import type { OrderProofDB } from '../../utils/db/database';
import { exportCase, exportLanguage } from '../../utils/export/export-case';
import { type PackSeal, recordExport } from '../../utils/export/record-export';
import { whenDownloadEnds } from '../../utils/export/download-end';
import type { PackChoice } from '../../utils/export/pack-choice';
import { type MessageRouter, sendRuntime } from '../../utils/messaging';
import { backgroundMessages } from '../../utils/messages/background';
import { offscreenMessages } from '../../utils/messages/offscreen';
import { measure } from '../../utils/stage-time';
import { OffscreenLife } from '../../utils/export/offscreen-life';

export interface ExportResult {
  filename: string;
  downloadId: number;
  bytes: number;
  files: number;
}

const OFFSCREEN_PATH = '/offscreen.html';

/** Chrome's service worker cannot make blob URLs; an offscreen document (an extension page) can. */
const offscreenLife = new OffscreenLife(createOffscreen, () => browser.offscreen.closeDocument());
const ensureOffscreen = () => offscreenLife.ensureOpen();

async function createOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (contexts.length) return;
  await browser.offscreen.createDocument({
    url: OFFSCREEN_PATH,
    reasons: ['BLOBS'],
    justification: 'Build evidence packs and hand them to the downloads API as blob URLs.',
  });
}

/**
 * Builds a case's pack and saves it to the user's downloads folder. The export is logged only once the
 * file is complete on disk: a build that fails or a download that is interrupted leaves no entry.
 */
export async function exportCaseToDownloads(
  db: OrderProofDB,
  caseId: string,
  choice?: PackChoice,
): Promise<ExportResult> {
  return offscreenLife.whileExporting(() => exportToDownloads(db, caseId, choice));
}

async function exportToDownloads(db: OrderProofDB, caseId: string, choice?: PackChoice): Promise<ExportResult> {
  const received = performance.now();
  // Chrome's offscreen document is asked for at once, while the settings are read: the two overlap, and
  // the document (a page loading its scripts) is the longer wait before the build can start.
  const offscreen = typeof URL.createObjectURL === 'function' ? undefined : ensureOffscreen();
  // A failed language read must not leave the document's creation unobserved (an unhandled rejection).
  offscreen?.catch(() => undefined);
  const lang = await exportLanguage(db);
  measure('bg:export:lang', received);
  const generatorVersion = browser.runtime.getManifest().version;
  let seal: PackSeal;
  let url: string;
  let filename: string;
  let bytes: number;
  let files: number;
  let revoke: () => Promise<void>;
  if (typeof URL.createObjectURL === 'function') {
    // Firefox's background page has a DOM.
    const pack = await exportCase(db, caseId, choice, { lang, version: generatorVersion });
    ({ seal, filename, bytes, files } = pack);
    url = URL.createObjectURL(pack.blob);
    revoke = () => Promise.resolve(URL.revokeObjectURL(url));
  } else {
    await offscreen;
    measure('bg:export:offscreen-ready', received);
    const sent = performance.now();
    const built = await sendRuntime(offscreenMessages, {
      type: 'offscreen.export',
      target: 'offscreen',
      caseId,
      lang,
      generatorVersion,
      ...(choice ? { choice } : {}),
    });
    measure('bg:export:built-reply', sent);
    ({ url, filename, bytes, files } = built);
    seal = { exportEntry: built.exportEntry, ...(built.salt ? { salt: built.salt } : {}) };
    revoke = async () => {
      await sendRuntime(offscreenMessages, { type: 'offscreen.revoke', target: 'offscreen', url });
    };
  }
  let downloadId: number;
  const download = performance.now();
  try {
    downloadId = await browser.downloads.download({
      url,
      filename: `OrderProof/${filename}`,
      saveAs: false,
      conflictAction: 'uniquify',
    });
  } catch (err) {
    await revoke();
    throw err;
  }
  const state = await whenDownloadEnds(downloadId);
  measure('bg:export:download', download);
  await revoke();
  if (state !== 'complete') throw new Error(`the download of ${filename} was interrupted; nothing was logged`);
  const logging = performance.now();
  await recordExport(db, seal);
  measure('bg:export:log', logging);
  return { filename, downloadId, bytes, files };
}

/** The background's export message, added to its one router. */
export function registerExportMessages(router: MessageRouter, db: OrderProofDB): void {
  router.on(backgroundMessages, {
    'bg.export.case': ({ caseId, choice }) => exportCaseToDownloads(db, caseId, choice),
    // Firefox's background page builds packs itself: nothing to start.
    // Chrome's offscreen document, idle a while, asks to be closed.
    'bg.offscreen.idle': () => offscreenLife.closeIdle(),
    'bg.export.prepare': async () => {
      if (typeof URL.createObjectURL !== 'function') await ensureOffscreen();
      return { ok: true as const };
    },
  });
}
