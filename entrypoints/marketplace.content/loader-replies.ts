/**
 * The loader's two replies, checked by hand: zod would triple the size of a script that runs on every
 * marketplace page load. A unit test holds these checks to the zod schemas the background replies with.
 */
import type { MenuOrder } from '../../utils/page-ui/order-menu';

export type HelloReply = { button: boolean; listing?: boolean; orderList?: boolean };
export type SaveReply = { ok: true; orderRecognised: boolean; orderId?: string } | { ok: false; error: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function readHelloReply(v: unknown): HelloReply | undefined {
  if (!isRecord(v) || v.ok !== true || !isRecord(v.data) || typeof v.data.button !== 'boolean') return undefined;
  const { listing, orderList } = v.data;
  if (listing !== undefined && typeof listing !== 'boolean') return undefined;
  if (orderList !== undefined && typeof orderList !== 'boolean') return undefined;
  return { button: v.data.button, ...(listing ? { listing } : {}), ...(orderList ? { orderList } : {}) };
}

const optional = (v: unknown, type: 'string' | 'number') => v === undefined || typeof v === type;

function readOrder(v: unknown): MenuOrder | undefined {
  if (!isRecord(v) || typeof v.orderId !== 'string' || !v.orderId) return undefined;
  if (!optional(v.item, 'string') || !optional(v.seller, 'string') || !optional(v.placedAt, 'string')) return undefined;
  if (!optional(v.moreItems, 'number')) return undefined;
  const total = v.total;
  if (
    total !== undefined &&
    !(isRecord(total) && typeof total.amount === 'number' && typeof total.currency === 'string')
  )
    return undefined;
  return {
    orderId: v.orderId,
    ...(typeof v.item === 'string' ? { item: v.item } : {}),
    ...(typeof v.moreItems === 'number' ? { moreItems: v.moreItems } : {}),
    ...(typeof v.seller === 'string' ? { seller: v.seller } : {}),
    ...(typeof v.placedAt === 'string' ? { placedAt: v.placedAt } : {}),
    ...(isRecord(total) ? { total: { amount: total.amount as number, currency: total.currency as string } } : {}),
  };
}

/** The orders of this list page (`bg.page.orders`), or undefined when the reply is not one. */
export function readOrdersReply(v: unknown): MenuOrder[] | undefined {
  if (!isRecord(v) || v.ok !== true || !isRecord(v.data) || !Array.isArray(v.data.orders)) return undefined;
  const orders = v.data.orders.map(readOrder);
  return orders.every((o): o is MenuOrder => o !== undefined) ? orders : undefined;
}

export function readSaveReply(v: unknown): SaveReply | undefined {
  if (!isRecord(v)) return undefined;
  if (v.ok === false) return typeof v.error === 'string' ? { ok: false, error: v.error } : undefined;
  if (v.ok !== true || !isRecord(v.data) || typeof v.data.orderRecognised !== 'boolean') return undefined;
  const { orderId } = v.data;
  if (orderId !== undefined && typeof orderId !== 'string') return undefined;
  return { ok: true, orderRecognised: v.data.orderRecognised, ...(typeof orderId === 'string' ? { orderId } : {}) };
}
