import { defineContentScript } from 'wxt/utils/define-content-script';
import { t } from '../utils/i18n';
import { listen, sendRuntime } from '../utils/messaging';
import { contentScriptMatches } from '../utils/marketplaces/registry';
import { collectPage, recognisePage } from '../utils/page/collect';
import { mountInPageButton, type InPageButton } from '../utils/page/in-page-button';
import { backgroundRequests, contentRequests } from '../utils/schemas/messages';

const LOADED = Symbol.for('orderproof.content-script');
const BUTTON_KINDS = new Set(['order-detail', 'order-list', 'listing', 'tracking', 'return', 'chat']);

export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  main(ctx) {
    // The background also injects this script into pages it is not registered on (popup capture);
    // a second copy in the same page must not add a second listener or button.
    const scope = globalThis as unknown as Record<symbol, boolean>;
    if (scope[LOADED]) return;
    scope[LOADED] = true;

    // Filled once the page is recognised; the listeners below may run before that.
    const ui: { button?: InPageButton } = {};
    const stop = listen(contentRequests, {
      'page.collect': () => Promise.resolve(collectPage(window)),
      'capture.prepare': ({ hidden }) => {
        ui.button?.setHidden(hidden);
        // Two frames: the button is gone from the screen before the background takes its picture.
        return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve({ ok: true }))));
      },
    });
    ctx.onInvalidated(() => {
      stop();
      ui.button?.remove();
      scope[LOADED] = false;
    });

    const recognised = recognisePage(new URL(location.href), document);
    if (!recognised.marketplace || !BUTTON_KINDS.has(recognised.kind)) return;
    ui.button = mountInPageButton(document, async (report) => {
      try {
        const result = await sendRuntime(backgroundRequests, { type: 'capture.save', source: 'in-page' });
        report(
          result.orderRecognised && result.orderId
            ? `${t('saved')} · ${t('orderRecognised', result.orderId)}`
            : `${t('saved')} · ${t('noOrderRecognised')}`,
        );
      } catch (err) {
        report(t('saveFailed', err instanceof Error ? err.message : String(err)));
      }
    });
  },
});
