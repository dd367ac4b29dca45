// report.pdf as a Blob that refers to the stored pictures it holds rather than copying them: a PNG's IDAT
// data and a JPEG are written into the PDF byte for byte as they are in the file, so those ranges of the PDF
// can be slices of the file's Blob (a reference to bytes the browser already keeps, often on disk). The PDF's
// bytes are still made whole (they are hashed); only the Blob the pack is assembled from is lighter.
import type { PDFDocument } from 'pdf-lib';

/** Bytes known to be a Blob's whole content. */
const files = new WeakMap<ArrayBufferLike, { blob: Blob; offset: number; length: number }>();

/** Records that `bytes` are `blob`'s content (read from it whole); returns them. */
export function bytesOfBlob(bytes: Uint8Array, blob: Blob): Uint8Array {
  if (bytes.byteLength === blob.size)
    files.set(bytes.buffer, { blob, offset: bytes.byteOffset, length: bytes.byteLength });
  return bytes;
}

/** The slice of a recorded Blob that `part` (a view into its bytes) is, if any. */
function blobSliceOf(part: Uint8Array): Blob | undefined {
  const file = files.get(part.buffer);
  if (!file) return undefined;
  const start = part.byteOffset - file.offset;
  if (start < 0 || start + part.byteLength > file.length) return undefined;
  return file.blob.slice(start, start + part.byteLength);
}

/** Where in the saved PDF a stored file's bytes were written. */
export interface PdfHole {
  at: number;
  length: number;
  blob: Blob;
}

const collectors = new WeakMap<object, PdfHole[]>();

/** From now on, parts written into this document's saved bytes that are stored files' bytes are noted in `holes`. */
export function collectHoles(doc: PDFDocument, holes: PdfHole[]): void {
  collectors.set(doc.context, holes);
}

/** Notes a part written at `at` of a document's saved bytes (pdf-image's writeFromParts calls it). */
export function noteWritten(context: object, part: Uint8Array, at: number): void {
  const holes = collectors.get(context);
  const blob = holes && part.byteLength >= 4096 ? blobSliceOf(part) : undefined;
  if (blob) holes!.push({ at, length: part.byteLength, blob });
}

/** The PDF as a Blob: its own bytes where it made them, the stored files' slices where it copied them. */
export function pdfBlob(pdf: Uint8Array, holes: readonly PdfHole[]): Blob {
  const parts: BlobPart[] = [];
  let at = 0;
  for (const h of [...holes].sort((a, b) => a.at - b.at)) {
    if (h.at < at || h.at + h.length > pdf.byteLength) continue;
    if (h.at > at) parts.push(pdf.subarray(at, h.at) as Uint8Array<ArrayBuffer>);
    parts.push(h.blob);
    at = h.at + h.length;
  }
  if (at < pdf.byteLength) parts.push(pdf.subarray(at) as Uint8Array<ArrayBuffer>);
  return new Blob(parts, { type: 'application/pdf' });
}
