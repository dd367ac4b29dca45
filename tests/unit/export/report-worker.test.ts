import { unzipSync, Zip } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildPack } from '../../../utils/export/pack';
import { evidenceStage, redactPlanStage } from '../../../utils/export/pack-stages';
import { PackWriter } from '../../../utils/export/pack-writer';
import { answerReportJob } from '../../../utils/export/report-pdf-job';
import { endSpareReportWorker } from '../../../utils/export/report-pdf-worker';
import { budgetedPictures } from '../../../utils/export/report-pictures';
import type { freshDb } from '../../support/db';
import { loadTestFont } from './font';
import { type Behaviour, fakeWorker, jobsIn, library, png } from './report-worker-fake';

const NOW = new Date('2026-11-28T05:00:00Z');

async function reportPdfOf(db: ReturnType<typeof freshDb>, caseId: string) {
  const pack = await buildPack(db, caseId, { now: NOW, loadFont: loadTestFont });
  return { pdf: unzipSync(pack.bytes)['report.pdf'], omitted: pack.manifest.omitted ?? [] };
}

afterEach(() => {
  endSpareReportWorker();
  vi.unstubAllGlobals();
});

describe('report.pdf in a worker', () => {
  it('is byte for byte the report.pdf made on the page’s thread, pictures included', async () => {
    const { db, c } = await library();
    const here = await reportPdfOf(db, c.id);
    const { posted } = fakeWorker('answer');
    const there = await reportPdfOf(db, c.id);
    expect(jobsIn(posted)).toHaveLength(1);
    // The worker got the pictures as Blobs, and then the bytes the pack read of them: not read twice.
    const job = jobsIn(posted)[0] as { images: Map<string, Blob>; fromPage: boolean };
    expect([...job.images.keys()]).toEqual([
      'evidence/001-screenshot/screenshot.png',
      'evidence/002-screenshot/tracking.png',
    ]);
    expect(job.images.get('evidence/002-screenshot/tracking.png')).toBeInstanceOf(Blob);
    expect(job.fromPage).toBe(true);
    const pictures = posted.filter((m): m is { picture: string; bytes: Uint8Array } => 'picture' in (m as object));
    expect(pictures.map((p) => [p.picture, p.bytes.byteLength])).toEqual([
      ['evidence/001-screenshot/screenshot.png', png(3).byteLength],
      ['evidence/002-screenshot/tracking.png', png(7, 60, 20).byteLength],
    ]);
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
      const { posted } = fakeWorker(behaviour);
      const fallback = await reportPdfOf(db, c.id);
      expect(jobsIn(posted)).toHaveLength(1);
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
  const input = { lang: 'en', generatedAt: NOW.toISOString(), auditHead: 'x', evidence: [] };
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
