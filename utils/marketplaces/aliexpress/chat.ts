import type { ChatAdapter } from '../../chat/types';

/**
 * AliExpress buyer messages (www.aliexpress.com/p/message/, msg.aliexpress.com).
 * NOT checked against a real page: every selector below (from public screenshots: a message list with
 * the buyer's bubbles on the right, the store's on the left, automatic translations shown under the
 * original, order cards). Order numbers are plain digits: taken after an order keyword or from the
 * URL's orderId.
 */
export const aliexpressChat: ChatAdapter = {
  id: 'aliexpress',
  name: 'AliExpress',
  matches: ['*://*.aliexpress.com/p/message/*', '*://msg.aliexpress.com/*', '*://*.aliexpress.us/p/message/*'],
  urls: [/^(?:[a-z]+\.)?aliexpress\.(?:com|us)\/p\/message\//, /^msg\.aliexpress\.com\//],
  variants: [
    {
      list: '.message-list, [class*="message-list--"], [class*="messageList"]',
      message: '.message-item, [class*="message-item--"]',
      idAttr: 'data-message-id',
      roles: {
        platform: '.message-item-system, .system-message',
        self: '.message-item-right, .is-self',
        other: '.message-item-left, .is-other',
      },
      name: '.message-item-name, .nick',
      time: '.message-item-time, .time',
      timeAttr: 'data-time',
      text: '.message-item-text, .text-content',
      translation: '.message-item-translate, .translate-content',
      images: '.message-item-image img, .image-content img',
      attachments: 'a.message-item-file',
      start: '.message-list-nomore, .no-more',
      historyError: '.message-list-error',
      loading: '.message-list-loading',
    },
  ],
  orderPatterns: [],
};
