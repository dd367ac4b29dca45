import { defineContentScript } from 'wxt/utils/define-content-script';
import { t } from '../../utils/i18n';
import { listen, sendRuntime } from '../../utils/messaging';
import {
  frames,
  loadWatchdogDelay,
  measure,
  preloadImages,
  restore,
  scrollForBand,
  setInterruptedHandler,
} from './capture-stage';
import { collectPage } from './collect';
import { orderArea } from './order-area';
import { contextTarget } from './picker';
import { claimScriptSlot, endWhenExtensionGone } from '../../utils/page-ui/script-slot';
import { setOwnUiHidden } from '../../utils/page-ui/own-ui';
import { CONTEXT_TARGET } from '../../utils/page-ui/shared-state';
import { pageToolsUi } from './ui';
import { backgroundMessages } from '../../utils/messages/background';
import { pageToolsMessages } from '../../utils/messages/page-tools';
import { errorText } from '../../utils/error-text';
import { startPointing } from './pointer/point';

// Reading, extracting and capturing a page. Not registered in the manifest: the background injects it
// into a tab when the user saves, captures or picks, on any site (activeTab or host access allows it),
// whenever no live copy answers `tools.ping`. A copy left behind by an extension update cannot answer,
// so it is replaced, and it ends itself with its UI within seconds of the update (script-slot.ts;
// WXT's context, which any page can end with one event, is not used).

const SLOT = Symbol.for('orderproof.slot.page-tools');

export default defineContentScript({
  registration: 'runtime',
  matches: ['<all_urls>'],
  main() {
    const slot = claimScriptSlot(SLOT);
    if (!slot) return;
    const scope = globalThis as unknown as Record<symbol, unknown>;

    const ui = pageToolsUi(document, slot);
    endWhenExtensionGone(slot);
    setInterruptedHandler(() => ui.status(t('captureInterrupted'), true));
    void loadWatchdogDelay();

    slot.onEnd(
      listen(pageToolsMessages, {
        'tools.ping': () => Promise.resolve({ ready: true as const }),
        'tools.collect': ({ text, recipes }) =>
          Promise.resolve(collectPage(window, { text: text !== false, ...(recipes ? { recipes } : {}) })),
        'tools.orderArea': async ({ orderId, otherIds }) => {
          const rect = orderArea(document, orderId, otherIds, { scrollIntoView: true });
          await frames(2);
          return rect ? { rect } : {};
        },
        'tools.prepare': ({ hidden }) => {
          ui.setHidden(hidden);
          setOwnUiHidden(document, hidden);
          // Two frames: our UI is gone from the screen before the background takes its picture.
          return new Promise((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve({ ok: true }))),
          );
        },
        'tools.measure': () => Promise.resolve(measure()),
        'tools.preload': ({ maxMs }) => preloadImages(maxMs),
        'tools.scroll': ({ x, y, hideFixed }) => scrollForBand(x, y, hideFixed),
        'tools.restore': ({ x, y }) => {
          restore(x, y);
          return Promise.resolve({ ok: true as const });
        },
        'tools.status': ({ text, done }) => {
          ui.status(text, done);
          return Promise.resolve({ ok: true as const });
        },
        'tools.startPick': ({ caseId }) => {
          void ui.pick(t('pickHint')).then(async (pick) => {
            if (!pick) {
              ui.status(t('pickCancelled'), true);
              return;
            }
            try {
              const result = await sendRuntime(backgroundMessages, {
                type: 'bg.capture.region',
                source: 'popup',
                pick,
                ...(caseId ? { caseId } : {}),
              });
              ui.status(result.partial ? t('savedPartial', result.health.join(' ')) : t('saved'), true);
            } catch (err) {
              ui.status(t('saveFailed', errorText(err)), true);
            }
          });
          return Promise.resolve({ started: true as const });
        },
        'tools.point': ({ evidenceId, field }) =>
          startPointing(document, evidenceId, field, (text, done) => ui.status(text, done)),
        'tools.contextTarget': ({ kind, srcUrl }) => {
          const last = scope[CONTEXT_TARGET];
          const pick = contextTarget(document, kind, last instanceof Element ? last : undefined, srcUrl);
          return Promise.resolve(pick ? { pick } : {});
        },
      }),
    );
  },
});
