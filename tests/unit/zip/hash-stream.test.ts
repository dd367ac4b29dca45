import { createHash } from 'node:crypto';
import { crc32 as zlibCrc } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sha256OfBlob, sha256OfBlobHere, streamCrc32, streamSha256 } from '../../../utils/hash';
import { crc32 } from '../../../utils/zip/crc32';
import { noise } from '../../support/noise';

const nodeSha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('streaming hashes', () => {
  it('SHA-256 fed in uneven pieces equals the hash of the whole', async () => {
    const bytes = noise(1_000_003, 7);
    const h = await streamSha256();
    for (let at = 0; at < bytes.length; at += 65_537) h.update(bytes.subarray(at, at + 65_537));
    expect(h.hex()).toBe(nodeSha(bytes));
  });

  it('CRC-32 fed in pieces equals the ZIP CRC of the whole, in WebAssembly and in JavaScript', async () => {
    const bytes = noise(300_001, 3);
    const c = await streamCrc32();
    for (let at = 0; at < bytes.length; at += 4099) c.update(bytes.subarray(at, at + 4099));
    const expected = zlibCrc(bytes);
    expect(c.value()).toBe(expected);
    let js = 0;
    for (let at = 0; at < bytes.length; at += 1000) js = crc32(bytes.subarray(at, at + 1000), js);
    expect(js).toBe(expected);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('hashes a Blob slice by slice, reporting progress up to its size', async () => {
    const bytes = noise(5_000_000, 11);
    const seen: number[] = [];
    expect(await sha256OfBlobHere(new Blob([bytes]), (done) => seen.push(done), 1_000_000)).toBe(nodeSha(bytes));
    expect(seen).toEqual([1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000]);
    expect(await sha256OfBlobHere(new Blob([]))).toBe(nodeSha(new Uint8Array(0)));
    // Above the whole-file size the same path is taken by sha256OfBlob outside pages.
    const big = noise(9 * 1024 * 1024, 5);
    expect(await sha256OfBlob(new Blob([big]))).toBe(nodeSha(big));
  });
});

describe('unzipping with a faster CRC', () => {
  it('checks every entry with the CRC it is given, the WebAssembly one agreeing with the JavaScript one', async () => {
    const { zipSync } = await import('fflate');
    const { safeUnzip } = await import('../../../utils/zip/safe-unzip');
    const { fastCrc32 } = await import('../../../utils/hash');
    const zip = zipSync({ 'a.bin': noise(200_000, 9), 'b.txt': new TextEncoder().encode('text '.repeat(1000)) });
    const fast = await fastCrc32();
    expect([...safeUnzip(zip, {}, fast).keys()]).toEqual(['a.bin', 'b.txt']);
    expect(() => safeUnzip(zip, {}, () => 1)).toThrow('fails its CRC check');
  });
});
