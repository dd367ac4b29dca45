import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { RESTORE_LIMITS } from '../../../utils/import/restore-check';
import {
  blobSource,
  bytesSource,
  DEFAULT_UNZIP_LIMITS,
  openZip,
  safeUnzip,
  type ZipSource,
} from '../../../utils/zip/safe-unzip';

const KiB = 1024;
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

interface RawEntry {
  name: string;
  size: number;
  compressedSize: number;
  method: 0 | 8;
  localOffset: number;
}

/** A central directory and end record for entries whose data lies at `localOffset` (written by hand, lies allowed). */
function centralDirectory(entries: RawEntry[], cdOffset: number): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    const name = enc.encode(e.name);
    const rec = new Uint8Array(46 + name.length);
    const v = new DataView(rec.buffer);
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(10, e.method, true);
    v.setUint32(20, e.compressedSize, true);
    v.setUint32(24, e.size, true);
    v.setUint16(28, name.length, true);
    v.setUint32(42, e.localOffset, true);
    rec.set(name, 46);
    parts.push(rec);
  }
  const cdSize = parts.reduce((n, p) => n + p.length, 0);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, entries.length, true);
  v.setUint16(10, entries.length, true);
  v.setUint32(12, cdSize, true);
  v.setUint32(16, cdOffset, true);
  parts.push(end);
  const out = new Uint8Array(cdSize + 22);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function localHeader(name: string, method: 0 | 8, compressedSize: number, size: number): Uint8Array {
  const n = new TextEncoder().encode(name);
  const h = new Uint8Array(30 + n.length);
  const v = new DataView(h.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(8, method, true);
  v.setUint32(18, compressedSize, true);
  v.setUint32(22, size, true);
  v.setUint16(26, n.length, true);
  h.set(n, 30);
  return h;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** An archive of `count` stored entries of `size` zero bytes each that exists only as headers: its data is made on read. */
function virtualStoredArchive(count: number, size: number): ZipSource {
  const headers: { at: number; bytes: Uint8Array }[] = [];
  const entries: RawEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const name = `cases/001/evidence/${String(i).padStart(3, '0')}-uploaded-file/video.mp4`;
    const h = localHeader(name, 0, size, size);
    headers.push({ at, bytes: h });
    entries.push({ name, size, compressedSize: size, method: 0, localOffset: at });
    at += h.length + size;
  }
  const tail = centralDirectory(entries, at);
  headers.push({ at, bytes: tail });
  const total = at + tail.length;
  return {
    size: total,
    read: async (offset, length) => {
      const out = new Uint8Array(Math.min(length, total - offset));
      for (const h of headers) {
        const from = Math.max(offset, h.at);
        const to = Math.min(offset + out.length, h.at + h.bytes.length);
        if (from < to) out.set(h.bytes.subarray(from - h.at, to - h.at), from - offset);
      }
      return out;
    },
  };
}

describe('ZIP bombs are refused before anything is inflated', () => {
  it('counts small entries: many entries under 1 MiB that together unpack far beyond the archive', () => {
    // 400 entries each declaring 512 KiB from 500 bytes: no entry is over 1 MiB (where the per-entry
    // ratio check starts), but the whole archive declares 200 MiB from about 220 KB. The data is not
    // even valid deflate: had anything been inflated first, the refusal would say "damaged".
    const junk = new Uint8Array(500).fill(0xff);
    const parts: Uint8Array[] = [];
    const entries: RawEntry[] = [];
    let at = 0;
    for (let i = 0; i < 400; i++) {
      const h = localHeader(`z/${i}.bin`, 8, junk.length, 512 * KiB);
      entries.push({ name: `z/${i}.bin`, size: 512 * KiB, compressedSize: junk.length, method: 8, localOffset: at });
      parts.push(h, junk);
      at += h.length + junk.length;
    }
    const zip = concat(...parts, centralDirectory(entries, at));
    expect(() => safeUnzip(zip)).toThrow(
      /the archive would unpack to 209715200 bytes from \d+, \d+:1, beyond the 200:1 limit/,
    );
  });

  it('counts every entry, however small, against the total', () => {
    const files = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [`f/${i}.txt`, new Uint8Array(200 * KiB).map((_, j) => (j * 7 + i) & 0xff)]),
    );
    expect(() => safeUnzip(zipSync(files), { maxTotalBytes: 5 * MiB })).toThrow(
      /would unpack to more than 5242880 bytes/,
    );
  });

  it('refuses entries that share their bytes (one compressed kernel declared many times)', () => {
    const data = new Uint8Array(100);
    const header = localHeader('a.bin', 0, 100, 100);
    const local = concat(header, data);
    // Twenty entries all pointing at the same local header.
    const same = Array.from({ length: 20 }, (_, i): RawEntry => ({
      name: `x${i}.bin`,
      size: 100,
      compressedSize: 100,
      method: 0,
      localOffset: 0,
    }));
    expect(() => safeUnzip(concat(local, centralDirectory(same, local.length)))).toThrow(/overlaps the entry after it/);
    // Headers at different places whose data runs over the next header (Fifield's overlapping bomb).
    const a = localHeader('a.bin', 0, 100, 100);
    const b = localHeader('b.bin', 0, 40, 40);
    const body = concat(a, b, new Uint8Array(60));
    const overlapping: RawEntry[] = [
      { name: 'a.bin', size: 100, compressedSize: 100, method: 0, localOffset: 0 },
      { name: 'b.bin', size: 40, compressedSize: 40, method: 0, localOffset: a.length },
    ];
    expect(() => safeUnzip(concat(body, centralDirectory(overlapping, body.length)))).toThrow(
      /"a\.bin" overlaps the entry after it/,
    );
  });

  it('still reads an ordinary archive, the same from bytes and from a Blob read piece by piece', async () => {
    let x = 2463534242;
    const noise = new Uint8Array(1 * MiB).map(() => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return x & 0xff;
    });
    const text = new TextEncoder().encode('hello '.repeat(1000));
    const zip = zipSync({
      'a.txt': text,
      'dir/b.bin': [noise, { level: 0 }],
      'dir/c.txt': text,
      'dir/': new Uint8Array(0),
    });
    const sync = safeUnzip(zip);
    expect([...sync.keys()].sort()).toEqual(['a.txt', 'dir/b.bin', 'dir/c.txt']);
    expect(sync.get('dir/c.txt')).toEqual(text);
    expect(Buffer.compare(sync.get('dir/b.bin')!, noise)).toBe(0);
    for (const source of [bytesSource(zip), blobSource(new Blob([zip]))]) {
      const index = await openZip(source);
      expect(index.totalBytes).toBe(2 * text.length + MiB);
      const read = await index.read((n) => n.startsWith('dir/'));
      expect([...read.keys()].sort()).toEqual(['dir/b.bin', 'dir/c.txt']);
      // Compared as buffers: a deep equality over a million elements takes minutes.
      expect(Buffer.compare(read.get('dir/b.bin')!, noise)).toBe(0);
      expect(read.get('dir/c.txt')).toEqual(text);
    }
  });
});

describe('what a backup may hold', () => {
  it('restores past the old 2 GiB total: a backup of 1 GiB videos is accepted on its declared sizes', async () => {
    const source = virtualStoredArchive(3, 1 * GiB - 1);
    // The pack limits (2 GiB in all) would refuse it, as the old restore did.
    await expect(openZip(source, DEFAULT_UNZIP_LIMITS)).rejects.toThrow(/more than 2147483648 bytes/);
    const index = await openZip(source, RESTORE_LIMITS);
    expect(index.totalBytes).toBe(3 * (GiB - 1));
    expect(index.largestBytes).toBe(GiB - 1);
  });

  it('refuses one file over the per-file limit, which OrderProof never stores', async () => {
    await expect(openZip(virtualStoredArchive(1, GiB + 1), RESTORE_LIMITS)).rejects.toThrow(
      /over the 1073741824-byte limit/,
    );
  });
});
