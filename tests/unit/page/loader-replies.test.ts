import { describe, expect, it } from 'vitest';
import {
  readHelloReply,
  readOrdersReply,
  readSaveReply,
} from '../../../entrypoints/marketplace.content/loader-replies';
import { envelopeSchema } from '../../../utils/messaging';
import { backgroundMessages } from '../../../utils/messages/background';

/** What the zod side says of a reply: the envelope, then the message's own response schema. */
function zodAccepts(type: 'bg.page.hello' | 'bg.capture.save' | 'bg.page.orders', v: unknown): boolean {
  const env = envelopeSchema.safeParse(v);
  if (!env.success) return false;
  if (!env.data.ok) return true;
  return backgroundMessages[type].response.safeParse(env.data.data).success;
}

const SAVE_DATA = { caseId: '0b7e2c9a-1111-4222-8333-444455556666', evidenceIds: [], health: [] };

describe("the loader's hand-written reply checks agree with the zod schemas", () => {
  const hellos: unknown[] = [
    { ok: true, data: { button: true } },
    { ok: true, data: { button: false } },
    { ok: true, data: { button: true, listing: true } },
    { ok: true, data: { button: true, listing: 'yes' } },
    { ok: true, data: { button: true, orderList: true } },
    { ok: true, data: { button: true, orderList: 1 } },
    { ok: true, data: { button: 'yes' } },
    { ok: true, data: {} },
    { ok: true },
    { ok: 'true', data: { button: true } },
    null,
    'button',
    [],
  ];
  it.each(hellos.map((v) => [JSON.stringify(v), v]))('hello %s', (_label, v) => {
    expect(readHelloReply(v) !== undefined).toBe(zodAccepts('bg.page.hello', v) && (v as { ok?: unknown }).ok === true);
  });

  const saves: unknown[] = [
    { ok: true, data: { ...SAVE_DATA, orderRecognised: true, orderId: 'DS-1' } },
    { ok: true, data: { ...SAVE_DATA, orderRecognised: false } },
    { ok: true, data: { ...SAVE_DATA, orderRecognised: 'no' } },
    { ok: true, data: { ...SAVE_DATA, orderRecognised: true, orderId: 42 } },
    { ok: false, error: 'This page cannot be captured' },
    { ok: false, error: 7 },
    { ok: false },
    {},
  ];
  it.each(saves.map((v) => [JSON.stringify(v), v]))('save %s', (_label, v) => {
    expect(readSaveReply(v) !== undefined).toBe(zodAccepts('bg.capture.save', v));
  });

  const full = {
    orderId: '4371408684767739241',
    item: '无线耳机',
    moreItems: 2,
    seller: '某某旗舰店',
    placedAt: '2026-11-04',
    total: { amount: 237.9, currency: 'CNY' },
  };
  const orderLists: unknown[] = [
    { ok: true, data: { orders: [] } },
    { ok: true, data: { orders: [full, { orderId: 'DS-2' }] } },
    { ok: true, data: { orders: [{ ...full, total: { amount: '237.90', currency: 'CNY' } }] } },
    { ok: true, data: { orders: [{ ...full, moreItems: '2' }] } },
    { ok: true, data: { orders: [{ ...full, orderId: '' }] } },
    { ok: true, data: { orders: [{ item: 'no id' }] } },
    { ok: true, data: { orders: 'none' } },
    { ok: true, data: {} },
  ];
  it.each(orderLists.map((v) => [JSON.stringify(v), v]))('orders %s', (_label, v) => {
    expect(readOrdersReply(v) !== undefined).toBe(zodAccepts('bg.page.orders', v));
  });

  it('keeps every fact the picker shows', () => {
    expect(readOrdersReply({ ok: true, data: { orders: [full] } })).toEqual([full]);
  });
});
