import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { t } from '../../utils/i18n';
import { mountInPageButton } from './in-page-button';
import { readHelloReply, readOrdersReply, readSaveReply } from './loader-replies';
import { pickOrderInPage } from '../../utils/page-ui/order-menu';
import { claimScriptSlot, endWhenExtensionGone } from '../../utils/page-ui/script-slot';
import { CONTEXT_TARGET, LOADER_MATCHES_PLACEHOLDER } from '../../utils/page-ui/shared-state';
import { onTrusted } from '../../utils/page-ui/trusted';

// This script runs on every marketplace page load, so it does the least it can: it asks the background
// whether to show the button and remembers what a context menu was opened on. Reading and capturing
// the page is done by the page-tools script, injected only when the user acts.
// Its lifetime is ours, not WXT's context (which any page can end with one event): see script-slot.ts.
const SLOT = Symbol.for('orderproof.slot.loader');

export default defineContentScript({
  // Replaced at build time with every marketplace's patterns (wxt.config.ts), so this bundle does not
  // carry the adapters just to name their hosts.
  matches: [LOADER_MATCHES_PLACEHOLDER],
  runAt: 'document_idle',
  main() {
    const slot = claimScriptSlot(SLOT);
    if (!slot) return;
    endWhenExtensionGone(slot);
    const scope = globalThis as unknown as Record<symbol, unknown>;
    // A page can fire a contextmenu event at any element; only the user's own right-click says what a
    // "save this image" from the menu means.
    slot.onEnd(
      onTrusted(
        document,
        'contextmenu',
        (e) => {
          scope[CONTEXT_TARGET] = e.target instanceof Element ? e.target : undefined;
        },
        true,
      ),
    );

    void browser.runtime.sendMessage({ type: 'bg.page.hello' }).then((raw: unknown) => {
      const hello = readHelloReply(raw);
      if (!hello?.button || !slot.alive()) return;
      const button = mountInPageButton(
        document,
        async (report) => {
          // Left behind by a reload or update of the extension: nothing to talk to, so go (a page reload brings the new button).
          if (!slot.alive()) return slot.end();
          // A list page holds many orders: the user says which one, rather than the first being saved.
          let orderId: string | undefined;
          if (hello.orderList) {
            report(t('orderMenuReading'));
            const orders = readOrdersReply(
              await browser.runtime
                .sendMessage({ type: 'bg.page.orders' })
                .catch((err: unknown) => ({ ok: false, error: String(err) })),
            );
            if (!orders) return report(t('saveFailed', 'no reply'));
            if (orders.length) {
              report('');
              orderId = await pickOrderInPage(document, orders);
              if (!orderId) return report(t('orderMenuCancelled'));
              report(t('saving'));
            }
          }
          const r = readSaveReply(
            await browser.runtime
              .sendMessage({ type: 'bg.capture.save', source: 'in-page', ...(orderId ? { orderId } : {}) })
              .catch((err: unknown) => ({ ok: false, error: String(err) })),
          );
          if (!r) return report(t('saveFailed', 'no reply'));
          if (!r.ok) return report(t('saveFailed', r.error));
          if (hello.listing) return report(t('saved'));
          report(
            r.orderRecognised && r.orderId
              ? `${t('saved')} · ${t('orderRecognised', r.orderId)}`
              : `${t('saved')} · ${t('noOrderRecognised')}`,
          );
        },
        hello.listing ? t('saveListingBilingual') : undefined,
      );
      slot.onEnd(() => button.remove());
    });
  },
});
