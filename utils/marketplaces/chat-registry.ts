import { alibabaChat } from './alibaba/chat';
import { aliexpressChat } from './aliexpress/chat';
import { amazonChat } from './amazon/chat';
import { demoShopChat } from './demo-shop/chat';
import { douyinChat } from './douyin/chat';
import { ebayChat } from './ebay/chat';
import { jdChat } from './jd/chat';
import { lazadaChat } from './lazada/chat';
import { pinduoduoChat } from './pinduoduo/chat';
import { shopeeChat } from './shopee/chat';
import { taobaoChat } from './taobao/chat';
import { bareUrl } from './define';
import type { ChatAdapter } from '../chat/types';
import { WITH_DEMO_SHOP } from '../build-flags';

/** Every chat UI OrderProof reads. Adding one: its file in adapters/, a line here, a demo page or fixture. */
export const chatAdapters: readonly ChatAdapter[] = [
  ...(WITH_DEMO_SHOP ? [demoShopChat] : []),
  amazonChat,
  ebayChat,
  aliexpressChat,
  alibabaChat,
  taobaoChat,
  douyinChat,
  jdChat,
  pinduoduoChat,
  shopeeChat,
  lazadaChat,
];

export function chatAdapterForUrl(url: URL): ChatAdapter | undefined {
  const s = bareUrl(url);
  return chatAdapters.find((a) => a.urls.some((re) => re.test(s)));
}

export function chatContentMatches(): string[] {
  return [...new Set(chatAdapters.flatMap((a) => a.matches))];
}
