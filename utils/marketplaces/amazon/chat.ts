import type { ChatAdapter } from '../../chat/types';

/**
 * Amazon buyer–seller messages: Seller Central's "Buyer-Seller Messages" (sellercentral.amazon.<tld>/messaging)
 * and the buyer's Message Center (amazon.<tld>/gp/message, /messaging).
 * NOT checked against a real page: every selector below (written from public descriptions of the UI:
 * a thread pane of message bubbles with a sender line and a date, "sent by Amazon" notices, attachments
 * as links). Checked only against tests/demo-shop/site/chat/amazon/, our own emulation. The URL patterns
 * and the order number shapes are Amazon's public ones.
 */

/**
 * Amazon order numbers: 3-7-7 digits, or D01-… for digital orders. The order reader (index.ts) takes
 * them from here, so the chat bundle does not load the reader.
 */
export const ORDER_NUMBER = /\b(\d{3}-\d{7}-\d{7}|D\d{2}-\d{7}-\d{7})\b/;

export const amazonChat: ChatAdapter = {
  id: 'amazon',
  name: 'Amazon',
  matches: [
    '*://sellercentral.amazon.com/*',
    '*://sellercentral.amazon.co.uk/*',
    '*://sellercentral.amazon.de/*',
    '*://sellercentral.amazon.co.jp/*',
    '*://sellercentral.amazon.ca/*',
    '*://sellercentral-europe.amazon.com/*',
    '*://*.amazon.com/gp/message*',
    '*://*.amazon.com/messaging/*',
    '*://*.amazon.co.uk/gp/message*',
    '*://*.amazon.de/gp/message*',
    '*://*.amazon.co.jp/gp/message*',
    '*://*.amazon.in/gp/message*',
  ],
  urls: [
    /^sellercentral(?:-[a-z]+)?\.amazon\.[a-z.]+\/messaging\//,
    /^(?:www\.)?amazon\.[a-z.]+\/(?:gp\/message|messaging\/)/,
  ],
  sellerUrls: [/^sellercentral/],
  variants: [
    {
      list: '[data-test-id="thread-view"], .thread-view-messages, [class*="message-thread"]',
      message: '[data-test-id="message-bubble"], .message-bubble',
      idAttr: 'data-message-id',
      roles: {
        platform: '.from-amazon, [data-sender-type="amazon"]',
        self: '.outgoing, [data-sender-type="self"]',
        other: '.incoming, [data-sender-type="other"]',
      },
      name: '.message-sender, [data-test-id="sender-name"]',
      time: '.message-date, time',
      timeAttr: 'datetime',
      text: '.message-body, [data-test-id="message-body"]',
      translation: '.translated-body',
      images: '.message-attachments img, .message-body img',
      attachments: '.message-attachments a[href]',
      start: '.thread-start, [data-test-id="thread-start"]',
      historyError: '.thread-load-error',
      loading: '.thread-loading',
    },
  ],
  orderPatterns: [ORDER_NUMBER],
};
