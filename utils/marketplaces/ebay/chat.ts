import type { ChatAdapter } from '../../chat/types';

/**
 * eBay messages (mesg.ebay.*, www.ebay.<tld>/cnt/): member-to-member messages about an item or order.
 * NOT checked against a real page: every selector below (from public descriptions: a conversation
 * of message cards with the sender's user id and a date, eBay notices, photos as thumbnails).
 * The URL patterns and the order number shape (2-5-5 digits) are eBay's public ones.
 */

/**
 * eBay order numbers since 2019: 2-5-5 digits. The 12 digits used before have the shape of an item
 * number, so chat text is not searched for them; the order reader (index.ts) accepts them only under
 * an order label or in the URL.
 */
export const ORDER_NUMBER = /\b\d{2}-\d{5}-\d{5}\b/;

export const ebayChat: ChatAdapter = {
  id: 'ebay',
  name: 'eBay',
  matches: [
    '*://mesg.ebay.com/*',
    '*://www.ebay.com/cnt/*',
    '*://mesg.ebay.co.uk/*',
    '*://www.ebay.co.uk/cnt/*',
    '*://mesg.ebay.de/*',
    '*://www.ebay.de/cnt/*',
    '*://www.ebay.com.au/cnt/*',
  ],
  urls: [/^mesg\.ebay\.[a-z.]+\/mesgweb\//, /^(?:www\.)?ebay\.[a-z.]+\/cnt\//],
  variants: [
    {
      list: '.conversation-messages, [data-testid="conversation-thread"]',
      message: '.conversation-message, [data-testid="message"]',
      idAttr: 'data-message-id',
      roles: {
        platform: '.message--ebay',
        self: '.message--sent, .is-sender',
        other: '.message--received, .is-receiver',
      },
      name: '.message__sender, .sender-name',
      time: '.message__timestamp, time',
      timeAttr: 'datetime',
      text: '.message__body, .message-content',
      translation: '.message__translation',
      images: '.message__images img',
      attachments: '.message__attachments a[href]',
      start: '.conversation-start',
      historyError: '.conversation-error',
      loading: '.conversation-loading',
    },
  ],
  orderPatterns: [ORDER_NUMBER],
};
