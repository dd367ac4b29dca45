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

async function encodePng(canvas: OffscreenCanvas): Promise<Uint8Array> {
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * Draws the bands into the picture of `target` (page CSS px). Runs wherever OffscreenCanvas
 * exists, the service worker included. Bands are decoded one part at a time and released at once,
 * so memory holds one part's canvas and one decoded band, never the whole page decoded.
 * Every band must have been taken at `scale` (one tab, one zoom).
 */
export async function composeBands(bands: Band[], target: Rect, scale: number): Promise<ComposedImage> {
  const width = Math.round(target.width * scale);
  const height = Math.round(target.height * scale);
  const parts: Uint8Array[] = [];
  for (const part of planParts(width, height)) {
    const canvas = new OffscreenCanvas(width, part.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, part.height);
    // Later bands win where they overlap, which keeps the clamped last band in its true place.
    for (const band of bands) {
      const step = drawStep(band, target, scale, part.top, part.height);
      if (!step) continue;
      const bitmap = await createImageBitmap(new Blob([band.png as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
      try {
        ctx.drawImage(bitmap, step.sx, step.sy, step.sw, step.sh, step.dx, step.dy, step.sw, step.sh);
      } finally {
        bitmap.close();
      }
    }
    parts.push(await encodePng(canvas));
  }
  return { parts, width, height };
}

/** Size of a PNG from its header, without decoding it. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (png.byteLength < 24 || view.getUint32(0) !== 0x89504e47) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
