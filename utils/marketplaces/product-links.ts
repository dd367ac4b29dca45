import { kindFromUrl } from './define';
import { adapterForUrl } from './registry';

/**
 * The product id a link names, when the link opens a product page of a known marketplace: its adapter's
 * listing URL pattern and the id in that URL (`listing.itemIdFromUrl`). Any other link: undefined.
 * Handed to the generic reader as `productIdOfLink` (the reader cannot import the registry: the
 * adapters import the reader).
 */
export function productIdOfLink(link: URL): string | undefined {
  const adapter = adapterForUrl(link);
  const re = adapter?.listing?.itemIdFromUrl;
  if (!adapter || !re || kindFromUrl(link, adapter.urls) !== 'listing') return undefined;
  return re.exec(link.href)?.[1];
}
