import { defineContentScript } from 'wxt/utils/define-content-script';
import { finish, imageBase64, listFromPick, loadHistory, restoreScroll, showBand, startInfo, startSession, type ChatSession } from '../utils/chat/capture';
import { bool, listenChat, msg, num, optStr, sendBackground, type Req } from '../utils/chat/content-messaging';
import { chatAdapterForUrl, chatContentMatches } from '../utils/marketplaces/chat-registry';
import { mountChatButton, pickElement, type ChatButton } from '../utils/chat/ui';
import { claimScriptSlot } from '../utils/page/script-slot';

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

    let session: ChatSession | undefined;
    let button: ChatButton | undefined;
    const need = () => {
      if (!session) throw new Error('no chat capture started in this page');
      return session;
    };
    const status = (text: string, busy: boolean) => {
      button ??= mountChatButton(document, msg('saveWholeChatBilingual'), run);
      button.setStatus(text, busy);
    };
    const resultText = (r: Req): string => {
      if (r.picking === true) return msg('chatPickStarted');
      const health = Array.isArray(r.health) ? r.health.filter((h): h is string => typeof h === 'string') : [];
      return r.complete === true ? msg('chatSaved', Number(r.messages)) : msg('chatSavedIncomplete', health.join(' '));
    };
    const capture = async (request: Req) => {
      status(msg('chatLoadingHistory'), true);
      try {
        status(resultText(await sendBackground(request)), false);
      } catch (err) {
        const text = err instanceof Error ? err.message : String(err);
        if (!BACKGROUND_GONE.test(text)) return status(msg('saveFailed', text), false);
        // The background stopped mid-capture: put the page back, say so plainly, and wake the background,
        // which stores what it had kept as an incomplete chat and then reports here.
        button?.setHidden(false);
        if (session) restoreScroll(session);
        status(msg('chatBackgroundStopped'), false);
        void sendBackground({ type: 'chat.resume' }).catch(() => undefined);
      }
    };
    const run = (): void => {
      // Left behind by a reload or update of the extension: nothing to talk to, so go.
      if (!slot.alive()) return slot.end();
      void capture({ type: 'chat.capture' });
    };

    slot.onEnd(listenChat({
      'chat.ping': () => Promise.resolve({ ready: true }),
      'chat.start': (req) => {
        session = startSession(document, new URL(location.href), optStr(req, 'selector'), bool(req, 'generic'));
        return Promise.resolve(startInfo(session));
      },
      'chat.history': (req) => loadHistory(need(), num(req, 'maxMs', 1, 600_000), num(req, 'quietMs', 1, 60_000)),
      'chat.band': (req) => showBand(need(), num(req, 'index', 0)),
      'chat.ui': (req) => {
        button?.setHidden(bool(req, 'hidden'));
        // Two frames: the button is off the screen before the background takes its picture.
        return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve({ ok: true }))));
      },
      'chat.finish': () => finish(need()),
      'chat.image': (req) => Promise.resolve(imageBase64(need(), optStr(req, 'url', 100_000) ?? '')),
      'chat.status': (req) => {
        status(optStr(req, 'text', 4000) ?? '', bool(req, 'busy'));
        return Promise.resolve({ ok: true });
      },
      'chat.pick': (req) => {
        const caseId = optStr(req, 'caseId', 64);
        void pickElement(document, msg('chatPickHint')).then(async (el) => {
          if (!el) {
            status(msg('chatPickCancelled'), false);
            return;
          }
          const { selector } = listFromPick(el);
          try {
            await sendBackground({ type: 'chat.rememberList', host: location.host, selector });
          } catch (err) {
            status(msg('saveFailed', err instanceof Error ? err.message : String(err)), false);
            return;
          }
          await capture({ type: 'chat.capture', generic: true, ...(caseId ? { caseId } : {}) });
        });
        return Promise.resolve({ started: true });
      },
    }));
    slot.onEnd(() => button?.remove());

    if (chatAdapterForUrl(new URL(location.href))) button = mountChatButton(document, msg('saveWholeChatBilingual'), run);
  },
});
