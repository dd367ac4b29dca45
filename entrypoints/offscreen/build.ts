import { getDb } from '../../utils/db/database';
import { cjkFontUrl } from '../../utils/export/cjk-font';
import { exportCase } from '../../utils/export/export-case';
import { warmReportWorker } from '../../utils/export/report-pdf-worker';
import type { RequestOf, ResponseOf } from '../../utils/messaging';
import type { OffscreenMessages } from '../../utils/messages/offscreen';
import { timed } from '../../utils/stage-time';

performance.mark('offscreen:build-loaded');

type Export = 'offscreen.export';

/** Builds one case's pack and hands back a blob URL the background gives to the downloads API. */
export async function buildPack({
  caseId,
  lang,
  generatorVersion,
  choice,
}: RequestOf<OffscreenMessages, Export>): Promise<ResponseOf<OffscreenMessages, Export>> {
  // Streamed into a Blob part by part: the pack is never one array in this page's heap.
  const pack = await timed('pack:offscreen-export', () =>
    exportCase(getDb(), caseId, choice, { lang, version: generatorVersion }),
  );
  const url = URL.createObjectURL(pack.blob);
  // The background logs the export entry once the download has completed.
  return { url, filename: pack.filename, bytes: pack.bytes, files: pack.files, ...pack.seal };
}

// This page starts when an export is in sight (the export button's hover): the report worker starts with it,
// compiling its script and reading report.pdf's font before the click.
warmReportWorker(cjkFontUrl());
