import type { Zip } from 'fflate';
import { formatSize } from '../db/space';
import { t } from '../i18n';

// fflate writes no ZIP64: every size and offset is a 32-bit field and the end record counts entries in
// 16 bits. Past those limits its archives are silently corrupt (a 4.2 GiB file got a central record
// of 268435456 bytes), so OrderProof refuses such a ZIP before the file is written: from the declared
// sizes before it starts (`checkZip32Plan`), and exactly, byte by byte, while it is built
// (`Zip32Budget`), before the finished archive is handed to the downloads.

/** The largest archive whose every offset and size fits a 32-bit field. */
export const ZIP32_MAX_BYTES = 0xffffffff;
/** 0xffff in the end record means "see the ZIP64 record". */
export const ZIP32_MAX_ENTRIES = 0xfffe;

export class ZipTooLarge extends Error {
  override name = 'ZipTooLarge';
}

function tooLarge(bytes: number): ZipTooLarge {
  return new ZipTooLarge(t('zipTooLarge', formatSize(bytes)));
}

function tooMany(): ZipTooLarge {
  return new ZipTooLarge(t('zipTooManyFiles', ZIP32_MAX_ENTRIES.toLocaleString('en-US')));
}

/** One file the ZIP will hold: its size, and whether it is stored as it is (pictures, video) or deflated. */
export interface PlannedEntry {
  path: string;
  size: number;
  storedAsIs: boolean;
}

/** Bytes a ZIP entry takes besides its data: local header, data descriptor and central record, each with the name. */
export function entryOverhead(path: string): number {
  const name = new TextEncoder().encode(path).byteLength;
  return 30 + name + 16 + 46 + name;
}

/**
 * The least the archive can take: files stored as they are count whole, deflated ones count nothing
 * (they may shrink to almost that), every entry counts its headers. Refuses when even that is over the
 * limit, or when there are more entries than the end record can count.
 */
export function checkZip32Plan(entries: readonly PlannedEntry[]): { leastBytes: number } {
  if (entries.length > ZIP32_MAX_ENTRIES) throw tooMany();
  const leastBytes = entries.reduce((n, e) => n + entryOverhead(e.path) + (e.storedAsIs ? e.size : 0), 22);
  if (leastBytes > ZIP32_MAX_BYTES) throw tooLarge(leastBytes);
  return { leastBytes };
}

/** Counts what a ZIP being written has produced, and throws the moment it would pass a 32-bit limit. */
export class Zip32Budget {
  bytes = 0;
  entries = 0;

  addEntry(): void {
    this.entries += 1;
    if (this.entries > ZIP32_MAX_ENTRIES) throw tooMany();
  }

  addBytes(n: number): void {
    this.bytes += n;
    if (this.bytes > ZIP32_MAX_BYTES) throw tooLarge(this.bytes);
  }
}

/** Makes `zip` count its entries against `budget` (its output is counted where it is collected). */
export function countEntries(zip: Zip, budget: Zip32Budget): Zip {
  const add = zip.add.bind(zip);
  zip.add = (file) => {
    budget.addEntry();
    add(file);
  };
  return zip;
}
