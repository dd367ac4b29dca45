import { browser } from 'wxt/browser';
import { getDb } from '../db/database';
import { buildPack } from '../export/pack';
import { listen } from '../messaging';
import { offscreenRequests } from '../schemas/messages';
import { packLanguage } from '../background/export-download';

// The offscreen document only builds packs and owns their blob URLs until the download ends.
listen(
  offscreenRequests,
  {
    'offscreen.export': async ({ caseId }) => {
      const pack = await buildPack(getDb(), caseId, { lang: packLanguage(), generatorVersion: browser.runtime.getManifest().version });
      const url = URL.createObjectURL(new Blob([pack.bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
      return { url, filename: pack.filename, bytes: pack.bytes.byteLength, files: pack.fileCount };
    },
    'offscreen.revoke': ({ url }) => {
      URL.revokeObjectURL(url);
      return Promise.resolve({ ok: true as const });
    },
  },
  { accept: (m) => (m as { target?: unknown } | null)?.target === 'offscreen' },
);
