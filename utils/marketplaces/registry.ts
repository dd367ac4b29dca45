import { alibaba1688 } from './1688/index';
import { alibaba } from './alibaba/index';
import { aliexpress } from './aliexpress/index';
import { amazon } from './amazon/index';
import { demoShop } from './demo-shop/index';
import { douyin } from './douyin/index';
import { ebay } from './ebay/index';
import { etsy } from './etsy/index';
import { jd } from './jd/index';
import { lazada } from './lazada/index';
import { pinduoduo } from './pinduoduo/index';
import { shein } from './shein/index';
import { shopee } from './shopee/index';
import { taobao } from './taobao/index';
import { temu } from './temu/index';
import { tiktokShop } from './tiktok-shop/index';
import { walmart } from './walmart/index';
import type { MarketplaceAdapter } from './types';
import { WITH_DEMO_SHOP } from '../build-flags';

/** Every marketplace OrderProof knows. Adding one: its adapter file, a line here, a rules entry, fixtures. */
export const marketplaces: readonly MarketplaceAdapter[] = [
  ...(WITH_DEMO_SHOP ? [demoShop] : []),
  amazon,
  ebay,
  aliexpress,
  temu,
  shein,
  tiktokShop,
  shopee,
  lazada,
  etsy,
  walmart,
  alibaba,
  taobao,
  jd,
  pinduoduo,
  douyin,
  alibaba1688,
];

function hostMatches(host: string, owned: string): boolean {
  return host === owned || host.endsWith(`.${owned}`);
}

export function adapterForUrl(url: URL): MarketplaceAdapter | undefined {
  const host = url.hostname.toLowerCase();
  return marketplaces.find((m) => m.hosts.some((h) => hostMatches(host, h)));
}

export function contentScriptMatches(): string[] {
  return [...new Set(marketplaces.flatMap((m) => m.matches))];
}
