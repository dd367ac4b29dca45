import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addEvidence } from '../../../utils/db/store';
import { fitForUpload, GENERIC_UPLOAD, type JpegEncoder } from '../../../utils/export/fit';
import { buildPack } from '../../../utils/export/pack';
import { verifyPack } from '../../../utils/export/verify';
import { importPack } from '../../../utils/import/import-pack';
import { caseWithScreenshot, freshDb, META } from '../../support/db';

/** Stands in for the canvas: "encodes" to a JPEG-marked copy of the asked size, or fails above a cap. */
function fakeEncoder(canReach: number): JpegEncoder {
  return (image, maxBytes) =>
    Promise.resolve(
      maxBytes >= canReach
        ? new Uint8Array([0xff, 0xd8, ...new Uint8Array(Math.min(image.size, maxBytes) - 2)])
        : undefined,
    );
}

const source = (path: string, size: number) => ({
  path,
  read: () => Promise.resolve(new Blob([new Uint8Array(size)])),
});

describe('fitting a pack to upload limits', () => {
  it('keeps the PDF within its limit, makes JPEGs under the image limit, and stops at the file count', async () => {
    const fit = { preset: 'test', maxImageBytes: 1000, maxPdfBytes: 5000, maxFiles: 3 };
    const images = [
      source('evidence/001-screenshot/screenshot.png', 4000),
      source('evidence/004-screenshot/screenshot.png', 800),
      source('evidence/009-uploaded-file/photo.png', 3000),
      source('evidence/010-uploaded-file/x.png', 10),
    ];
    const out = await fitForUpload(fit, { pdf: new Uint8Array(4000), images, lang: 'en' }, fakeEncoder(500));
    expect(out.files.map((f) => f.path)).toEqual([
      'upload/report.pdf',
      'upload/01-screenshot.jpg',
      'upload/02-screenshot.jpg',
    ]);
    expect(out.files.slice(1).every((f) => f.mime === 'image/jpeg' && f.bytes.byteLength <= 1000)).toBe(true);
    expect(out.files[1]!.from).toBe('evidence/001-screenshot/screenshot.png');
    expect(out.notes).toEqual(['2 more picture(s) did not fit the limit of 3 files: they are in evidence/.']);
  });

  it('leaves out, and says so, a PDF over its limit and a picture that cannot get small enough', async () => {
    const out = await fitForUpload(
      { preset: 'test', maxImageBytes: 100, maxPdfBytes: 10 },
      { pdf: new Uint8Array(20), images: [source('evidence/001-screenshot/screenshot.png', 4000)], lang: 'zh' },
      fakeEncoder(500),
    );
    expect(out.files).toEqual([]);
    expect(out.notes).toEqual([expect.stringContaining('report.pdf 为'), expect.stringContaining('无法压缩到')]);
  });

  it('adds upload/ copies to a pack that still verifies and imports, originals untouched', async () => {
    const db = freshDb();
    const { c, ev } = await caseWithScreenshot(db, new Uint8Array(3000).fill(7));
    await addEvidence(db, {
      caseId: c.id,
      kind: 'note',
      title: 'n',
      text: 'x',
      capturedAt: Date.now() + 1,
      capture: META,
      files: [{ name: 'n.txt', mime: 'text/plain', bytes: new Uint8Array([1]) }],
    });
    const pack = await buildPack(db, c.id, { pdf: false, fitTo: GENERIC_UPLOAD, encodeJpeg: fakeEncoder(10) });
    const entries = unzipSync(pack.bytes);
    expect(pack.manifest.upload?.files).toEqual([
      { path: 'upload/01-screenshot.jpg', from: 'evidence/001-screenshot/screenshot.png' },
    ]);
    expect(entries['upload/01-screenshot.jpg']).toBeDefined();
    expect(pack.manifest.evidence.find((e) => e.id === ev.id)?.files[0]?.sha256).toBe(ev.files[0]!.sha256);
    expect((await verifyPack(pack.bytes)).problems).toEqual([]);
    const result = await importPack(freshDb(), pack.bytes);
    expect(result).toMatchObject({ ok: true, caseId: c.id });
  });
});
