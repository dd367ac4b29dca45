import { getDb } from '../db/database';
import { buildPackBlob } from '../export/pack';
import { packChoiceFilename, packChoiceOptions } from '../export/pack-choice';
import { listen } from '../messaging';
import { offscreenRequests } from '../schemas/messages';

// The offscreen document only builds packs and owns their blob URLs until the download ends.
listen(
  offscreenRequests,
  {
    'offscreen.export': async ({ caseId, lang, generatorVersion, choice }) => {
      // Streamed into a Blob part by part: the pack is never one array in this page's heap.
      const pack = await buildPackBlob(getDb(), caseId, { lang, generatorVersion, ...packChoiceOptions(choice) });
      const url = URL.createObjectURL(pack.blob);
      return { url, filename: packChoiceFilename(pack.filename, choice), bytes: pack.blob.size, files: pack.fileCount };
    },
    'offscreen.revoke': ({ url }) => {
      URL.revokeObjectURL(url);
      return Promise.resolve({ ok: true as const });
    },
  },
  { accept: (m) => (m as { target?: unknown } | null)?.target === 'offscreen' },
);
