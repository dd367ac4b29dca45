import type { ChatAdapter } from '../../chat/types';

/**
 * eBay messages (mesg.ebay.<tld>, www.ebay.<tld>/cnt/ on every country site): member-to-member messages about an item or order.
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

/**
 * eBay's country sites. Past the first eight: ebay.at, ebay.ch, ebay.ie, ebay.nl, ebay.be (befr./benl.),
 * ebay.pl, ebay.com.hk and ebay.com.sg serve the same My eBay and order pages under their own domain (public
 * crawlers' URL lists on GitHub hold ebay.at/mye/myebay/…), each pricing in its own currency. One list for the
 * order pages and the messages, so a country site's buyer can save its chats as its orders. It lives here, not in
 * index.ts, because the chat script may import nothing but types (it stays small).
 */
export const EBAY_HOSTS = [
  'ebay.com',
  'ebay.co.uk',
  'ebay.de',
  'ebay.fr',
  'ebay.it',
  'ebay.es',
  'ebay.ca',
  'ebay.com.au',
  'ebay.at',
  'ebay.ch',
  'ebay.ie',
  'ebay.nl',
  'ebay.be',
  'ebay.pl',
  'ebay.com.hk',
  'ebay.com.sg',
];

export const ebayChat: ChatAdapter = {
  id: 'ebay',
  name: 'eBay',
  // Every country site the order pages are read on (befr./benl.ebay.be included, hence the subdomain wildcard).
  matches: EBAY_HOSTS.flatMap((h) => [`*://mesg.${h}/*`, `*://*.${h}/cnt/*`]),
  urls: [/^mesg\.ebay\.[a-z.]+\/mesgweb\//, /^(?:(?:www|befr|benl)\.)?ebay\.[a-z.]+\/cnt\//],
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
