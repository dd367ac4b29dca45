import { type AsyncFlateStreamHandler, type Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { fastCrc32, sha256Hex, streamCrc32, streamSha256 } from '../hash';
import type { PackFile } from './manifest';

/**
 * Already-compressed formats are stored as they are: deflating them again costs time for nothing. A PDF
 * counts: its streams (pictures, page content, the font) are compressed inside it, and report.pdf with
 * its screenshots is tens of MB that deflate would spend seconds on to save almost nothing.
 */
export function level(mime: string): 0 | 6 {
  return /^(image\/(png|jpeg|webp|gif)|video\/|audio\/|application\/(zip|pdf))/.test(mime) ? 0 : 6;
}

// A stored entry's bytes that are exactly the bytes of a Blob the writer read them from (an evidence file
// in IndexedDB). A sink that builds a Blob (blobSink) takes that Blob instead of copying the bytes: the
// pack then refers to the stored files rather than holding a second copy of them. Blobs never change, so
// the bytes hashed and CRC'd are the bytes the pack will hold.
const backing = new WeakMap<Uint8Array, Blob>();

/** The Blob whose bytes a ZIP chunk is, when the writer read it from one. */
export function blobBehind(chunk: Uint8Array): Blob | undefined {
  return backing.get(chunk);
}

/** How far a pack has got: files written of those it will hold, and evidence bytes read of the total. */
export interface PackProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

/** Files up to this size are read whole: WebCrypto hashes them (off this thread) while the CRC runs here. */
export const WHOLE_FILE_BYTES = 16 * 1024 * 1024;
/** Bigger files (videos) are read in slices of this size, each hashed and CRC'd in one pass. */
export const SLICE_BYTES = 8 * 1024 * 1024;

/**
 * A stored ZIP entry whose CRC is computed by the writer (hash-wasm, in the same pass as the SHA-256)
 * rather than by fflate's JavaScript CRC. fflate writes the same local header and data descriptor as
 * for its own ZipPassThrough, so the archive's bytes are unchanged.
 */
class StoredEntry implements ZipInputFile {
  size = 0;
  crc = 0;
  ondata?: AsyncFlateStreamHandler;
  constructor(
    readonly filename: string,
    readonly mtime: Date,
    /** 0 stored; 8 deflated, for bytes deflated before they come (see nativeDeflateRaw). */
    readonly compression: 0 | 8 = 0,
  ) {}

  push(bytes: Uint8Array, from?: Blob): void {
    if (from) backing.set(bytes, from);
    this.size += bytes.byteLength;
    this.ondata!(null, bytes as Uint8Array<ArrayBuffer>, false);
  }

  /** `size` is the uncompressed size, for a deflated entry (a stored one counts what it was given). */
  end(crc: number, size?: number): void {
    this.crc = crc;
    if (size !== undefined) this.size = size;
    this.ondata!(null, new Uint8Array(0), true);
  }
}

/**
 * Raw DEFLATE by the browser's own CompressionStream (native code, several times faster than fflate's
 * JavaScript on a report or manifest of a few MB); undefined where there is none, and fflate deflates.
 */
export async function nativeDeflateRaw(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  if (typeof CompressionStream !== 'function') return undefined;
  let stream: CompressionStream;
  try {
    stream = new CompressionStream('deflate-raw');
  } catch {
    return undefined;
  }
  const out = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** What a pack stage writes through: every file hashed and listed as it goes into the ZIP. */
export class PackWriter {
  /** The files manifest.json lists, in the order written. */
  readonly files: PackFile[] = [];
  private readonly progress: PackProgress;

  constructor(
    private readonly zip: Pick<Zip, 'add'>,
    private readonly prefix: string,
    private readonly mtime: Date,
    totals: Pick<PackProgress, 'filesTotal' | 'bytesTotal'> = { filesTotal: 0, bytesTotal: 0 },
    private readonly onProgress?: (p: PackProgress) => void,
  ) {
    this.progress = { filesDone: 0, bytesDone: 0, ...totals };
  }

  private tick(bytes: number, fileDone: boolean): void {
    this.progress.bytesDone += bytes;
    if (fileDone) this.progress.filesDone += 1;
    this.onProgress?.({ ...this.progress });
  }

  private stored(path: string, compression: 0 | 8 = 0): StoredEntry {
    const e = new StoredEntry(this.prefix + path, this.mtime, compression);
    this.zip.add(e);
    return e;
  }

  private deflated(path: string, bytes: Uint8Array): void {
    const e = new ZipDeflate(this.prefix + path, { level: 6 });
    e.mtime = this.mtime;
    this.zip.add(e);
    e.push(bytes, true);
  }

  /** Writes bytes made in memory; listed in the manifest unless `unlisted` (manifest.json, SHA256SUMS). */
  async addBytes(
    path: string,
    bytes: Uint8Array,
    mime: string,
    evidenceId?: string,
    unlisted = false,
  ): Promise<string> {
    const sha256 = await this.writeWhole(path, bytes, mime);
    if (!unlisted)
      this.files.push({ path, size: bytes.byteLength, sha256, mime, ...(evidenceId ? { evidenceId } : {}) });
    this.tick(0, true);
    return sha256;
  }

  /**
   * Writes a stored file whose SHA-256 and CRC-32 were computed from these very bytes elsewhere (report.pdf,
   * in the report worker), with the Blob of them the pack is assembled from (see blobBehind). Listed like addBytes.
   */
  async addHashed(
    path: string,
    made: { bytes: Uint8Array; sha256: string; crc: number; blob?: Blob },
    mime: string,
  ): Promise<string> {
    if (level(mime) !== 0) return this.addBytes(path, made.bytes, mime);
    const e = this.stored(path);
    e.push(made.bytes, made.blob?.size === made.bytes.byteLength ? made.blob : undefined);
    e.end(made.crc);
    this.files.push({ path, size: made.bytes.byteLength, sha256: made.sha256, mime });
    this.tick(0, true);
    return made.sha256;
  }

  /**
   * Hashes and writes bytes in one pass: WebCrypto's digest runs while the CRC and the ZIP take the bytes.
   * `from` is the Blob the bytes were read from whole, if any (see blobBehind).
   */
  private async writeWhole(path: string, bytes: Uint8Array, mime: string, from?: Blob): Promise<string> {
    const digest = sha256Hex(bytes);
    if (level(mime) === 0) {
      const crc = (await fastCrc32())(bytes);
      const e = this.stored(path);
      e.push(bytes, from);
      e.end(crc);
    } else {
      const [packed, crc] = await Promise.all([nativeDeflateRaw(bytes), fastCrc32()]);
      if (packed) {
        const e = this.stored(path, 8);
        e.push(packed);
        e.end(crc(bytes), bytes.byteLength);
      } else this.deflated(path, bytes);
    }
    return digest;
  }

  /**
   * Writes a stored file (an evidence Blob): read whole when small, in slices when big (the next slice
   * is read while this one is hashed), so nothing holds more than a slice of a video.
   */
  async addBlob(
    path: string,
    blob: Blob,
    mime: string,
    evidenceId?: string,
    bytes?: Promise<ArrayBuffer>,
  ): Promise<string> {
    let sha256: string;
    if (blob.size <= WHOLE_FILE_BYTES) {
      const whole = new Uint8Array(await (bytes ?? blob.arrayBuffer()));
      sha256 = await this.writeWhole(path, whole, mime, whole.byteLength === blob.size ? blob : undefined);
      this.tick(whole.byteLength, false);
    } else {
      sha256 = await this.writeSlices(path, blob, mime);
    }
    this.files.push({ path, size: blob.size, sha256, mime, ...(evidenceId ? { evidenceId } : {}) });
    this.tick(0, true);
    return sha256;
  }

  private async writeSlices(path: string, blob: Blob, mime: string): Promise<string> {
    const hasher = await streamSha256();
    const store = level(mime) === 0;
    const crc = store ? await streamCrc32() : undefined;
    const stored = store ? this.stored(path) : undefined;
    let deflate: ZipDeflate | undefined;
    if (!store) {
      deflate = new ZipDeflate(this.prefix + path, { level: 6 });
      deflate.mtime = this.mtime;
      this.zip.add(deflate);
    }
    let next: Promise<ArrayBuffer> | undefined = blob.slice(0, SLICE_BYTES).arrayBuffer();
    for (let at = 0; next;) {
      const slice = new Uint8Array(await next);
      at += slice.byteLength;
      next = at < blob.size ? blob.slice(at, at + SLICE_BYTES).arrayBuffer() : undefined;
      hasher.update(slice);
      if (stored) {
        crc!.update(slice);
        stored.push(slice, blob.slice(at - slice.byteLength, at));
      } else deflate!.push(slice, !next);
      this.tick(slice.byteLength, false);
    }
    if (stored) stored.end(crc!.value());
    return hasher.hex();
  }
}
