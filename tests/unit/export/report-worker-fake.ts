// The report worker as unit tests run it: a stand-in for the browser's Worker that runs the worker's own code.
import { vi } from 'vitest';
import { addEvidence } from '../../../utils/db/store';
import { ReportWorker } from '../../../utils/export/report-pdf-job';
import { rgbPng } from '../../support/png';
import { caseWithScreenshot, freshDb, META } from '../../support/db';

/** A JPEG's markers as pdf-lib reads them (it takes the data as it is): an APP1 segment, then the frame header. */
export function jpeg(width: number, height: number, app1 = 300): Uint8Array<ArrayBuffer> {
  const sof = [0xff, 0xc0, 0, 17, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3];
  for (let c = 1; c <= 3; c++) sof.push(c, 0x11, 0);
  const app = [0xff, 0xe1, (app1 + 2) >> 8, (app1 + 2) & 0xff, ...new Array<number>(app1).fill(0x45)];
  const scan = [0xff, 0xda, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3f, 0, 1, 2, 3, 4];
  return new Uint8Array([0xff, 0xd8, ...app, ...sof, ...scan, 0xff, 0xd9]);
}

/** A small RGB PNG whose pixels depend on `seed`, so each picture is a different file. */
export function png(seed: number, width = 40, height = 30): Uint8Array<ArrayBuffer> {
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width * 3; x++) rows[y * (1 + width * 3) + 1 + x] = (x * seed + y * 13) & 0xff;
  return rgbPng(width, height, rows);
}

export async function library() {
  const db = freshDb();
  const { c } = await caseWithScreenshot(db, png(3));
  await addEvidence(db, {
    caseId: c.id,
    kind: 'screenshot',
    title: '物流页面',
    capturedAt: Date.now() + 1,
    capture: META,
    files: [{ name: 'tracking.png', mime: 'image/png', bytes: png(7, 60, 20) }],
  });
  await addEvidence(db, {
    caseId: c.id,
    kind: 'note',
    title: 'call',
    capturedAt: Date.now() + 2,
    capture: META,
    text: 'the courier said Tuesday',
    files: [{ name: 'note.txt', mime: 'text/plain', bytes: new TextEncoder().encode('Tuesday') }],
  });
  return { db, c };
}

export type Behaviour = 'answer' | 'fail-to-start' | 'refuse';

/**
 * Stands in for the browser's Worker: runs the report worker's own handler (one ReportWorker per worker, as
 * report-worker.ts keeps), through structured clones as postMessage does.
 */
export function fakeWorker(behaviour: Behaviour) {
  const posted: unknown[] = [];
  const started: unknown[] = [];
  class FakeWorker {
    onmessage: ((e: MessageEvent) => void) | null = null;
    onerror: ((e: ErrorEvent) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    private readonly inside = new ReportWorker();
    constructor(readonly url: URL) {
      started.push(this);
    }
    postMessage(data: unknown, transfer: Transferable[] = []) {
      // As it was posted: a transferred buffer is empty here afterwards.
      posted.push(structuredClone(data));
      const copy = structuredClone(data, { transfer });
      if (behaviour === 'fail-to-start') {
        setTimeout(() => this.onerror?.({ message: 'script failed to load' } as ErrorEvent));
        return;
      }
      const work = behaviour === 'refuse' ? this.inside.answer({ nonsense: true }) : this.inside.answer(copy);
      void work.then((answer) => {
        if (answer)
          this.onmessage?.({ data: structuredClone(answer.reply, { transfer: answer.transfer }) } as MessageEvent);
      });
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  return { posted, started };
}

/** The jobs among the messages posted to report workers (not pictures or the font to read ahead). */
export const jobsIn = (posted: unknown[]): unknown[] =>
  posted.filter((m) => typeof m === 'object' && m !== null && 'input' in m);
