import { describe, expect, it } from 'vitest';
import { redactionBoxes, redactText } from '../../../utils/export/redact';

describe('redactText', () => {
  it('masks Chinese mobiles, e-mails, labelled names and addresses, and keeps the rest', () => {
    const input =
      '订单号 DS-20261104-0001\n收货人：张三\n手机：13812345678\n收货地址：北京市朝阳区建国路88号\n邮箱 zhang.san@example.com';
    const r = redactText(input);
    expect(r.text).toContain('订单号 DS-20261104-0001');
    for (const secret of ['张三', '13812345678', '建国路88号', 'zhang.san@example.com'])
      expect(r.text).not.toContain(secret);
    expect(r.redactions.map((x) => x.kind).sort()).toEqual(['address', 'email', 'name', 'phone']);
    expect(r.text.length).toBe(input.length);
  });

  it("masks account names: Taobao's default tb… names and labelled nicknames, not order numbers (review D12)", () => {
    const input = '亲爱的 tb074096102 你好\n昵称：小王的店\n订单号: 4371408684767739241\nsubtb1234567';
    const r = redactText(input);
    for (const secret of ['tb074096102', '小王的店']) expect(r.text).not.toContain(secret);
    expect(r.text).toContain('4371408684767739241');
    expect(r.text).toContain('subtb1234567');
    expect(r.redactions.map((x) => x.kind)).toEqual(['name', 'name']);
  });

  it('keeps the last four digits of a card number and leaves non-card digit runs alone', () => {
    const r = redactText('Card: 4111 1111 1111 1111, order 1234567890123');
    expect(r.text).toContain('•••• •••• •••• 1111');
    expect(r.text).toContain('order 1234567890123');
    expect(r.redactions).toEqual([expect.objectContaining({ kind: 'card' })]);
  });

  it('masks international and grouped phone numbers, and +86 mobiles', () => {
    const r = redactText('Call +1 (415) 555-0100 or +86 139-1234-5678 or 010 6552 1234.');
    expect(r.text).not.toMatch(/415|555|0100|139|5678|6552/);
    expect(r.redactions.every((x) => x.kind === 'phone')).toBe(true);
  });

  it('does not treat order ids, prices or dates as phone numbers', () => {
    const text = 'Order DS-20261104-0001 · ¥237.90 · 2026-11-04 10:00 · 订单编号 3141592653589793';
    expect(redactText(text)).toEqual({ text, redactions: [] });
  });
});

describe('redactionBoxes', () => {
  it('boxes only blocks holding personal data, scaled to image pixels, padded and clipped', () => {
    const boxes = redactionBoxes(
      [
        { text: '订单号 DS-1', x: 10, y: 10, width: 100, height: 20 },
        { text: '收货人：李四', x: 10, y: 40, width: 120, height: 20 },
        { text: 'mail me: a@b.cn', x: 600, y: 380, width: 100, height: 30 },
      ],
      { width: 1280, height: 800, scale: 2, pad: 2 },
    );
    expect(boxes).toEqual([
      { x: 18, y: 78, width: 244, height: 44 },
      { x: 1198, y: 758, width: 82, height: 42 },
    ]);
  });
});
