/** Screenshots report.pdf shows at most, in bytes: beyond it the pictures are in the pack, not the PDF. */
export const PDF_IMAGE_BUDGET = 32 * 1024 * 1024;

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
