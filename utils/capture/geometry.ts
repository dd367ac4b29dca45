/** Page geometry for captures: plain numbers in, plain plans out, so every rule here is unit-tested. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Chrome's canvas limits: a side of at most 32,767 px and at most 268,435,456 px of area. */
export const CANVAS_MAX_SIDE = 32_767;
export const CANVAS_MAX_AREA = 268_435_456;
/** Above this many device pixels one Page.captureScreenshot returns wrong pixels (measured): tile it. */
export const DEBUGGER_MAX_TILE = 16_384;

/**
 * Where to scroll for each band of a scroll-and-stitch capture of [top, bottom) (CSS px). Every band
 * starts one visible height below the last; the browser clamps the last band, which the stitcher
 * places at the scroll position the page reports, so nothing is drawn twice at different places.
 */
export function planBands(top: number, bottom: number, visibleHeight: number): number[] {
  if (visibleHeight <= 0) throw new Error('visible height must be positive');
  const ys: number[] = [];
  for (let y = Math.max(0, top); y < bottom; y += visibleHeight) ys.push(Math.floor(y));
  return ys.length ? ys : [Math.max(0, Math.floor(top))];
}

/** Rows per part, so that no part breaks either canvas limit at this width (device px). */
export function maxPartHeight(width: number): number {
  if (width <= 0) throw new Error('width must be positive');
  if (width > CANVAS_MAX_SIDE) throw new Error(`image width ${width} px is beyond the canvas limit`);
  return Math.min(CANVAS_MAX_SIDE, Math.floor(CANVAS_MAX_AREA / width));
}

/**
 * Splits an image of width × height (device px) into numbered horizontal parts, each within the
 * canvas limits. Parts meet edge to edge: together they are the whole image, none cropped.
 */
export function planParts(width: number, height: number): { top: number; height: number }[] {
  const max = maxPartHeight(width);
  const parts: { top: number; height: number }[] = [];
  const count = Math.max(1, Math.ceil(height / max));
  // Equal parts read better than several full ones and a sliver.
  const each = Math.ceil(height / count);
  for (let top = 0; top < height; top += each) parts.push({ top, height: Math.min(each, height - top) });
  return parts.length ? parts : [{ top: 0, height: 0 }];
}

/** Tiles (CSS px) for a debugger capture, each at most DEBUGGER_MAX_TILE device px tall. */
export function planTiles(height: number, scale: number, maxTile = DEBUGGER_MAX_TILE): { y: number; height: number }[] {
  const step = Math.max(1, Math.floor(maxTile / scale));
  const tiles: { y: number; height: number }[] = [];
  for (let y = 0; y < height; y += step) tiles.push({ y, height: Math.min(step, height - y) });
  return tiles;
}

/** A picture of the page seen through the viewport at (x, y), page CSS px, `scale` device px per CSS px. */
export interface BandPlacement {
  x: number;
  y: number;
  /** The part of the picture that shows page content (no scrollbars), CSS px. */
  width: number;
  height: number;
  scale: number;
}

export interface DrawStep {
  /** Source rectangle in the band's picture, device px. */
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  /** Destination in the output, device px. */
  dx: number;
  dy: number;
}

/**
 * How to draw one band into an output that shows `target` (page CSS px), rows [partTop, partTop +
 * partHeight) of it. Returns undefined when the band does not reach that part. Device pixels are
 * rounded once, from page coordinates, so adjacent bands meet without a gap or an overlap.
 */
export function drawStep(
  band: BandPlacement,
  target: Rect,
  scale: number,
  partTop: number,
  partHeight: number,
): DrawStep | undefined {
  const px = (v: number) => Math.round(v * scale);
  const bandTop = px(band.y - target.y);
  const bandBottom = px(band.y + band.height - target.y);
  const bandLeft = px(band.x - target.x);
  const bandRight = px(band.x + band.width - target.x);
  const top = Math.max(bandTop, partTop);
  const bottom = Math.min(bandBottom, partTop + partHeight, px(target.height));
  const left = Math.max(bandLeft, 0);
  const right = Math.min(bandRight, px(target.width));
  if (bottom <= top || right <= left) return undefined;
  return { sx: left - bandLeft, sy: top - bandTop, sw: right - left, sh: bottom - top, dx: left, dy: top - partTop };
}

/** Clamps a rectangle to the page and rounds it to whole CSS px; undefined when nothing is left. */
export function clampRect(rect: Rect, page: { width: number; height: number }): Rect | undefined {
  const x = Math.max(0, Math.floor(rect.x));
  const y = Math.max(0, Math.floor(rect.y));
  const right = Math.min(page.width, Math.ceil(rect.x + rect.width));
  const bottom = Math.min(page.height, Math.ceil(rect.y + rect.height));
  if (right - x < 1 || bottom - y < 1) return undefined;
  return { x, y, width: right - x, height: bottom - y };
}
