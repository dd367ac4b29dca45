import { getDb } from '../../utils/db/database';
import { exportCase } from '../../utils/export/export-case';
import { listen } from '../../utils/messaging';
import { timed } from '../../utils/stage-time';
import { offscreenMessages } from '../../utils/messages/offscreen';

// The offscreen document only builds packs and owns their blob URLs until the download ends.
listen(offscreenMessages, {
  'offscreen.export': async ({ caseId, lang, generatorVersion, choice }) => {
    // Streamed into a Blob part by part: the pack is never one array in this page's heap.
    const pack = await timed('pack:offscreen-export', () =>
      exportCase(getDb(), caseId, choice, { lang, version: generatorVersion }),
    );
    const url = URL.createObjectURL(pack.blob);
    // The background logs the export entry once the download has completed.
    return { url, filename: pack.filename, bytes: pack.bytes, files: pack.files, ...pack.seal };
  },
  'offscreen.revoke': ({ url }) => {
    URL.revokeObjectURL(url);
    return Promise.resolve({ ok: true as const });
  },
});
