/** How long the offscreen document stays with nothing to do: as long as the report worker it keeps. */
export const OFFSCREEN_IDLE_MS = 120_000;

/**
 * When the offscreen document has been idle long enough to close: no export under way and no pack's blob
 * URL still held for a download. The clock starts again with each piece of work, and after a refusal.
 */
export class IdleClock {
  private readonly held = new Set<string>();
  private running = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ms: number,
    /** Asked once the time has passed: resolves true when the document is closing, false to wait again. */
    private readonly onIdle: () => Promise<boolean>,
  ) {
    this.restart();
  }

  /** Runs one piece of work; the clock stands still until it settles. */
  async busy<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    this.stop();
    try {
      return await work();
    } finally {
      this.running--;
      this.restart();
    }
  }

  /** A pack's blob URL the download still reads from: held until let go. */
  hold(url: string): void {
    this.held.add(url);
    this.stop();
  }

  release(url: string): void {
    this.held.delete(url);
    this.restart();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private restart(): void {
    this.stop();
    if (this.running || this.held.size) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.running || this.held.size) return;
      // A refusal (an export the background is starting) or a failed ask: wait a whole while again.
      void this.onIdle()
        .catch(() => false)
        .then((closing) => {
          if (!closing) this.restart();
        });
    }, this.ms);
  }
}
