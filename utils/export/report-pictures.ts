import type { ReportInput } from './report-input';

/** Screenshots report.pdf shows at most, in bytes: beyond it the pictures are in the pack, not the PDF. */
export const PDF_IMAGE_BUDGET = 32 * 1024 * 1024;

/** The picture report.pdf shows for an item: its first PNG or JPEG file. */
export function reportPicturePath(paths: readonly string[]): string | undefined {
  return paths.find((p) => /\.(png|jpe?g)$/i.test(p));
}

/** The pictures report.pdf asks for, in the order it asks: each shown (not deleted) item's picture, once. */
export function reportPictureOrder(evidence: ReportInput['evidence']): string[] {
  const order = new Set<string>();
  for (const { item, paths } of evidence) {
    const path = item.deletedAt ? undefined : reportPicturePath(paths);
    if (path) order.add(path);
  }
  return [...order];
}

/**
 * The pictures budgetedPictures will take when asked in `order`, decided up front from their sizes (undefined:
 * no such picture): so the page knows which of the pictures it reads the report worker will want.
 */
export function admittedPictures(
  order: readonly string[],
  sizeOf: (path: string) => number | undefined,
  budget = PDF_IMAGE_BUDGET,
): Set<string> {
  let left = budget;
  const out = new Set<string>();
  for (const path of order) {
    const size = sizeOf(path);
    if (size === undefined || size > left) continue;
    left -= size;
    out.add(path);
  }
  return out;
}

/**
 * Reads a picture when the report reaches it, while the budget lasts: the pictures it takes are the first
 * that fit, in the order the report asks for them, on the page's thread (reportsStage) and in the worker
 * alike. `read` gives a Blob, or bytes already in hand.
 */
export function budgetedPictures(
  read: (path: string) => Promise<Blob | Uint8Array | undefined> | Blob | Uint8Array | undefined,
  budget = PDF_IMAGE_BUDGET,
): (path: string) => Promise<Uint8Array | undefined> {
  let left = budget;
  return async (path) => {
    const found = await read(path);
    const size = found instanceof Blob ? found.size : found?.byteLength;
    if (!found || size === undefined || size > left) return undefined;
    left -= size;
    return found instanceof Blob ? new Uint8Array(await found.arrayBuffer()) : found;
  };
}
