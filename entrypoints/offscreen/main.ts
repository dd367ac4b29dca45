import { getDb } from '../../utils/db/database';
import { buildPackBlob } from '../../utils/export/pack';
import { packChoiceDetails, packChoiceFilename, packChoiceOptions } from '../../utils/export/pack-choice';
import { listen } from '../../utils/messaging';
import { offscreenMessages } from '../../utils/messages/offscreen';

// The offscreen document only builds packs and owns their blob URLs until the download ends.
listen(
  offscreenMessages,
  {
    'offscreen.export': async ({ caseId, lang, generatorVersion, choice }) => {
      // Streamed into a Blob part by part: the pack is never one array in this page's heap.
      const exportDetails = { format: 'zip', language: lang, ...packChoiceDetails(choice) };
      const pack = await buildPackBlob(getDb(), caseId, { lang, generatorVersion, exportDetails, ...packChoiceOptions(choice) });
      const url = URL.createObjectURL(pack.blob);
      // The background logs the export entry once the download has completed.
      return { url, filename: packChoiceFilename(pack.filename, choice), bytes: pack.blob.size, files: pack.fileCount, exportEntry: pack.exportEntry, ...(pack.salt ? { salt: pack.salt } : {}) };
    },
    'offscreen.revoke': ({ url }) => {
      URL.revokeObjectURL(url);
      return Promise.resolve({ ok: true as const });
    },
  },
);
