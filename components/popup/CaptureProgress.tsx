import { useEffect, useState } from 'react';
import { listen } from '../../utils/messaging';
import { broadcastMessages } from '../../utils/messages/broadcast';

/** The background's progress for captures of this tab (bands done), shown while one runs. */
export function CaptureProgress({ tabId }: { tabId: number }) {
  const [text, setText] = useState('');
  useEffect(
    () =>
      listen(broadcastMessages, {
        'pages.progress': (msg) => {
          if (msg.tabId === tabId) setText(msg.done ? '' : msg.text);
          return Promise.resolve({ ok: true as const });
        },
      }),
    [tabId],
  );
  return text ? (
    <p className="muted" role="status" data-testid="capture-progress">
      {text}
    </p>
  ) : null;
}
