import type { ChatAdapter } from '../../chat/types';

/**
 * Lazada chat: the Seller Center IM (sellercenter.lazada.<tld>/apps/im/) and the buyer's chat page.
 * NOT checked against a real page: every selector below (from public screenshots: a message pane,
 * bubbles left and right, system notices, order cards). Order numbers are plain digits: taken after
 * an order keyword or from the URL.
 */
const TLDS = ['sg', 'com.my', 'co.th', 'com.ph', 'vn', 'co.id'];
export const lazadaChat: ChatAdapter = {
  id: 'lazada',
  name: 'Lazada',
  matches: TLDS.flatMap((t) => [`*://sellercenter.lazada.${t}/apps/im/*`, `*://pages.lazada.${t}/wow/i/*`]),
  urls: [/^sellercenter\.lazada\.[a-z.]+\/apps\/im\//, /^pages\.lazada\.[a-z.]+\/wow\/i\/.*chat/],
  sellerUrls: [/^sellercenter\.lazada\./],
  variants: [
    {
      list: '.im-message-list, [class*="messageList"]',
      message: '.im-message, [class*="messageItem"]',
      idAttr: 'data-id',
      roles: {
        platform: '.im-message-system',
        self: '.im-message-self, .is-self',
        other: '.im-message-other, .is-other',
      },
      name: '.im-message-name',
      time: '.im-message-time',
      timeAttr: 'data-time',
      text: '.im-message-text',
      translation: '.im-message-translation',
      images: '.im-message-image img',
      attachments: 'a.im-message-file',
      start: '.im-message-list-end',
      historyError: '.im-message-list-error',
      loading: '.im-message-list-loading',
    },
  ],
  orderPatterns: [],
};
