import type { ChatAdapter } from '../../chat/types';

/**
 * Alibaba.com message center (message.alibaba.com messenger, onetalk.alibaba.com).
 * NOT checked against a real page: every selector below (from public screenshots of the messenger:
 * a session pane of bubbles, translations under the original, Trade Assurance order cards).
 * Order numbers are plain digits: taken after an order keyword or from the URL's orderId.
 */
export const alibabaChat: ChatAdapter = {
  id: 'alibaba',
  name: 'Alibaba.com',
  matches: ['*://message.alibaba.com/*', '*://onetalk.alibaba.com/*'],
  urls: [/^message\.alibaba\.com\//, /^onetalk\.alibaba\.com\//],
  variants: [
    {
      list: '.im-message-list, [class*="session-content"], [class*="message-list"]',
      message: '.im-message-item, [class*="message-item"]',
      idAttr: 'data-msg-id',
      roles: {
        platform: '.im-message-system',
        self: '.im-message-self, .is-self',
        other: '.im-message-other, .is-other',
      },
      name: '.im-message-name',
      time: '.im-message-time',
      timeAttr: 'data-time',
      text: '.im-message-text, .message-text',
      translation: '.im-message-translation',
      images: '.im-message-image img',
      attachments: '.im-message-file a[href]',
      start: '.im-message-nomore',
      historyError: '.im-message-load-error',
      loading: '.im-message-loading',
    },
  ],
  orderPatterns: [],
};
