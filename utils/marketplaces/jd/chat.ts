import type { ChatAdapter } from '../../chat/types';

/**
 * JD (京东) chat with a shop: the buyer's chat.jd.com and the merchant's 咚咚 web workbench.
 * NOT checked against a real page: every selector below (from public screenshots: bubbles left and
 * right with the nick and time above, order cards, images inline). Order numbers are plain digits:
 * taken after 订单号 or from the URL.
 */
export const jdChat: ChatAdapter = {
  id: 'jd',
  name: '京东 JD',
  matches: ['*://chat.jd.com/*', '*://dd.jd.com/*', '*://dongdong.jd.com/*'],
  urls: [/^(?:chat|dd|dongdong)\.jd\.com\//],
  sellerUrls: [/^(?:dd|dongdong)\.jd\.com\//],
  variants: [
    {
      list: '#chatList, .chat-list, .msg-list',
      message: '.chat-item, .msg-item',
      idAttr: 'data-msgid',
      roles: {
        platform: '.chat-item-system, .msg-sys',
        self: '.chat-item-self, .msg-right',
        other: '.chat-item-other, .msg-left',
      },
      name: '.chat-item-name, .msg-name',
      time: '.chat-item-time, .msg-time',
      timeAttr: 'data-time',
      text: '.chat-item-text, .msg-text',
      images: '.chat-item-img img, .msg-img img',
      attachments: '.chat-item-file a[href]',
      start: '.chat-nomore',
      historyError: '.chat-load-error',
      loading: '.chat-loading',
    },
  ],
  orderPatterns: [],
};
