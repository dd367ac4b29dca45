import { describe, expect, it } from 'vitest';
import { amazonChat } from '../../../utils/marketplaces/amazon/chat';
import { demoShopChat } from '../../../utils/marketplaces/demo-shop/chat';
import { douyinChat } from '../../../utils/marketplaces/douyin/chat';
import { bare, findVariant, messagesIn, parseTime, readMessage, readText, sideOf } from '../../../utils/chat/parse';
import type { ChatAdapter } from '../../../utils/chat/types';
import { chatPage, docFromHtml } from '../../support/dom';

function readAll(adapter: ChatAdapter, doc: Document) {
  const url = doc.location.href;
  const found = findVariant(adapter, doc);
  if (!found) throw new Error('list not found');
  const side = sideOf(adapter, bare(new URL(url)));
  return messagesIn(found.list, found.selectors).map((el) => readMessage(el, found.selectors, side, url));
}

describe('reading messages', () => {
  const url = 'http://demo-shop.orderproof.test/chat/demo-thread.html';
  const doc = chatPage('demo-thread.html', url);
  const messages = readAll(demoShopChat, doc);

  it('reads every message of the demo thread with its id, role, name and time', () => {
    expect(messages).toHaveLength(Number(doc.body.dataset.total));
    expect(messages[0]).toMatchObject({
      id: 'ds-0001',
      key: 'id:ds-0001',
      role: 'buyer',
      name: '我 Me',
      time: '2026-11-04T02:12:00.000Z',
      timeText: '11-04 10:12',
    });
    expect(messages[1]!.role).toBe('seller');
    expect(messages[2]!.role).toBe('platform');
    expect(new Set(messages.map((m) => m.key)).size).toBe(messages.length);
  });

  it('keeps the original apart from the translation the page shows', () => {
    expect(messages[0]!.text).toBe('你好，我想确认一下订单 DS-20261104-0001 什么时候发货？');
    expect(messages[0]!.translation).toBe('Hello, when will order DS-20261104-0001 ship?');
    expect(messages[2]!.translation).toBeUndefined();
  });

  it('reads images and attachments as absolute addresses', () => {
    const photo = messages.find((m) => m.images.some((i) => i.url.endsWith('mug-crack.svg')));
    expect(photo?.images[0]).toEqual({
      url: 'http://demo-shop.orderproof.test/chat/img/mug-crack.svg',
      alt: '裂纹照片 crack photo',
    });
    expect(messages.some((m) => m.images.some((i) => i.url.startsWith('data:image/png;base64,')))).toBe(true);
    const invoice = messages.find((m) => m.attachments.length);
    expect(invoice?.attachments[0]).toEqual({
      url: 'http://demo-shop.orderproof.test/chat/files/invoice.txt',
      name: '发票 invoice.txt',
    });
  });

  it('keeps markup typed into a message as text', () => {
    const pasted = messages.find((m) => m.text.includes('onerror'));
    expect(pasted?.text).toBe(
      '<img src=x onerror=alert(1)> <script>alert("chat")</script> 这段是我从别处复制的文字 (pasted text)',
    );
  });

  it('resolves self and other by the page side (Amazon-like seller page)', () => {
    const amazon = readAll(
      amazonChat,
      chatPage('amazon/thread.html', 'http://sellercentral.amazon.com/messaging/thread.html'),
    );
    expect(amazon[0]).toMatchObject({ role: 'buyer', name: 'Jordan', time: '2026-11-05T15:14:00.000Z' });
    expect(amazon[1]!.role).toBe('seller');
    expect(amazon[4]!.role).toBe('platform');
    expect(amazon[6]).toMatchObject({
      text: '我们保证 11 月 18 日前送达。',
      translation: 'We guarantee delivery before Nov 18.',
    });
  });

  it('reads epoch-millisecond times (飞鸽-like page)', () => {
    const fg = readAll(
      douyinChat,
      chatPage('feige/main/workspace.html', 'http://im.jinritemai.com/pc_seller_v2/main/workspace.html'),
    );
    expect(fg[0]).toMatchObject({ role: 'platform', id: 'fg0011' });
    expect(fg[1]).toMatchObject({ role: 'buyer', name: '买家 小林', time: '2026-11-06T03:39:00.000Z' });
    expect(fg[3]!.role).toBe('seller');
  });

  it('keeps identical messages without ids on the same key, so the transcript tells them apart by place', () => {
    const doc2 = docFromHtml(
      '<div class="chat-pane" data-op-chat-list><div class="chat-msg" data-sender="buyer"><time>10:01</time><div class="text">好的</div></div><div class="chat-msg" data-sender="buyer"><time>10:01</time><div class="text">好的</div></div><div class="chat-msg" data-sender="seller"><time>10:01</time><div class="text">好的</div></div></div>',
    );
    const m = readAll(demoShopChat, doc2);
    expect(m[0]!.key).toBe(m[1]!.key);
    expect(m[2]!.key).not.toBe(m[0]!.key);
    expect(m[0]!.key).toMatch(/^h:[0-9a-z]+$/);
  });
});

describe('readText and parseTime', () => {
  it('turns <br> and blocks into lines and leaves scripts out', () => {
    const doc = docFromHtml(
      '<div id="m">line one<br>line   two<p>para</p><script>evil()</script><span class="tr">translated</span></div>',
    );
    expect(readText(doc.getElementById('m')!, '.tr')).toBe('line one\nline two\npara');
  });

  it('parses only full dates', () => {
    expect(parseTime('2026-11-05T15:14:00Z')).toBe('2026-11-05T15:14:00.000Z');
    expect(parseTime('1762400000000')).toBe('2025-11-06T03:33:20.000Z');
    expect(parseTime('19:02')).toBeUndefined();
    expect(parseTime('昨天 19:02')).toBeUndefined();
  });
});
