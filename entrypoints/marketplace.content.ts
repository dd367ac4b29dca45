import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { t } from '../utils/i18n';
import { mountInPageButton } from '../utils/page/in-page-button';
import { readHelloReply, readSaveReply } from '../utils/page/loader-replies';
import { CONTEXT_TARGET, LOADER_MATCHES_PLACEHOLDER } from '../utils/page/shared-state';

// This script runs on every marketplace page load, so it does the least it can: it asks the background
// whether to show the button and remembers what a context menu was opened on. Reading and capturing
// the page is done by the page-tools script, injected only when the user acts.
const LOADED = Symbol.for('orderproof.loader');


export default defineContentScript({
  // Replaced at build time with every marketplace's patterns (wxt.config.ts), so this bundle does not
  // carry the adapters just to name their hosts.
  matches: [LOADER_MATCHES_PLACEHOLDER],
  runAt: 'document_idle',
  main(ctx) {
    const scope = globalThis as unknown as Record<symbol, unknown>;
    if (scope[LOADED]) return;
    scope[LOADED] = true;
    const onContextMenu = (e: MouseEvent) => {
      scope[CONTEXT_TARGET] = e.target instanceof Element ? e.target : undefined;
    };
    document.addEventListener('contextmenu', onContextMenu, true);
    ctx.onInvalidated(() => {
      document.removeEventListener('contextmenu', onContextMenu, true);
      scope[LOADED] = false;
    });

    void browser.runtime.sendMessage({ type: 'page.hello' }).then((raw: unknown) => {
      const hello = readHelloReply(raw);
      if (!hello?.button || !ctx.isValid) return;
      const button = mountInPageButton(document, async (report) => {
        const r = readSaveReply(await browser.runtime.sendMessage({ type: 'capture.save', source: 'in-page' }).catch((err: unknown) => ({ ok: false, error: String(err) })));
        if (!r) return report(t('saveFailed', 'no reply'));
        if (!r.ok) return report(t('saveFailed', r.error));
        if (hello.listing) return report(t('saved'));
        report(r.orderRecognised && r.orderId ? `${t('saved')} · ${t('orderRecognised', r.orderId)}` : `${t('saved')} · ${t('noOrderRecognised')}`);
      }, hello.listing ? t('saveListingBilingual') : undefined);
      ctx.onInvalidated(() => button.remove());
    });
  },
});
