import { t } from '../../utils/i18n';
import type { PagePayload } from '../../utils/schemas/messages';
import type { Order } from '../../utils/schemas/order';
import type { NewEvidence, NewFile } from '../../utils/db/store';
import type { CaseTarget, CaptureJournal } from '../../utils/capture/journal';
import type { AreaCapture } from '../../utils/capture/stitch';
import { captureMeta } from '../../utils/capture/meta';

// What a save stores, as data: each kind of evidence item a save makes, built from what it gathered.
// Nothing here talks to the browser or the database.

/** The files of a captured picture: one PNG, or numbered parts when it is beyond the canvas limits. */
export function imageFiles(base: string, shot: AreaCapture['image']): NewFile[] {
  if (shot.parts.length === 1) return [{ name: `${base}.png`, mime: 'image/png', bytes: shot.parts[0]! }];
  const n = shot.parts.length;
  const width = String(n).length;
  return shot.parts.map((bytes, i) => ({
    name: `${base}-part-${String(i + 1).padStart(width, '0')}-of-${n}.png`,
    mime: 'image/png',
    bytes,
  }));
}

/**
 * What a picture is, in a file beside it, so the pack states it without the extension: where and when
 * (UTC and the local offset) and how it was taken, then what is particular to the capture.
 */
export function captureJson(
  source: { url: string; title: string },
  capturedAt: number,
  method: string,
  fields: Record<string, unknown>,
): NewFile {
  const head = {
    url: source.url,
    title: source.title,
    capturedAt: new Date(capturedAt).toISOString(),
    utcOffsetMinutes: -new Date(capturedAt).getTimezoneOffset(),
    method,
  };
  return {
    name: 'capture.json',
    mime: 'application/json',
    bytes: new TextEncoder().encode(JSON.stringify({ ...head, ...fields }, null, 2)),
  };
}

/** Everything one save has gathered, for the stage that stores it. */
export interface SaveParts {
  target: CaseTarget;
  page: PagePayload;
  capturedAt: number;
  health: string[];
  /** The whole page (with whether it is partial), or what was in view. */
  picture?: { full: AreaCapture; partial: boolean } | { visible: Uint8Array };
  mhtml?: Uint8Array;
  order?: Order;
  /** On a list page, the chosen order's own block, pictured beside the whole list. */
  orderArea?: AreaCapture;
  /** A full-page capture's journal: closed once its picture is evidence. */
  journal?: CaptureJournal;
}

export type EvidenceInput = Omit<NewEvidence, 'caseId' | 'sourceUrl' | 'pageTitle' | 'capturedAt'>;

/** The picture's evidence item: the full page (its parts and capture.json) or the visible screenshot. */
export function pictureEvidence(parts: SaveParts): EvidenceInput | undefined {
  const { page, capturedAt, health, picture } = parts;
  if (!picture) return undefined;
  if ('visible' in picture) {
    return {
      kind: 'screenshot',
      title: page.title || page.url,
      capture: captureMeta('captureVisibleTab', { viewport: page.viewport, pageSize: page.pageSize, health }),
      files: [{ name: 'screenshot.png', mime: 'image/png', bytes: picture.visible }],
    };
  }
  const shot = picture.full;
  return {
    kind: 'full-page-screenshot',
    title: t('titleFullPage', page.title || page.url),
    capture: captureMeta(shot.method, { viewport: page.viewport, pageSize: shot.metrics.pageSize, health }),
    files: [
      ...imageFiles('full-page', shot.image),
      captureJson(page, capturedAt, shot.method, {
        viewport: page.viewport,
        pageSize: shot.metrics.pageSize,
        devicePixelRatio: shot.metrics.devicePixelRatio,
        area: shot.area,
        image: { width: shot.image.width, height: shot.image.height, parts: shot.image.parts.length },
        partial: picture.partial,
        health,
      }),
    ],
  };
}

