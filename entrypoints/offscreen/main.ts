import './eval-start';
import { getDb } from '../../utils/db/database';
import { cjkFontUrl } from '../../utils/export/cjk-font';
import { exportCase } from '../../utils/export/export-case';
import { warmReportWorker } from '../../utils/export/report-pdf-worker';
import { listen, sendRuntime } from '../../utils/messaging';
import { backgroundMessages } from '../../utils/messages/background';
import { IdleClock, OFFSCREEN_IDLE_MS } from '../../utils/export/offscreen-idle';
import { timed } from '../../utils/stage-time';
import { offscreenMessages } from '../../utils/messages/offscreen';

// When this page's scripts have run (its start is performance.timeOrigin): the bench's timeline.
performance.mark('offscreen:script');

// Idle for a while (no export, no download reading a pack): the background is asked to close this
// document, and does unless an export is starting there; the next export opens it again.
const idle = new IdleClock(OFFSCREEN_IDLE_MS, async () => {
  const { closing } = await sendRuntime(backgroundMessages, { type: 'bg.offscreen.idle' });
  return closing;
});

// The offscreen document only builds packs and owns their blob URLs until the download ends.
listen(offscreenMessages, {
  'offscreen.export': ({ caseId, lang, generatorVersion, choice }) =>
    idle.busy(async () => {
      // Streamed into a Blob part by part: the pack is never one array in this page's heap.
      const pack = await timed('pack:offscreen-export', () =>
        exportCase(getDb(), caseId, choice, { lang, version: generatorVersion }),
      );
      const url = URL.createObjectURL(pack.blob);
      idle.hold(url);
      // The background logs the export entry once the download has completed.
      return { url, filename: pack.filename, bytes: pack.bytes, files: pack.files, ...pack.seal };
    }),
  'offscreen.revoke': ({ url }) => {
    URL.revokeObjectURL(url);
    idle.release(url);
    return Promise.resolve({ ok: true as const });
  },
});

// It starts when an export is in sight (the export button's hover): the report worker starts with it,
// compiling its script and reading report.pdf's font before the click.
warmReportWorker(cjkFontUrl());
