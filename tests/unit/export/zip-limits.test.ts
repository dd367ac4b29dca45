import { Zip, ZipPassThrough } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { type Catalogue, setCatalogue } from '../../../utils/i18n';
import { checkBackupPlan } from '../../../utils/export/backup';
import {
  checkZip32Plan,
  countEntries,
  type PlannedEntry,
  Zip32Budget,
  ZIP32_MAX_BYTES,
  ZIP32_MAX_ENTRIES,
  ZipTooLarge,
} from '../../../utils/export/zip-limits';

const GiB = 1024 ** 3;
const video = (i: number, size: number): PlannedEntry => ({
  path: `cases/001/evidence/00${i}-uploaded-file/v${i}.mp4`,
  size,
  storedAsIs: true,
});

beforeEach(() => setCatalogue('en', en as Catalogue));

describe('ZIPs without ZIP64 are refused before they pass 4 GiB', () => {
  it('decides from declared sizes: stored files count whole, deflated ones may shrink', () => {
    expect(() => checkZip32Plan([video(1, GiB), video(2, GiB), video(3, GiB), video(4, GiB)])).toThrow(ZipTooLarge);
    expect(() => checkZip32Plan([video(1, GiB), video(2, GiB), video(3, GiB), video(4, GiB)])).toThrow(
      /^Not written: the ZIP would be over 4 GB \(at least 4\.0 GB\)/,
    );
    expect(checkZip32Plan([video(1, GiB), video(2, GiB), video(3, GiB)]).leastBytes).toBeGreaterThan(3 * GiB);
    // 6 GiB of text may well deflate under the limit: only writing it can tell, and the budget below does.
    expect(() => checkZip32Plan([{ path: 'a.txt', size: 6 * GiB, storedAsIs: false }])).not.toThrow();
    const many = Array.from({ length: ZIP32_MAX_ENTRIES + 1 }, (_, i): PlannedEntry => ({
      path: `f${i}`,
      size: 0,
      storedAsIs: false,
    }));
    expect(() => checkZip32Plan(many)).toThrow(ZipTooLarge);
    expect(() => checkZip32Plan(many.slice(1))).not.toThrow();
  });

  it('refuses a backup holding a file it could not restore', () => {
    expect(() => checkBackupPlan([video(1, GiB + 1)])).toThrow(/v1\.mp4/);
    expect(() => checkBackupPlan([video(1, GiB)])).not.toThrow();
  });

  it('counts the bytes as they are made and stops at the first one past the limit', () => {
    const budget = new Zip32Budget();
    budget.addBytes(2 ** 31);
    budget.addBytes(2 ** 31 - 1);
    expect(budget.bytes).toBe(ZIP32_MAX_BYTES);
    expect(() => budget.addBytes(1)).toThrow(ZipTooLarge);
  });

  it('stops a real fflate ZIP while it is written, past the byte or the entry limit', () => {
    const budget = new Zip32Budget();
    const out: Uint8Array[] = [];
    const zip = countEntries(
      new Zip((err, chunk) => {
        if (err) throw err;
        budget.addBytes(chunk.byteLength);
        out.push(chunk);
      }),
      budget,
    );
    const a = new ZipPassThrough('a.bin');
    zip.add(a);
    a.push(new Uint8Array(100), true);
    expect(budget.entries).toBe(1);
    expect(budget.bytes).toBeGreaterThan(100);
    // As if 4 GiB had already gone out: the next file's bytes are refused, and nothing more reaches the sink.
    budget.bytes = ZIP32_MAX_BYTES - 50;
    const b = new ZipPassThrough('b.bin');
    zip.add(b);
    const written = out.length;
    expect(() => b.push(new Uint8Array(100), true)).toThrow(ZipTooLarge);
    // At most b's header got out; none of its data did.
    expect(out.slice(written).reduce((n, c) => n + c.byteLength, 0)).toBeLessThan(100);
    budget.entries = ZIP32_MAX_ENTRIES;
    expect(() => zip.add(new ZipPassThrough('c.bin'))).toThrow(ZipTooLarge);
  });
});
