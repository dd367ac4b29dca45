import type { ChatAdapter } from '../../chat/types';

/**
 * Shopee chat: the Seller Centre web chat (seller.shopee.<tld>/webchat) and the buyer's chat page.
 * NOT checked against a real page: every selector below (from public screenshots: a message pane,
 * the seller's bubbles on the right, automatic translation under the original, order cards). The
 * order number shape (6 date digits then 8 letters or digits) is Shopee's public one.
 */
const TLDS = ['sg', 'com.my', 'co.th', 'tw', 'vn', 'ph', 'co.id', 'com.br'];
export const shopeeChat: ChatAdapter = {
  id: 'shopee',
  name: 'Shopee',
  // Vietnam's Seller Centre is banhang.shopee.vn (Vietnamese sellers' tools on GitHub call its /webchat/ API).
  matches: [
    ...TLDS.flatMap((t) => [`*://seller.shopee.${t}/webchat/*`, `*://shopee.${t}/chat*`]),
    '*://banhang.shopee.vn/webchat/*',
  ],
  urls: [/^(?:seller|banhang)\.shopee\.[a-z.]+\/webchat/, /^shopee\.[a-z.]+\/chat/],
  sellerUrls: [/^(?:seller|banhang)\.shopee\./],
  variants: [
    {
      list: '.chat-message-list, [class*="messageList"], [class*="message-list"]',
      message: '.chat-message, [class*="messageItem"]',
      idAttr: 'data-message-id',
      roles: {
        platform: '.chat-message--system',
        self: '.chat-message--self, .is-self',
        other: '.chat-message--other, .is-other',
      },
      name: '.chat-message__name',
      time: '.chat-message__time',
      timeAttr: 'data-time',
      text: '.chat-message__text',
      translation: '.chat-message__translation',
      images: '.chat-message__image img',
      attachments: 'a.chat-message__file',
      start: '.chat-message-list__end',
      historyError: '.chat-message-list__error',
      loading: '.chat-message-list__loading',
    },
  ],
  orderPatterns: [/\b\d{6}[A-Z0-9]{8}\b/],
};
