/**
 * The life of Chrome's offscreen document, seen from the background: opened for an export (or on the export
 * button's hover), closed when it says it is idle unless an export is starting or under way. One opening or
 * closing at a time; an export asked for while the document closes waits for that, then opens a new one.
 */
export class OffscreenLife {
  private opening: Promise<void> | undefined;
  private closing: Promise<void> | undefined;
  /** Exports under way (counted from their first line, before any wait). */
  private exporting = 0;

  constructor(
    /** Opens the document unless it is open already. */
    private readonly open: () => Promise<void>,
    private readonly close: () => Promise<void>,
  ) {}

  ensureOpen(): Promise<void> {
    this.opening ??= (async () => {
      await this.closing;
      await this.open();
    })().finally(() => (this.opening = undefined));
    return this.opening;
  }

  /** Runs an export: the document is not closed meanwhile. */
  async whileExporting<T>(work: () => Promise<T>): Promise<T> {
    this.exporting++;
    try {
      return await work();
    } finally {
      this.exporting--;
    }
  }

  /** The document says it is idle: closing is true when it is being closed. */
  async closeIdle(): Promise<{ closing: boolean }> {
    if (this.exporting || this.opening || this.closing) return { closing: false };
    this.closing = this.close()
      .catch((err: unknown) => console.warn('the idle offscreen document could not be closed:', err))
      .finally(() => (this.closing = undefined));
    await this.closing;
    return { closing: true };
  }
}
