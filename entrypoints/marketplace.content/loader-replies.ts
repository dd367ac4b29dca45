/**
 * The loader's two replies, checked by hand: zod would triple the size of a script that runs on every
 * marketplace page load. A unit test holds these checks to the zod schemas the background replies with.
 */
export type HelloReply = { button: boolean; listing?: boolean };
export type SaveReply = { ok: true; orderRecognised: boolean; orderId?: string } | { ok: false; error: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function readHelloReply(v: unknown): HelloReply | undefined {
  if (!isRecord(v) || v.ok !== true || !isRecord(v.data) || typeof v.data.button !== 'boolean') return undefined;
  const { listing } = v.data;
  if (listing !== undefined && typeof listing !== 'boolean') return undefined;
  return { button: v.data.button, ...(listing ? { listing } : {}) };
}

export function readSaveReply(v: unknown): SaveReply | undefined {
  if (!isRecord(v)) return undefined;
  if (v.ok === false) return typeof v.error === 'string' ? { ok: false, error: v.error } : undefined;
  if (v.ok !== true || !isRecord(v.data) || typeof v.data.orderRecognised !== 'boolean') return undefined;
  const { orderId } = v.data;
  if (orderId !== undefined && typeof orderId !== 'string') return undefined;
  return { ok: true, orderRecognised: v.data.orderRecognised, ...(typeof orderId === 'string' ? { orderId } : {}) };
}
