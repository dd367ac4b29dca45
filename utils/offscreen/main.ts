import { getDb } from '../db/database';
import { buildPack } from '../export/pack';
import { listen } from '../messaging';
import { offscreenRequests } from '../schemas/messages';

// The offscreen document only builds packs and owns their blob URLs until the download ends.
listen(
  offscreenRequests,
  {
    'offscreen.export': async ({ caseId, lang, generatorVersion }) => {
      const pack = await buildPack(getDb(), caseId, { lang, generatorVersion });
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
