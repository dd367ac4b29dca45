import type { ChatAdapter } from '../../chat/types';

/**
 * Pinduoduo (拼多多) merchant chat (mms.pinduoduo.com/chat-merchant/) and the buyer's mobile web chat.
 * NOT checked against a real page: every selector below (from public screenshots of the merchant
 * workbench: bubbles with the buyer on the left, 平台 notices, order cards).
 */

/** Pinduoduo order numbers: 6 digits (the date), a dash, 12–18 digits. The order reader (index.ts) uses it too. */
export const ORDER_NUMBER = /\b(\d{6}-\d{12,18})\b/;

export const pinduoduoChat: ChatAdapter = {
  id: 'pinduoduo',
  name: '拼多多',
  matches: ['*://mms.pinduoduo.com/chat-merchant/*', '*://mobile.yangkeduo.com/chat*'],
  urls: [/^mms\.pinduoduo\.com\/chat-merchant\//, /^mobile\.yangkeduo\.com\/chat/],
  sellerUrls: [/^mms\.pinduoduo\.com\//],
  variants: [
    {
      list: '.merchantMessageList, .msg-list, [class*="messageList"]',
      message: '.msg-item, [class*="messageItem"]',
      idAttr: 'data-msg-id',
      roles: { platform: '.msg-system, .is-platform', self: '.msg-self, .is-self', other: '.msg-other, .is-other' },
      name: '.msg-nickname',
      time: '.msg-time',
      timeAttr: 'data-time',
      text: '.msg-content-text, .msg-text',
      images: '.msg-content-image img',
      attachments: 'a.msg-file',
      start: '.msg-no-more',
      historyError: '.msg-load-failed',
      loading: '.msg-loading',
    },
  ],
  orderPatterns: [ORDER_NUMBER],
};
