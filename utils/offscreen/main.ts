import { getDb } from '../db/database';
import { buildPackBlob } from '../export/pack';
import { listen } from '../messaging';
import { offscreenRequests } from '../schemas/messages';

// The offscreen document only builds packs and owns their blob URLs until the download ends.
listen(
  offscreenRequests,
  {
    'offscreen.export': async ({ caseId, lang, generatorVersion }) => {
      // Streamed into a Blob part by part: the pack is never one array in this page's heap.
      const pack = await buildPackBlob(getDb(), caseId, { lang, generatorVersion });
      const url = URL.createObjectURL(pack.blob);
      return { url, filename: pack.filename, bytes: pack.blob.size, files: pack.fileCount };
    },
    'offscreen.revoke': ({ url }) => {
      URL.revokeObjectURL(url);
      return Promise.resolve({ ok: true as const });
    },
  },
  { accept: (m) => (m as { target?: unknown } | null)?.target === 'offscreen' },
);
