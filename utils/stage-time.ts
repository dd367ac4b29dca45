// Stage times on the performance timeline (User Timing), where `npm run bench` reads them: which part of an
// export or import the time goes to, measured in the real run rather than guessed.

/** Records one span, replacing the last of that name: only the latest run's stages are kept, so the timeline never grows. */
export function measure(name: string, start: number, end = performance.now()): void {
  performance.clearMeasures(name);
  performance.measure(name, { start: Math.max(0, start), end });
}

/** Runs one stage and leaves its duration as a `performance.measure` named `name`. */
export async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    measure(name, start);
  }
}

/**
 * Adds up time spent in many short spans (each file's read, each hash) and records the sum once. Spans that
 * overlap (pictures made ready side by side) count once: the time while at least one was under way, not
 * their sum, which could exceed the whole it is part of.
 */
export class SpanTotal {
  private total = 0;
  private open = 0;
  private since = 0;
  constructor(private readonly name: string) {}

  async add<T>(work: Promise<T> | (() => Promise<T>)): Promise<T> {
    if (this.open++ === 0) this.since = performance.now();
    try {
      return await (typeof work === 'function' ? work() : work);
    } finally {
      if (--this.open === 0) this.total += performance.now() - this.since;
    }
  }

  /** Records the sum as a measure ending now (its start is only nominal). */
  record(): void {
    measure(this.name, performance.now() - this.total);
  }
}

/** Records durations measured elsewhere (a worker's own clock) on this timeline. */
export function recordDurations(prefix: string, durations: Record<string, number>): void {
  for (const [name, ms] of Object.entries(durations)) measure(`${prefix}${name}`, performance.now() - ms);
}
