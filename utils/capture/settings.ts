import { z } from 'zod';
import type { OrderProofDB } from '../db/database';

/** `stitch` needs no extra permission; `debugger` is faster but asks for one and shows a bar. */
export const captureMethodSchema = z.enum(['stitch', 'debugger']);
export type CaptureMethod = z.infer<typeof captureMethodSchema>;

/**
 * Bounds every full-page capture, so an endlessly growing page ends with a partial capture the
 * user is told about, instead of running until memory or patience runs out.
 */
export const captureLimitsSchema = z.object({
  maxMs: z.number().int().min(1000).max(600_000),
  maxHeight: z.number().int().min(1000).max(200_000),
});
export type CaptureLimits = z.infer<typeof captureLimitsSchema>;
export const DEFAULT_LIMITS: CaptureLimits = { maxMs: 45_000, maxHeight: 40_000 };

const METHOD_KEY = 'captureMethod';
const LIMITS_KEY = 'captureLimits';

export async function getCaptureMethod(db: OrderProofDB): Promise<CaptureMethod> {
  const parsed = captureMethodSchema.safeParse((await db.settings.get(METHOD_KEY))?.value);
  return parsed.success ? parsed.data : 'stitch';
}

export async function setCaptureMethod(db: OrderProofDB, method: CaptureMethod): Promise<void> {
  await db.settings.put({ key: METHOD_KEY, value: captureMethodSchema.parse(method) });
}

export async function getCaptureLimits(db: OrderProofDB): Promise<CaptureLimits> {
  const parsed = captureLimitsSchema.safeParse((await db.settings.get(LIMITS_KEY))?.value);
  return parsed.success ? parsed.data : DEFAULT_LIMITS;
}

export async function setCaptureLimits(db: OrderProofDB, limits: CaptureLimits): Promise<void> {
  await db.settings.put({ key: LIMITS_KEY, value: captureLimitsSchema.parse(limits) });
}

/**
 * How long a capture waits for the user to bring its tab back before it stops (ms). Ten seconds by
 * default: long enough to glance at another tab, short enough that a forgotten capture ends. Kept
 * as a setting so it can be tuned without a new build (the end-to-end tests shorten it).
 */
export const returnWaitSchema = z.number().int().min(1000).max(120_000);
export const DEFAULT_RETURN_WAIT_MS = 10_000;
const RETURN_WAIT_KEY = 'captureReturnWaitMs';

export async function getReturnWait(db: OrderProofDB): Promise<number> {
  const parsed = returnWaitSchema.safeParse((await db.settings.get(RETURN_WAIT_KEY))?.value);
  return parsed.success ? parsed.data : DEFAULT_RETURN_WAIT_MS;
}

export async function setReturnWait(db: OrderProofDB, ms: number): Promise<void> {
  await db.settings.put({ key: RETURN_WAIT_KEY, value: returnWaitSchema.parse(ms) });
}
