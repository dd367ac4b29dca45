// Stage times on the performance timeline (User Timing), where `npm run bench` reads them: which part of an
// export or import the time goes to, measured in the real run rather than guessed.

/** Runs one stage and leaves its duration as a `performance.measure` named `name`. */
export async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}

/** Adds up time spent in many short spans (each file's read, each hash) and records the sum once. */
export class SpanTotal {
  private total = 0;
  constructor(private readonly name: string) {}

  async add<T>(work: Promise<T> | (() => Promise<T>)): Promise<T> {
    const start = performance.now();
    try {
      return await (typeof work === 'function' ? work() : work);
    } finally {
      this.total += performance.now() - start;
    }
  }

  /** Records the sum as a measure ending now (its start is only nominal). */
  record(): void {
    const end = performance.now();
    performance.measure(this.name, { start: Math.max(0, end - this.total), end });
  }
}

/** Records durations measured elsewhere (a worker's own clock) on this timeline. */
export function recordDurations(prefix: string, durations: Record<string, number>): void {
  const end = performance.now();
  for (const [name, ms] of Object.entries(durations))
    performance.measure(`${prefix}${name}`, { start: Math.max(0, end - ms), end });
}
