import { defineContentScript } from 'wxt/utils/define-content-script';
import { t } from '../utils/i18n';
import { listen, sendRuntime } from '../utils/messaging';
import { contentScriptMatches } from '../utils/marketplaces/registry';
import { measure, preloadImages, restore, scrollForBand, setInterruptedHandler } from '../utils/page/capture-stage';
import { collectPage, recognisePage } from '../utils/page/collect';
import { mountInPageButton, type InPageButton } from '../utils/page/in-page-button';
import { contextTarget, pickRegion } from '../utils/page/picker';
import { mountStatusToast, type StatusToast } from '../utils/page/status-toast';
import { backgroundRequests, captureRequests, contentRequests } from '../utils/schemas/messages';

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

    // Filled once the page is recognised, or on the first capture; the listeners below may run before that.
    const ui: { button?: InPageButton; toast?: StatusToast; hidden: boolean; lastContextTarget?: Element } = { hidden: false };
    const toast = () => {
      ui.toast ??= mountStatusToast(document);
      ui.toast.setHidden(ui.hidden);
      return ui.toast;
    };
    const onContextMenu = (e: MouseEvent) => {
      ui.lastContextTarget = e.target instanceof Element ? e.target : undefined;
    };
    document.addEventListener('contextmenu', onContextMenu, true);
    setInterruptedHandler(() => toast().show(t('captureInterrupted'), true));

    const stop = listen(contentRequests, {
      'page.collect': () => Promise.resolve(collectPage(window)),
      'capture.prepare': ({ hidden }) => {
        ui.hidden = hidden;
        ui.button?.setHidden(hidden);
        ui.toast?.setHidden(hidden);
        // Two frames: the button is gone from the screen before the background takes its picture.
        return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve({ ok: true }))));
      },
      'capture.measure': () => Promise.resolve(measure()),
      'capture.preload': ({ maxMs }) => preloadImages(maxMs),
      'capture.scroll': ({ x, y, hideFixed }) => scrollForBand(x, y, hideFixed),
      'capture.restore': ({ x, y }) => {
        restore(x, y);
        return Promise.resolve({ ok: true as const });
      },
      'capture.status': ({ text, done }) => {
        toast().show(text, done);
        return Promise.resolve({ ok: true as const });
      },
      'capture.startPick': ({ caseId }) => {
        void pickRegion(document, t('pickHint')).then(async (pick) => {
          if (!pick) {
            toast().show(t('pickCancelled'), true);
            return;
          }
          try {
            const result = await sendRuntime(captureRequests, { type: 'capture.region', source: 'popup', pick, ...(caseId ? { caseId } : {}) });
            toast().show(result.partial ? t('savedPartial', result.health.join(' ')) : t('saved'), true);
          } catch (err) {
            toast().show(t('saveFailed', err instanceof Error ? err.message : String(err)), true);
          }
        });
        return Promise.resolve({ started: true as const });
      },
      'capture.contextTarget': ({ kind, srcUrl }) => {
        const pick = contextTarget(document, kind, ui.lastContextTarget, srcUrl);
        return Promise.resolve(pick ? { pick } : {});
      },
    });
    ctx.onInvalidated(() => {
      stop();
      document.removeEventListener('contextmenu', onContextMenu, true);
      ui.button?.remove();
      ui.toast?.host.remove();
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
