import type { ChatAdapter } from '../../chat/types';

/**
 * OrderProof's own demo shop chats (tests/demo-shop/site/chat). Every selector here is checked against
 * those pages by the unit and end-to-end tests: nothing in this adapter is unverified.
 */
export const demoShopChat: ChatAdapter = {
  id: 'demo-shop',
  name: 'OrderProof demo shop',
  // Only the chat pages: the chat script has no business on the shop's order pages.
  matches: ['*://demo-shop.orderproof.test/chat/*'],
  urls: [/^demo-shop\.orderproof\.test(:\d+)?\/chat\//],
  sellerUrls: [/^demo-shop\.orderproof\.test(:\d+)?\/chat\/seller\//],
  variants: [
    {
      // The chat window: a scrolling pane, older history loaded at its top, translations beside originals.
      list: '[data-op-chat-list]',
      message: '.chat-msg',
      idAttr: 'data-msg-id',
      roles: { buyer: '[data-sender="buyer"]', seller: '[data-sender="seller"]', platform: '[data-sender="platform"]' },
      name: '.sender',
      time: 'time',
      timeAttr: 'datetime',
      text: '.text',
      translation: '.translation',
      images: 'img.chat-img',
      attachments: 'a.chat-file',
      start: '.chat-start',
      historyError: '.chat-history-error',
      loading: '.chat-loading',
    },
    {
      // The first demo page: a plain list in the document, no lazy loading.
      list: 'ol.chat-thread',
      message: 'li[data-sender]',
      roles: { buyer: '[data-sender="buyer"]', seller: '[data-sender="seller"]', platform: '[data-sender="platform"]' },
      name: '.sender',
      time: 'time',
      timeAttr: 'datetime',
      text: '.text',
      images: 'img',
      start: '.chat-start',
    },
  ],
  orderPatterns: [/\bDS-\d{8}-\d{4}\b/],
};
