import {
  clip,
  degrees,
  drawImage,
  endPath,
  JpegEmbedder,
  type PDFDocument,
  PDFHexString,
  type PDFPage,
  type PDFRef,
  PDFStream,
  PngEmbedder,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
} from 'pdf-lib';
import type { SpanTotal } from '../stage-time';
import { noteWritten } from './pdf-blob';
import { concatBytes } from '@noble/hashes/utils.js';
import { PNG_SIGNATURE, pngHeader } from '../png-encode';

/** A picture placed in report.pdf: an image XObject and its size in pixels. */
export interface PdfPicture {
  ref: PDFRef;
  width: number;
  height: number;
}

/** What a PNG's header says and the zlib stream its IDAT chunks carry, when a PDF can take that stream as is. */
export interface PngStream {
  width: number;
  height: number;
  bitDepth: number;
  /** Samples per pixel in the stream: 1 (grey or palette index) or 3 (RGB). */
  colors: 1 | 3;
  /** RGB triples of a palette picture. */
  palette?: Uint8Array;
  /** The IDAT chunks' bodies, in order: together one zlib stream. */
  parts: Uint8Array[];
  /** The parts joined (copied: report.pdf takes the parts as they are). */
  readonly data: Uint8Array;
}

/**
 * The PNG's compressed pixels, for FlateDecode with the PNG predictor: a PDF reader undoes PNG's
 * row filters itself, so the picture goes in without being decoded or compressed again. Only for
 * what PDF images can express in one stream: non-interlaced grey, RGB (8 bits) or palette pictures
 * with no transparency. Anything else (alpha, as canvas-made PNGs always carry) is undefined.
 */
export function pngStream(bytes: Uint8Array): PngStream | undefined {
  if (bytes.length < 33 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Uint8Array[] = [];
  let header: { width: number; height: number; bitDepth: number; colorType: number; interlace: number } | undefined;
  let palette: Uint8Array | undefined;
  let ended = false;
  for (let at = 8; at + 12 <= bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const start = at + 8;
    if (start + length + 4 > bytes.length) return undefined;
    const body = bytes.subarray(start, start + length);
    if (type === 'IHDR' && length === 13) {
      header = {
        width: view.getUint32(start),
        height: view.getUint32(start + 4),
        bitDepth: body[8]!,
        colorType: body[9]!,
        interlace: body[12]!,
      };
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') return undefined;
    else if (type === 'IDAT') parts.push(body);
    else if (type === 'IEND') {
      ended = true;
      break;
    }
    at = start + length + 4;
  }
  if (!header || !ended || !parts.length || header.interlace !== 0 || !header.width || !header.height) return undefined;
  const { width, height, bitDepth, colorType } = header;
  const lowDepth = [1, 2, 4, 8].includes(bitDepth);
  let colors: 1 | 3;
  if (colorType === 2 && bitDepth === 8) colors = 3;
  else if (colorType === 0 && lowDepth) colors = 1;
  else if (colorType === 3 && lowDepth && palette && palette.length % 3 === 0 && palette.length > 0) colors = 1;
  else return undefined;
  return {
    width,
    height,
    bitDepth,
    colors,
    ...(colorType === 3 ? { palette } : {}),
    parts,
    get data() {
      return parts.length === 1 ? parts[0]! : concatBytes(...parts);
    },
  };
}

function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** A picture's size in pixels, as its file's header states it. */
export interface PictureSize {
  width: number;
  height: number;
}

/** Bytes of a file's start that hold a JPEG's frame header in practice (after its EXIF and colour profile). */
export const PICTURE_HEAD_BYTES = 64 * 1024;

/**
 * The size a PNG's IHDR or a JPEG's frame header (SOFn) states, from the file's first bytes; undefined when
 * they do not say (not such a file, or the header lies further in). Only a promise of the size: the picture
 * placed from the whole file must come out the same size, or the report is laid out again without it.
 */
export function pictureSize(head: Uint8Array, png: boolean): PictureSize | undefined {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (png) {
    const header = pngHeader(head);
    return header?.width && header.height ? { width: header.width, height: header.height } : undefined;
  }
  if (head.length < 4 || head[0] !== 0xff || head[1] !== 0xd8) return undefined;
  for (let at = 2; at + 9 <= head.length;) {
    if (head[at] !== 0xff) return undefined;
    const marker = head[at + 1]!;
    // Fill bytes, and markers that stand alone (no length follows).
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC): what pdf-lib's JPEG reader takes the size from too.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const size = { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
      return size.width && size.height ? size : undefined;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined;
    at += 2 + view.getUint16(at + 2);
  }
  return undefined;
}

/** The image XObject of a PNG's own compressed pixels (see pngStream), not yet in the document. */
function pngStreamObject(doc: PDFDocument, png: PngStream): PDFStream {
  const colorSpace = png.palette
    ? ['Indexed', 'DeviceRGB', png.palette.length / 3 - 1, PDFHexString.of(hex(png.palette))]
    : png.colors === 3
      ? 'DeviceRGB'
      : 'DeviceGray';
  const stream = doc.context.stream(new Uint8Array(0), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: png.width,
    Height: png.height,
    BitsPerComponent: png.bitDepth,
    ColorSpace: colorSpace,
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: png.colors, BitsPerComponent: png.bitDepth, Columns: png.width },
  });
  writeFromParts(stream, png.parts);
  return stream;
}

/** Puts a PNG's own compressed pixels into the document as an image XObject (see pngStream). */
export function embedPngStream(doc: PDFDocument, png: PngStream): PdfPicture {
  return { ref: doc.context.register(pngStreamObject(doc, png)), width: png.width, height: png.height };
}

