import { deflateSync } from 'node:zlib';
import { pngChunk } from '../../support/png';
import { unzipSync, Zip } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addEvidence } from '../../../utils/db/store';
import { buildPack } from '../../../utils/export/pack';
import { evidenceStage, redactPlanStage } from '../../../utils/export/pack-stages';
import { PackWriter } from '../../../utils/export/pack-writer';
import { answerReportJob } from '../../../utils/export/report-pdf-job';
import { budgetedPictures } from '../../../utils/export/report-pictures';
import { caseWithScreenshot, freshDb, META } from '../../support/db';
import { loadTestFont } from './font';

const NOW = new Date('2026-11-28T05:00:00Z');

/** A small RGB PNG whose pixels depend on `seed`, so each picture is a different file. */
function png(seed: number, width = 40, height = 30): Uint8Array<ArrayBuffer> {
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width * 3; x++) rows[y * (1 + width * 3) + 1 + x] = (x * seed + y * 13) & 0xff;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk('IHDR', ihdr),
      pngChunk('IDAT', deflateSync(rows)),
      pngChunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

async function library() {
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

type Behaviour = 'answer' | 'fail-to-start' | 'refuse';

/** Stands in for the browser's Worker: runs the report worker's own handler, through structured clones as postMessage does. */
function fakeWorker(behaviour: Behaviour) {
  const posted: unknown[] = [];
  class FakeWorker {
    onmessage: ((e: MessageEvent) => void) | null = null;
    onerror: ((e: ErrorEvent) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    constructor(readonly url: URL) {}
    postMessage(data: unknown) {
      posted.push(data);
      const copy = structuredClone(data);
      if (behaviour === 'fail-to-start') {
        setTimeout(() => this.onerror?.({ message: 'script failed to load' } as ErrorEvent));
        return;
      }
      const work = behaviour === 'refuse' ? answerReportJob({ nonsense: true }) : answerReportJob(copy);
      void work.then(({ reply, transfer }) =>
        this.onmessage?.({ data: structuredClone(reply, { transfer }) } as MessageEvent),
      );
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  return posted;
}

async function reportPdfOf(db: ReturnType<typeof freshDb>, caseId: string) {
  const pack = await buildPack(db, caseId, { now: NOW, loadFont: loadTestFont });
  return { pdf: unzipSync(pack.bytes)['report.pdf'], omitted: pack.manifest.omitted ?? [] };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('report.pdf in a worker', () => {
  it('is byte for byte the report.pdf made on the page’s thread, pictures included', async () => {
    const { db, c } = await library();
    const here = await reportPdfOf(db, c.id);
    const posted = fakeWorker('answer');
    const there = await reportPdfOf(db, c.id);
    expect(posted).toHaveLength(1);
    // The worker got the pictures as Blobs, to read itself: nothing was read for it here.
    const job = posted[0] as { images: Map<string, Blob> };
    expect([...job.images.keys()]).toEqual([
      'evidence/001-screenshot/screenshot.png',
      'evidence/002-screenshot/tracking.png',
    ]);
    expect(job.images.get('evidence/002-screenshot/tracking.png')).toBeInstanceOf(Blob);
    expect(here.pdf!.byteLength).toBeGreaterThan(10_000);
    expect(there.pdf).toEqual(here.pdf);
    expect(there.omitted).toEqual([]);
  });

  it.each<Behaviour>(['fail-to-start', 'refuse'])(
    'a worker that cannot make it (%s): report.pdf is made on the page’s thread, never left out',
    async (behaviour) => {
      const { db, c } = await library();
      const here = await reportPdfOf(db, c.id);
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const posted = fakeWorker(behaviour);
      const fallback = await reportPdfOf(db, c.id);
      expect(posted).toHaveLength(1);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("made on the page's thread instead"));
      expect(fallback.pdf).toEqual(here.pdf);
      expect(fallback.omitted).toEqual([]);
      warn.mockRestore();
    },
  );

  it('the evidence stage keeps no picture bytes for a PDF that reads its own', async () => {
    const { db, c } = await library();
    const plan = await redactPlanStage(db, c.id, {});
    const writer = () => new PackWriter(new Zip(() => undefined), '', NOW);
    expect((await evidenceStage(writer(), db, plan)).imageBytes.size).toBe(2);
    expect((await evidenceStage(writer(), db, plan, { keepPictures: false })).imageBytes.size).toBe(0);
  });
});

describe('budgetedPictures', () => {
  it('takes the pictures that fit in the order they are asked for, skipping one too big for what is left', async () => {
    const blobs = new Map([
      ['a', new Blob([new Uint8Array(40)])],
      ['b', new Blob([new Uint8Array(70)])],
      ['c', new Blob([new Uint8Array(50)])],
      ['d', new Blob([new Uint8Array(20)])],
    ]);
    const load = budgetedPictures((p) => blobs.get(p), 100);
    const sizes = [];
    for (const p of ['a', 'b', 'c', 'missing', 'd']) sizes.push((await load(p))?.byteLength);
    expect(sizes).toEqual([40, undefined, 50, undefined, undefined]);
  });
});

describe('the report worker’s font', () => {
  const input = { lang: 'en', generatedAt: NOW.toISOString(), auditHead: 'x' };
  it('reads a font only from the extension’s own files, never an address elsewhere', async () => {
    vi.stubGlobal('location', { origin: 'chrome-extension://abc', href: 'chrome-extension://abc/offscreen.html' });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 404 })));
    const elsewhere = await answerReportJob({ input, images: new Map(), font: 'https://fonts.example/f.ttf' });
    expect(elsewhere.reply).toEqual({ ok: false, reason: 'bad request' });
    const own = await answerReportJob({ input, images: new Map(), font: 'chrome-extension://abc/assets/f.ttf' });
    expect(own.reply).toEqual({
      ok: false,
      reason: expect.stringContaining('The report font could not be read (404)'),
    });
  });
});
