import { useState } from 'react';
import { browser } from 'wxt/browser';
import { getDb } from '../../utils/db/database';
import { addEvidence } from '../../utils/db/store';
import { browserName } from '../../utils/capture/meta';
import { t } from '../../utils/i18n';

export function NoteForm({ caseId }: { caseId: string }) {
  const [text, setText] = useState('');
  const save = () => {
    const body = text.trim();
    if (!body) return;
    const bytes = new TextEncoder().encode(body);
    void addEvidence(getDb(), {
      caseId,
      kind: 'note',
      title: body.split('\n')[0]!.slice(0, 80),
      text: body,
      capturedAt: Date.now(),
      capture: {
        method: 'note',
        browser: browserName(),
        extensionVersion: browser.runtime.getManifest().version,
        utcOffsetMinutes: -new Date().getTimezoneOffset(),
        health: [],
      },
      files: [{ name: 'note.txt', mime: 'text/plain;charset=utf-8', bytes }],
    }).then(() => setText(''));
  };
  return (
    <div className="note-form">
      <label>
        {t('addNote')}
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} />
      </label>
      <button type="button" onClick={save} disabled={!text.trim()}>
        {t('saveNote')}
      </button>
    </div>
  );
}
