import { createHash } from 'node:crypto';
import { Zip } from 'fflate';
import { describe, expect, it } from 'vitest';
import { redactPlanStage, startEvidence } from '../../../utils/export/pack-stages';
import { PackWriter } from '../../../utils/export/pack-writer';
import { caseWithScreenshot, freshDb } from '../../support/db';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const PATH = 'evidence/001-screenshot/screenshot.png';

async function started(png: Uint8Array<ArrayBuffer>, stored = png) {
  const db = freshDb();
  const { c } = await caseWithScreenshot(db, png);
  // The store holding other bytes under the recorded hash: a file damaged since it was added.
  if (stored !== png) await db.blobs.update(sha(png), { data: new Blob([stored]) });
  const w = new PackWriter(new Zip(() => undefined), '', new Date('2026-11-27T10:00:00Z'));
  return startEvidence(w, db, await redactPlanStage(db, c.id, {}));
}

describe('report.pdf laid out beside the evidence stage', () => {
  it('gives a picture asked for before it is written once the evidence stage has written it', async () => {
    const png = new Uint8Array(5000).map((_, i) => (i * 13) & 0xff);
    const { evidence, written } = await started(png);
    // Asked for at once, as the PDF's layout does while the evidence is still being read.
    const asked = evidence.loadImage(PATH);
    await written;
    expect(sha((await asked)!)).toBe(sha(png));
  });

  it('leaves out of the PDF a picture whose bytes do not hash to what the pack lists', async () => {
    const png = new Uint8Array(5000).map((_, i) => (i * 13) & 0xff);
    const { evidence, written } = await started(
      png,
      png.map((b) => b ^ 1),
    );
    const asked = evidence.loadImage(PATH);
    await written;
    expect(await asked).toBeUndefined();
  });
});
