import type { OrderProofDB } from '../../utils/db/database';
import { kindFromUrl } from '../../utils/marketplaces/define';
import { adapterForUrl } from '../../utils/marketplaces/registry';
import { readSettings } from '../../utils/settings';

const BUTTON_KINDS = new Set(['order-detail', 'order-list', 'listing', 'tracking', 'return', 'chat']);

/** The button shows on a marketplace's order, listing, tracking, return and chat pages, unless the user turned that marketplace off. */
export async function inPageButtonWanted(
  db: OrderProofDB,
  pageUrl: string | undefined,
): Promise<{ button: boolean; listing?: boolean }> {
  if (!pageUrl) return { button: false };
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return { button: false };
  }
  const adapter = adapterForUrl(url);
  if (!adapter) return { button: false };
  const kind = kindFromUrl(url, adapter.urls);
  if (!kind || !BUTTON_KINDS.has(kind)) return { button: false };
  const settings = await readSettings(db);
  const button = !settings.inPageMarketplacesOff.includes(adapter.id);
  return kind === 'listing' ? { button, listing: true } : { button };
}
