/**
 * A Blob that counts how it is sliced: a slice with a type is a stored reference to its bytes (`refs`),
 * one without is a read (`reads`), as the import and restore readers use them.
 */
export class CountingBlob extends Blob {
  reads = 0;
  refs = 0;
  override slice(start?: number, end?: number, type?: string): Blob {
    if (type) this.refs += 1;
    else this.reads += 1;
    return super.slice(start, end, type);
  }
}
