import { setOwnUiHidden } from '../../utils/page-ui/own-ui';
import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  finish,
  imageBase64,
  listFromPick,
  loadHistory,
  restoreScroll,
  showBand,
  startInfo,
  startSession,
  type ChatSession,
} from './capture';
import { t } from '../../utils/i18n';
import { listenChat, sendBackground, type Req } from './content-messaging';
import { chatAdapterForUrl, chatContentMatches } from '../../utils/marketplaces/chat-registry';
import { mountChatButton, pickElement, type ChatButton } from './ui';
import { claimScriptSlot, endWhenExtensionGone } from '../../utils/page-ui/script-slot';
import { errorText } from '../../utils/error-text';

const SLOT = Symbol.for('orderproof.slot.chat');
/** Chrome's words when the background stops before it answers. */
const BACKGROUND_GONE = /message channel (is )?closed|message port closed|Extension context invalidated/i;

/**
 * Whole-chat capture in the page: finds the message list, loads its history, shows it band by band for
 * the background's screenshots and builds the transcript. Registered on the chat pages of the known
 * marketplaces; the background injects it anywhere else for generic mode. Its lifetime is ours, not WXT's
 * context (which any page can end with one event): see script-slot.ts.
 */
export default defineContentScript({
  matches: chatContentMatches(),
  runAt: 'document_idle',
  main() {
    // Injected into a page where it already runs (generic mode): one copy only.
    const slot = claimScriptSlot(SLOT);
    if (!slot) return;
    // Its button goes with the extension, not at the next click.
    endWhenExtensionGone(slot);

    let session: ChatSession | undefined;
    let button: ChatButton | undefined;
    const need = () => {
      if (!session) throw new Error('no chat capture started in this page');
      return session;
    };
    const status = (text: string, busy: boolean) => {
      button ??= mountChatButton(document, t('saveWholeChatBilingual'), run);
      button.setStatus(text, busy);
    };
    const resultText = (r: Req): string => {
      if (r.picking === true) return t('chatPickStarted');
      const health = Array.isArray(r.health) ? r.health.filter((h): h is string => typeof h === 'string') : [];
      return r.complete === true ? t('chatSaved', Number(r.messages)) : t('chatSavedIncomplete', health.join(' '));
    };
    const capture = async (request: Req) => {
      status(t('chatLoadingHistory'), true);
      try {
        status(resultText(await sendBackground(request)), false);
      } catch (err) {
        const text = errorText(err);
        if (!BACKGROUND_GONE.test(text)) return status(t('saveFailed', text), false);
        // The background stopped mid-capture: put the page back, say so plainly, and wake the background,
        // which stores what it had kept as an incomplete chat and then reports here.
        setOwnUiHidden(document, false);
        if (session) restoreScroll(session);
        status(t('chatBackgroundStopped'), false);
        void sendBackground({ type: 'bg.chat.resume' }).catch(() => undefined);
      }
    };
    const run = (): void => {
      // Left behind by a reload or update of the extension: nothing to talk to, so go.
      if (!slot.alive()) return slot.end();
      void capture({ type: 'bg.chat.capture' });
    };

    slot.onEnd(
      listenChat({
        'chat.ping': () => Promise.resolve({ ready: true }),
        'chat.start': ({ selector, generic }) => {
          session = startSession(document, new URL(location.href), selector, generic);
          return Promise.resolve(startInfo(session));
        },
        'chat.history': ({ maxMs, quietMs }) => loadHistory(need(), maxMs, quietMs),
        'chat.band': ({ index }) => showBand(need(), index),
        'chat.ui': ({ hidden }) => {
          // All of OrderProof's UI, not only this button: the page's save button and toasts sit over chats too.
          setOwnUiHidden(document, hidden);
          // Two frames: the button is off the screen before the background takes its picture.
          return new Promise((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve({ ok: true }))),
          );
        },
        'chat.finish': () => finish(need()),
        'chat.image': ({ url }) => Promise.resolve(imageBase64(need(), url)),
        'chat.status': ({ text, busy }) => {
          status(text, busy);
          return Promise.resolve({ ok: true });
        },
        'chat.pick': ({ caseId }) => {
          void pickElement(document, t('chatPickHint')).then(async (el) => {
            if (!el) {
              status(t('chatPickCancelled'), false);
              return;
            }
            const { selector } = listFromPick(el);
            try {
              await sendBackground({ type: 'bg.chat.rememberList', host: location.host, selector });
            } catch (err) {
              status(t('saveFailed', errorText(err)), false);
              return;
            }
            await capture({ type: 'bg.chat.capture', generic: true, ...(caseId ? { caseId } : {}) });
          });
          return Promise.resolve({ started: true });
        },
      }),
    );
    slot.onEnd(() => button?.remove());

    if (chatAdapterForUrl(new URL(location.href))) button = mountChatButton(document, t('saveWholeChatBilingual'), run);
  },
});
