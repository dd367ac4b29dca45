import { inflateSync, unzipSync, Zip } from 'fflate';
import { describe, expect, it } from 'vitest';
import { nativeDeflateRaw, PackWriter } from '../../../utils/export/pack-writer';

const text = new TextEncoder().encode('{"evidence": "訂單 DS-1"}\n'.repeat(500));

describe('text files deflated by CompressionStream', () => {
  it('gives raw DEFLATE that inflates back to the bytes, smaller than them', async () => {
    const packed = await nativeDeflateRaw(text);
    expect(packed).toBeDefined();
    expect(packed!.byteLength).toBeLessThan(text.byteLength / 10);
    expect(inflateSync(packed!)).toEqual(text);
  });

  it('writes a deflated ZIP entry (method 8) with the CRC and size of the text, which unzips to it', async () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      chunks.push(chunk);
    });
    const w = new PackWriter(zip, '', new Date('2026-11-27T10:00:00Z'));
    await w.addBytes('manifest.json', text, 'application/json');
    zip.end();
    const bytes = Buffer.concat(chunks);
    // The local header's compression method, then the unpacked file (fflate checks the CRC as it unzips).
    expect(bytes.readUInt16LE(8)).toBe(8);
    expect(bytes.byteLength).toBeLessThan(text.byteLength / 10);
    expect(unzipSync(bytes)['manifest.json']).toEqual(text);
  });
});
