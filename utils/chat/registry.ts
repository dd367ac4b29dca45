import { alibabaChat } from './adapters/alibaba';
import { aliexpressChat } from './adapters/aliexpress';
import { amazonChat } from './adapters/amazon';
import { demoShopChat } from './adapters/demo-shop';
import { douyinChat } from './adapters/douyin';
import { ebayChat } from './adapters/ebay';
import { jdChat } from './adapters/jd';
import { lazadaChat } from './adapters/lazada';
import { pinduoduoChat } from './adapters/pinduoduo';
import { shopeeChat } from './adapters/shopee';
import { taobaoChat } from './adapters/taobao';
import { bare } from './parse';
import type { ChatAdapter } from './types';

/** Every chat UI OrderProof reads. Adding one: its file in adapters/, a line here, a demo page or fixture. */
export const chatAdapters: readonly ChatAdapter[] = [
  demoShopChat,
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
  const s = bare(url);
  return chatAdapters.find((a) => a.urls.some((re) => re.test(s)));
}

export function chatContentMatches(): string[] {
  return [...new Set(chatAdapters.flatMap((a) => a.matches))];
}
