import { describe, expect, it } from 'vitest';
import { chatAdapterForUrl, chatContentMatches } from '../../../utils/marketplaces/chat-registry';
import { adapterForUrl } from '../../../utils/marketplaces/registry';
import { EBAY_HOSTS } from '../../../utils/marketplaces/ebay/chat';

describe('eBay messages on every country site whose orders are read', () => {
  for (const host of EBAY_HOSTS) {
    it(`${host}: the chat script is registered there and the page is eBay's chat`, () => {
      const matches = chatContentMatches();
      expect(matches).toContain(`*://mesg.${host}/*`);
      expect(matches).toContain(`*://*.${host}/cnt/*`);
      expect(chatAdapterForUrl(new URL(`https://www.${host}/cnt/ReplyToMessages?M2MContact&item=1`))?.id).toBe('ebay');
      expect(chatAdapterForUrl(new URL(`https://mesg.${host}/mesgweb/ViewMessageDetail/0/m2m/1`))?.id).toBe('ebay');
      // The same site's order pages are read by the eBay adapter: one list of hosts for both.
      expect(adapterForUrl(new URL(`https://www.${host}/mye/myebay/purchase`))?.id).toBe('ebay');
    });
  }

  it("Belgium's language hosts (befr., benl.) are eBay's chat too", () => {
    expect(chatAdapterForUrl(new URL('https://befr.ebay.be/cnt/ReplyToMessages?M2MContact'))?.id).toBe('ebay');
    expect(chatAdapterForUrl(new URL('https://benl.ebay.be/cnt/ReplyToMessages?M2MContact'))?.id).toBe('ebay');
  });

  it('is not another site ending in an eBay name', () => {
    expect(chatAdapterForUrl(new URL('https://www.notebay.com/cnt/x'))).toBeUndefined();
    expect(chatContentMatches().some((m) => m.includes('notebay'))).toBe(false);
  });
});