/** The chosen order of a list page, cropped from the page at its place (recorded beside the picture). */
export function orderAreaEvidence(parts: SaveParts): EvidenceInput | undefined {
  const { page, capturedAt, health, orderArea, order } = parts;
  if (!orderArea || !order?.orderId) return undefined;
  return {
    kind: 'screenshot',
    title: t('titleOrderOnList', order.orderId),
    capture: captureMeta(orderArea.method, { viewport: page.viewport, pageSize: page.pageSize, health }),
    files: [
      ...imageFiles('order-on-list', orderArea.image),
      captureJson(page, capturedAt, orderArea.method, {
        orderId: order.orderId,
        position: orderArea.area,
        devicePixelRatio: orderArea.metrics.devicePixelRatio,
        image: { width: orderArea.image.width, height: orderArea.image.height, parts: orderArea.image.parts.length },
        viewport: page.viewport,
        pageSize: page.pageSize,
        health,
      }),
    ],
  };
}

/** The page's snapshot item: MHTML where the browser made one, always its text and page.json (and a listing's facts). */
export function snapshotEvidence(parts: SaveParts): EvidenceInput {
  const { page, capturedAt, health, mhtml, picture } = parts;
  const enc = new TextEncoder();
  const listing = page.kind === 'listing' ? page.listing : undefined;
  const pageSize = picture && 'full' in picture ? picture.full.metrics.pageSize : page.pageSize;
  const pageInfo = {
    url: page.url,
    title: page.title,
    capturedAt: new Date(capturedAt).toISOString(),
    viewport: page.viewport,
    pageSize: page.pageSize,
  };
  return {
    kind: 'page-snapshot',
    title: listing?.title ? t('titleListing', listing.title) : page.title || page.url,
    capture: captureMeta(mhtml ? 'pageCapture.saveAsMHTML' : 'innerText', {
      viewport: page.viewport,
      pageSize,
      health,
    }),
    text: page.text,
    files: [
      ...(mhtml ? [{ name: 'page.mhtml', mime: 'multipart/related', bytes: mhtml }] : []),
      { name: 'page.txt', mime: 'text/plain;charset=utf-8', bytes: enc.encode(page.text) },
      { name: 'page.json', mime: 'application/json', bytes: enc.encode(JSON.stringify(pageInfo, null, 2)) },
      ...(listing
        ? [{ name: 'listing.json', mime: 'application/json', bytes: enc.encode(JSON.stringify(listing, null, 2)) }]
        : []),
    ],
    // The same facts as listing.json, kept on the record so the library can compare listings without reading files.
    ...(listing ? { listing } : {}),
  };
}

/** The order's facts as their own item, when the page yielded an order. */
export function orderEvidence(parts: SaveParts): EvidenceInput | undefined {
  const { page, health, order, picture } = parts;
  if (!order) return undefined;
  const pageSize = picture && 'full' in picture ? picture.full.metrics.pageSize : page.pageSize;
  return {
    kind: 'order-data',
    title: order.orderId ? t('caseOrder', order.orderId) : t('kind_order_data'),
    capture: captureMeta(`adapter:${order.marketplace}`, { viewport: page.viewport, pageSize, health }),
    order,
    files: [
      { name: 'order.json', mime: 'application/json', bytes: new TextEncoder().encode(JSON.stringify(order, null, 2)) },
    ],
  };
}

/** The items a save makes, in the order they are stored; a kind whose builder gives nothing is skipped. */
const EVIDENCE_FOR = {
  picture: pictureEvidence,
  orderArea: orderAreaEvidence,
  snapshot: snapshotEvidence,
  order: orderEvidence,
} satisfies Record<string, (parts: SaveParts) => EvidenceInput | undefined>;

export type SaveEvidenceKind = keyof typeof EVIDENCE_FOR;
export const SAVE_EVIDENCE_KINDS = Object.keys(EVIDENCE_FOR) as SaveEvidenceKind[];

export function evidenceFor(kind: SaveEvidenceKind, parts: SaveParts): EvidenceInput | undefined {
  return EVIDENCE_FOR[kind](parts);
}
