import type { ChatAdapter } from '../../chat/types';

/**
 * 抖店 飞鸽 (im.jinritemai.com), the Douyin shop's seller chat workbench.
 * NOT checked against a real page: every selector below (written from public screenshots of the
 * workbench: a conversation pane of bubbles, the seller's on the right, system notices centred, order
 * cards inside the chat). Checked only against tests/demo-shop/site/chat/feige/, our own emulation.
 * Its order numbers are plain digits: they are taken after an order keyword (订单号) or from the URL.
 */
export const douyinChat: ChatAdapter = {
  id: 'douyin',
  name: '抖店 飞鸽',
  matches: ['*://im.jinritemai.com/*'],
  urls: [/^im\.jinritemai\.com\/pc_seller(?:_v2)?\//],
  sellerUrls: [/^im\.jinritemai\.com\//],
  variants: [
    {
      list: '.message-list-container, [class*="messageList"], [class*="message-list"]',
      message: '.message-item, [class*="messageItem"]',
      idAttr: 'data-msgid',
      roles: {
        platform: '.message-item-system, [class*="systemMessage"]',
        self: '.message-item-right, [class*="isSelf"]',
        other: '.message-item-left, [class*="isOther"]',
      },
      name: '.message-nickname, [class*="nickname"]',
      time: '.message-time, [class*="msgTime"]',
      timeAttr: 'data-time',
      text: '.message-text, [class*="textContent"]',
      translation: '.message-translate',
      images: '.message-image img, img[class*="msgImage"]',
      attachments: 'a.message-file',
      start: '.no-more-message, [class*="noMore"]',
      historyError: '.load-more-error, [class*="loadError"]',
      loading: '.message-loading, [class*="loadingMore"]',
    },
  ],
  orderPatterns: [],
};
