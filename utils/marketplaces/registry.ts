import { demoShop } from './demo-shop';
import type { MarketplaceAdapter } from './types';

/** Every marketplace OrderProof knows. Adding one: its adapter file, a line here, a rules entry, fixtures. */
export const marketplaces: readonly MarketplaceAdapter[] = [demoShop];

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
