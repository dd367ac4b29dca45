import { pngHeader, rgbPng } from '../png-encode';
import { type BandPlacement, drawStep, planParts, type Rect } from './geometry';

/** One captured picture and where on the page it was taken. */
export interface Band extends BandPlacement {
  png: Uint8Array;
}

export interface ComposedImage {
  /** One PNG per part; more than one only when the image is beyond the canvas limits. */
  parts: Uint8Array[];
  width: number;
  height: number;
}

/**
 * Draws the bands into the picture of `target` (page CSS px). Runs wherever OffscreenCanvas
 * exists, the service worker included. Every band must have been taken at `scale` (one tab, one zoom).
 * Each part is written as an RGB PNG (report.pdf takes those as they are), drawn a strip of rows at a
 * time: memory holds one strip and the one or two decoded bands it shows, never a whole part's canvas
 * (80 MB for a 20-screen page) or the whole page decoded.
 */
export async function composeBands(bands: Band[], target: Rect, scale: number): Promise<ComposedImage> {
  const width = Math.round(target.width * scale);
  const height = Math.round(target.height * scale);
  const parts: Uint8Array[] = [];
  for (const part of planParts(width, height))
    parts.push(
      (await partInStrips(bands, target, scale, width, part)) ?? (await partWhole(bands, target, scale, width, part)),
    );
  return { parts, width, height };
}

type Part = { top: number; height: number };

/**
 * A part drawn strip by strip into one small canvas, each strip's pixels handed to the PNG writer as it
 * asks for them. A band is decoded when a strip first shows it and released after the last strip that
 * does. Undefined where the browser cannot write an RGB PNG (no CompressionStream).
 */
async function partInStrips(
  bands: readonly Band[],
  target: Rect,
  scale: number,
  width: number,
  part: Part,
): Promise<Uint8Array | undefined> {
  let canvas: OffscreenCanvas | undefined;
  let ctx: OffscreenCanvasRenderingContext2D | null = null;
  const decoded = new Map<Band, ImageBitmap>();
  try {
    return await rgbPng(width, part.height, async (top, rows) => {
      if (!canvas || canvas.height < rows) {
        canvas = new OffscreenCanvas(width, rows);
        ctx = canvas.getContext('2d', { willReadFrequently: true });
      }
      if (!ctx) throw new Error('no 2D canvas');
      const stripTop = part.top + top;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, width, rows);
      // Later bands win where they overlap, which keeps the clamped last band in its true place.
      for (const band of bands) {
        const step = drawStep(band, target, scale, stripTop, rows);
        if (!step) continue;
        let bitmap = decoded.get(band);
        if (!bitmap) decoded.set(band, (bitmap = await decode(band)));
        ctx.drawImage(bitmap, step.sx, step.sy, step.sw, step.sh, step.dx, step.dy, step.sw, step.sh);
      }
      // A band no later strip reaches is released now.
      for (const [band, bitmap] of decoded) {
        if (!drawStep(band, target, scale, stripTop + rows, part.top + part.height - stripTop - rows)) {
          bitmap.close();
          decoded.delete(band);
        }
      }
      return ctx.getImageData(0, 0, width, rows).data;
    });
  } finally {
    for (const bitmap of decoded.values()) bitmap.close();
  }
}

/** A part drawn whole and written by the canvas's own encoder (an RGBA PNG): where rgbPng cannot run. */
async function partWhole(
  bands: readonly Band[],
  target: Rect,
  scale: number,
  width: number,
  part: Part,
): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, part.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, part.height);
  for (const band of bands) {
    const step = drawStep(band, target, scale, part.top, part.height);
    if (!step) continue;
    const bitmap = await decode(band);
    try {
      ctx.drawImage(bitmap, step.sx, step.sy, step.sw, step.sh, step.dx, step.dy, step.sw, step.sh);
    } finally {
      bitmap.close();
    }
  }
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
}

function decode(band: Band): Promise<ImageBitmap> {
  return createImageBitmap(new Blob([band.png as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
}

/** Size of a PNG from its header, without decoding it. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const head = pngHeader(png);
  if (!head) throw new Error('not a PNG');
  return { width: head.width, height: head.height };
}