const enc = new TextEncoder();
const OPEN = enc.encode('\nstream\n');
const CLOSE = enc.encode('\nendstream');

/**
 * Makes a stream write its content into the saved file from `parts` with one copy each. pdf-lib copies
 * stream content byte by byte in a JavaScript loop (about half a second for a report's 30 MB of
 * pictures) and would need a PNG's IDAT chunks joined first; the bytes written are the same.
 */
export function writeFromParts(stream: PDFStream, parts: readonly Uint8Array[]): void {
  const size = parts.reduce((n, p) => n + p.byteLength, 0);
  let joined: Uint8Array | undefined;
  stream.getContentsSize = () => size;
  stream.getContents = () => (joined ??= parts.length === 1 ? parts[0]! : concatBytes(...parts));
  stream.copyBytesInto = (buffer: Uint8Array, offset: number): number => {
    stream.updateDict();
    let at = offset + stream.dict.copyBytesInto(buffer, offset);
    buffer.set(OPEN, at);
    at += OPEN.byteLength;
    for (const p of parts) {
      buffer.set(p, at);
      noteWritten(stream.dict.context, p, at);
      at += p.byteLength;
    }
    buffer.set(CLOSE, at);
    return at + CLOSE.byteLength - offset;
  };
}

/** Every stream of the document written with one copy (writeFromParts): call just before saving. */
export function fastStreamWrites(doc: PDFDocument): void {
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFStream && !Object.hasOwn(obj, 'copyBytesInto')) writeFromParts(obj, [obj.getContents()]);
  }
}

/** Re-encodes a picture as JPEG with the browser's own decoder and encoder, on white; undefined where there are none. */
export async function nativeJpeg(bytes: Uint8Array, mime: string): Promise<Uint8Array | undefined> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return undefined;
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d', { alpha: false });
    if (!ctx) return undefined;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(bitmap, 0, 0);
    // Full size and high quality: small text in a screenshot stays legible.
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    bitmap.close();
  }
}

/**
 * A picture made ready for report.pdf before the document takes it: a JPEG's bytes (as they were, or the
 * browser's re-encoding), a PNG's own compressed stream, or (where neither works) a PNG for pdf-lib to decode.
 * Made apart from embedding so a worker can make each as soon as its bytes arrive, beside other work.
 */
export type ReadyPicture = { jpeg: Uint8Array } | { png: PngStream } | { pngToDecode: Uint8Array };

/**
 * The cheapest way that keeps every pixel readable: a JPEG as it is; a PNG's own compressed stream when
 * PDF can take it; else the browser's native JPEG encoder; and only where there is none (Node), pdf-lib's
 * PNG decoder, which re-compresses in JavaScript.
 */
export async function readyPicture(bytes: Uint8Array, png: boolean, reencoding?: SpanTotal): Promise<ReadyPicture> {
  if (!png) return { jpeg: bytes };
  const stream = pngStream(bytes);
  if (stream) return { png: stream };
  const encode = nativeJpeg(bytes, 'image/png').catch(() => undefined);
  const jpeg = await (reencoding ? reencoding.add(encode) : encode);
  return jpeg ? { jpeg } : { pngToDecode: bytes };
}

/** Puts a ready picture into the document as an image XObject. */
export async function embedReady(doc: PDFDocument, ready: ReadyPicture): Promise<PdfPicture> {
  if ('png' in ready) return embedPngStream(doc, ready.png);
  return 'jpeg' in ready ? doc.embedJpg(ready.jpeg) : doc.embedPng(ready.pngToDecode);
}

/** A picture for report.pdf from its file's bytes (readyPicture, then embedReady). */
export async function embedPicture(
  doc: PDFDocument,
  bytes: Uint8Array,
  png: boolean,
  reencoding?: SpanTotal,
): Promise<PdfPicture> {
  return embedReady(doc, await readyPicture(bytes, png, reencoding));
}

/**
 * Puts a ready picture into the document under a reference taken earlier (the report was laid out with its
 * size alone, see pictureSize), as embedReady would have, object for object: a JPEG or a decoded PNG at
 * the document's flush, so call this after it (a decoded PNG's mask is then numbered where it would be).
 * Returns the size the picture really has, for the caller to compare with the size it laid out.
 */
export async function embedReadyAt(doc: PDFDocument, ready: ReadyPicture, ref: PDFRef): Promise<PictureSize> {
  if ('png' in ready) {
    doc.context.assign(ref, pngStreamObject(doc, ready.png));
    return { width: ready.png.width, height: ready.png.height };
  }
  const embedder = 'jpeg' in ready ? await JpegEmbedder.for(ready.jpeg) : await PngEmbedder.for(ready.pngToDecode);
  await embedder.embedIntoContext(doc.context, ref);
  return { width: embedder.width, height: embedder.height };
}

/** Draws a picture at (x, y), bottom left, scaled to width × height points. */
export function drawPicture(
  page: PDFPage,
  pic: PdfPicture,
  at: { x: number; y: number; width: number; height: number },
  within?: { x: number; y: number; width: number; height: number },
): void {
  const name = page.node.newXObject('Image', pic.ref);
  const draw = drawImage(name, { ...at, rotate: degrees(0), xSkew: degrees(0), ySkew: degrees(0) });
  if (!within) return page.pushOperators(...draw);
  // Only the part inside `within` shows: the picture is still one image object, however many pages show a part.
  page.pushOperators(
    pushGraphicsState(),
    rectangle(within.x, within.y, within.width, within.height),
    clip(),
    endPath(),
    ...draw,
    popGraphicsState(),
  );
}
