import { alibaba1688 } from './1688';
import { alibaba } from './alibaba';
import { aliexpress } from './aliexpress';
import { amazon } from './amazon';
import { demoShop } from './demo-shop';
import { douyin } from './douyin';
import { ebay } from './ebay';
import { etsy } from './etsy';
import { jd } from './jd';
import { lazada } from './lazada';
import { pinduoduo } from './pinduoduo';
import { shein } from './shein';
import { shopee } from './shopee';
import { taobao } from './taobao';
import { temu } from './temu';
import { tiktokShop } from './tiktok-shop';
import { walmart } from './walmart';
import type { MarketplaceAdapter } from './types';

/** Every marketplace OrderProof knows. Adding one: its adapter file, a line here, a rules entry, fixtures. */
export const marketplaces: readonly MarketplaceAdapter[] = [
  demoShop,
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
