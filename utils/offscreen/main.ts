import { getDb } from '../db/database';
import { exportCase } from '../export/export-case';
import { listen } from '../messaging';
import { offscreenRequests } from '../schemas/messages';

// The offscreen document only builds packs and owns their blob URLs until the download ends.
listen(
  offscreenRequests,
  {
    'offscreen.export': async ({ caseId, lang, generatorVersion, choice }) => {
      // Streamed into a Blob part by part: the pack is never one array in this page's heap.
      const pack = await exportCase(getDb(), caseId, choice, { lang, version: generatorVersion });
      const url = URL.createObjectURL(pack.blob);
      // The background logs the export entry once the download has completed.
      return { url, filename: pack.filename, bytes: pack.bytes, files: pack.files, ...pack.seal };
    },
    'offscreen.revoke': ({ url }) => {
      URL.revokeObjectURL(url);
      return Promise.resolve({ ok: true as const });
    },
  },
  { accept: (m) => (m as { target?: unknown } | null)?.target === 'offscreen' },
);
