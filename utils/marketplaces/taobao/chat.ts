import type { ChatAdapter } from '../../chat/types';

/**
 * Taobao / Tmall web chat (旺旺: market.m.taobao.com/app/im/, h5.m.taobao.com/ww/).
 * NOT checked against a real page: every selector below (from public screenshots: bubbles left and
 * right, 系统消息 notices centred, the shop's nick above each bubble, images and order cards inline).
 * Order numbers are plain digits (15–20): taken after 订单号 / 订单编号 or from the URL.
 */
export const taobaoChat: ChatAdapter = {
  id: 'taobao',
  name: '淘宝 / 天猫 旺旺',
  matches: ['*://market.m.taobao.com/app/im/*', '*://h5.m.taobao.com/ww/*', '*://market.m.tmall.com/app/im/*'],
  urls: [/^market\.m\.(?:taobao|tmall)\.com\/app\/im\//, /^h5\.m\.taobao\.com\/ww\//],
  variants: [
    {
      list: '.message-list, .msg-list, [class*="messageList"]',
      message: '.message-item, .msg-item, [class*="messageItem"]',
      idAttr: 'data-msgid',
      roles: {
        platform: '.msg-system, .message-system',
        self: '.msg-right, .message-self, .self',
        other: '.msg-left, .message-other, .other',
      },
      name: '.msg-nick, .nick',
      time: '.msg-time, .time',
      timeAttr: 'data-time',
      text: '.msg-text, .message-text, .text',
      images: '.msg-image img, .message-image img',
      attachments: '.msg-file a[href]',
      start: '.msg-nomore, .no-more',
      historyError: '.msg-load-error',
      loading: '.msg-loading',
    },
  ],
  orderPatterns: [],
};
