// report.pdf laid out from its pictures' sizes while their bytes still come (the report worker's way), against
// the same report laid out waiting for each picture: the same bytes, and the same fallbacks.
import { describe, expect, it, vi } from 'vitest';
import { pictureSize, readyPicture } from '../../../utils/export/pdf-image';
import { renderReportPdf } from '../../../utils/export/report-pdf';
import type { ReportInput } from '../../../utils/export/report-input';
import type { Evidence } from '../../../utils/schemas/records';
import { META } from '../../support/db';
import { loadTestFont } from './font';
import { jpeg, png } from './report-worker-fake';

const FILES: Record<string, Uint8Array> = {
  'evidence/001-screenshot/screenshot.png': png(3, 40, 30),
  'evidence/002-screenshot/photo.jpg': jpeg(64, 48),
  'evidence/003-screenshot/screenshot.png': png(5, 20, 60),
  'evidence/004-screenshot/screenshot.png': png(9, 30, 30),
};

function input(): ReportInput {
  const at = Date.parse('2026-11-28T05:00:00Z');
  const evidence = Object.entries(FILES).map(([path, bytes], i) => ({
    item: {
      id: `ev-${i}`,
      caseId: 'case-1',
      kind: 'screenshot',
      title: `Picture ${i + 1}`,
      capturedAt: at + i,
      capture: META,
      files: [{ name: path.split('/').pop()!, mime: 'image/png', size: bytes.byteLength, sha256: 'a'.repeat(64) }],
    } as Evidence,
    paths: [path],
  }));
  return {
    case: {
      id: 'case-1',
      platform: 'demo-shop',
      role: 'buyer',
      title: 'Late pictures',
      orderRef: 'X-1',
      status: 'open',
      createdAt: at,
      updatedAt: at,
      dates: {},
      tags: [],
    },
    evidence,
    audit: [],
    auditHead: '0'.repeat(64),
    generatedAt: new Date(at).toISOString(),
    lang: 'en',
  };
}

const headSize = async (path: string) => pictureSize(FILES[path]!, path.endsWith('.png'));

/** The report laid out waiting for each picture, as on the page's thread: what the late layout must equal. */
async function waitingForEach(bytesOf: (path: string) => Promise<Uint8Array>): Promise<Uint8Array> {
  return renderReportPdf({ ...input(), loadImage: bytesOf }, await loadTestFont());
}

describe('pictureSize', () => {
  it('reads a PNG’s IHDR and a JPEG’s frame header past its other segments', () => {
    expect(pictureSize(png(1, 40, 30).subarray(0, 33), true)).toEqual({ width: 40, height: 30 });
    expect(pictureSize(jpeg(1280, 720, 4000), false)).toEqual({ width: 1280, height: 720 });
  });

  it('says nothing when the header is not there: cut short, not that format, or past the bytes read', () => {
    expect(pictureSize(png(1).subarray(0, 20), true)).toBeUndefined();
    expect(pictureSize(jpeg(64, 48), true)).toBeUndefined();
    expect(pictureSize(png(1), false)).toBeUndefined();
    expect(pictureSize(jpeg(64, 48, 4000).subarray(0, 2000), false)).toBeUndefined();
  });
});

describe('report.pdf laid out from the pictures’ sizes', () => {
  it('lays every page out before any picture’s bytes come, and saves the same bytes as waiting for each', async () => {
    const sizesAsked: string[] = [];
    let release!: () => void;
    const bytesCome = new Promise<void>((resolve) => (release = resolve));
    const made = renderReportPdf(
      {
        ...input(),
        pictureSize: async (path) => {
          sizesAsked.push(path);
          return headSize(path);
        },
        loadImage: async (path) => {
          await bytesCome;
          return readyPicture(FILES[path]!, path.endsWith('.png'));
        },
      },
      await loadTestFont(),
    );
    // No bytes are given until the layout has asked for every picture's size: it must not wait for them.
    await vi.waitFor(() => expect(sizesAsked).toHaveLength(Object.keys(FILES).length), { timeout: 20_000 });
    release();
    const late = await made;
    expect(Buffer.from(late).equals(Buffer.from(await waitingForEach(async (p) => FILES[p]!)))).toBe(true);
  });

  it('a picture that fails or is not the size its header said: laid out again, as waiting for each would have', async () => {
    const other = png(11, 50, 50);
    const bytesOf = async (path: string) => {
      // Not a picture at all: no reader takes it, so the report leaves it out (it stays in the pack).
      if (path.startsWith('evidence/003')) return new TextEncoder().encode('not a picture');
      // Its header said 30 × 30, its bytes are 50 × 50.
      return path.startsWith('evidence/004') ? other : FILES[path]!;
    };
    const late = await renderReportPdf({ ...input(), pictureSize: headSize, loadImage: bytesOf }, await loadTestFont());
    const expected = await waitingForEach(bytesOf);
    expect(Buffer.from(late).equals(Buffer.from(expected))).toBe(true);
    // And that report is not the one with the pictures as their headers said.
    expect(Buffer.from(expected).equals(Buffer.from(await waitingForEach(async (p) => FILES[p]!)))).toBe(false);
  });
});
