/** Screenshots report.pdf shows at most, in bytes: beyond it the pictures are in the pack, not the PDF. */
export const PDF_IMAGE_BUDGET = 32 * 1024 * 1024;

/**
 * Reads a picture when the report reaches it, while the budget lasts: the pictures it takes are the first
 * that fit, in the order the report asks for them (the rule reportsStage applies on the page's thread).
 */
export function budgetedPictures(
  read: (path: string) => Promise<Blob | undefined> | Blob | undefined,
  budget = PDF_IMAGE_BUDGET,
): (path: string) => Promise<Uint8Array | undefined> {
  let left = budget;
  return async (path) => {
    const blob = await read(path);
    if (!blob || blob.size > left) return undefined;
    left -= blob.size;
    return new Uint8Array(await blob.arrayBuffer());
  };
}
