import { z } from 'zod';
import { ImportRefused, REFUSAL_KINDS, refusalOf } from './refusal';

// The two checkers (import-worker.ts for a pack, restore-worker.ts for a backup) and the page that starts
// them speak alike: one request in; on the way, questions only the page can answer; one answer out, the
// checked result or the reason it was refused. A worker is started by its caller (the bundler finds a
// worker by its `new Worker(new URL(...))` where it is written).

/**
 * A checker's worker started before it is needed (when the import section is shown), so that loading and
 * compiling its script (over half a MB) is done while the user picks a file, not after. `take` hands out the
 * one started ahead, or starts one; `prepare` starts one ahead if none waits; `drop` ends the one waiting.
 */
export function spareWorker(start: () => Worker): { take(): Worker; prepare(): void; drop(): void } {
  let spare: Worker | undefined;
  return {
    take() {
      const worker = spare ?? start();
      spare = undefined;
      return worker;
    },
    prepare() {
      if (typeof Worker === 'function') spare ??= start();
    },
    drop() {
      spare?.terminate();
      spare = undefined;
    },
  };
}

const refusedSchema = z.object({ ok: z.literal(false), kind: z.enum(REFUSAL_KINDS), reason: z.string() });

/**
 * Sends `request` to a checker and settles on its answer, checked with `resultSchema` (its `ok: true` shape);
 * the worker is ended either way. `answer` takes the messages it knows (questions) and returns true for them.
 */
export function askChecker<T>(
  worker: Worker,
  what: string,
  request: unknown,
  resultSchema: z.ZodType<T>,
  options: { transfer?: Transferable[]; answer?: (data: unknown, reply: (message: unknown) => void) => boolean } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const end = (settle: () => void) => {
      worker.terminate();
      settle();
    };
    worker.onmessage = (e: MessageEvent) => {
      if (options.answer?.(e.data, (message) => worker.postMessage(message))) return;
      const refused = refusedSchema.safeParse(e.data);
      if (refused.success) return end(() => reject(new ImportRefused(refused.data.reason, refused.data.kind)));
      const result = resultSchema.safeParse(e.data);
      if (result.success) end(() => resolve(result.data));
      else end(() => reject(new Error(`the ${what} checker sent an unreadable reply`)));
    };
    worker.onerror = (e) => end(() => reject(new Error(e.message || `the ${what} checker stopped`)));
    worker.postMessage(request, options.transfer ?? []);
  });
}

/**
 * The worker's side: checks the request with `requestSchema`, runs `check` and posts its result with
 * `ok: true`, or the reason it failed with `ok: false`. `other` takes the page's answers to questions.
 */
export function serveChecker<R>(
  requestSchema: z.ZodType<R>,
  check: (request: R, post: (message: unknown) => void) => Promise<object>,
  other?: (data: unknown) => boolean,
): void {
  const scope = self as unknown as { onmessage: ((e: MessageEvent) => void) | null; postMessage(m: unknown): void };
  scope.onmessage = (e) => {
    if (other?.(e.data)) return;
    const parsed = requestSchema.safeParse(e.data);
    if (!parsed.success) return scope.postMessage({ ok: false, kind: 'failed', reason: 'bad request' });
    check(parsed.data, (message) => scope.postMessage(message)).then(
      (result) => scope.postMessage({ ...result, ok: true }),
      (err: unknown) => scope.postMessage({ ok: false, ...refusalOf(err) }),
    );
  };
}
