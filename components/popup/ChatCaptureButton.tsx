import { useState } from 'react';
import { t } from '../../utils/i18n';
import { sendRuntime } from '../../utils/messaging';
import { backgroundMessages } from '../../utils/messages/background';
import { errorText } from '../../utils/error-text';

/**
 * Saves the whole conversation on the current tab: a known chat page's adapter finds the thread (or a
 * list remembered for the site); "point at the messages" lets the user show OrderProof the list.
 */
export function ChatCaptureButton({ tabId, pickOnly = false }: { tabId: number; pickOnly?: boolean }) {
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; bad?: boolean }>();
  const run = (pick: boolean) => {
    setBusy(true);
    setNote({ text: t('saving') });
    sendRuntime(backgroundMessages, { type: 'bg.chat.capture', tabId, ...(pick ? { generic: true, pick: true } : {}) })
      .then(
        (r) => {
          if ('picking' in r) setNote({ text: t('chatPickStarted') });
          else if (r.complete) setNote({ text: t('chatSaved', r.messages) });
          else setNote({ text: t('chatSavedIncomplete', r.health.join(' ')), bad: true });
        },
        (err: unknown) => setNote({ text: t('saveFailed', errorText(err)), bad: true }),
      )
      .finally(() => setBusy(false));
  };
  const note_ = note ? (
    <p className={note.bad ? 'warn' : 'muted'} role="status" data-testid="chat-note">
      {note.text}
    </p>
  ) : null;
  // Pages that are not known chats offer only the explicit "point at the messages" (a page with no
  // chat would otherwise be put into picking mode by a button that promises a whole chat).
  if (pickOnly) {
    return (
      <div className="chat-capture">
        <button type="button" className="link" onClick={() => run(true)} disabled={busy} data-testid="popup-chat-point">
          {t('chatPointHere')}
        </button>
        {note_}
      </div>
    );
  }
  return (
    <div className="chat-capture">
      <button
        type="button"
        className="primary"
        onClick={() => run(false)}
        disabled={busy}
        data-testid="popup-save-chat"
      >
        {t('saveWholeChat')}
      </button>{' '}
      <button type="button" className="link" onClick={() => run(true)} disabled={busy}>
        {t('chatPointAgain')}
      </button>
      {note_}
    </div>
  );
}
