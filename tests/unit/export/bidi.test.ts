import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addEvidence } from '../../../utils/db/store';
import { showBidiControls } from '../../../utils/export/bidi';
import { buildPack } from '../../../utils/export/pack';
import { caseWithScreenshot, freshDb, META } from '../../support/db';
import { loadTestFont } from './font';

// The review's spoof: "crack\u202Egnp.exe" reads as "crackexe.png" wherever the control is obeyed.
const SPOOF = 'crack\u202Egnp.exe \u2066isolated\u2069';
const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('bidi control characters from page text', () => {
  it('are shown as visible escapes', () => {
    expect(showBidiControls(SPOOF)).toBe('crack[U+202E]gnp.exe [U+2066]isolated[U+2069]');
    expect(showBidiControls('\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u2067\u2068')).not.toMatch(CONTROLS);
    expect(showBidiControls('普通文字 plain')).toBe('普通文字 plain');
  });

  it('are neutralised in report.html and report.pdf, while the stored file keeps its bytes', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    await addEvidence(db, {
      caseId: c.id,
      kind: 'note',
      title: SPOOF,
      capturedAt: Date.now() + 1,
      capture: META,
      text: SPOOF,
      files: [{ name: 'note.txt', mime: 'text/plain', bytes: strToU8(SPOOF) }],
    });
    const entries = unzipSync((await buildPack(db, c.id, { loadFont: loadTestFont })).bytes);
    const html = new TextDecoder().decode(entries['report.html']);
    expect(html).not.toMatch(CONTROLS);
    expect(html).toContain('crack[U+202E]gnp.exe');
    // Evidence is evidence: the file and the manifest keep the text exactly as captured.
    expect(new TextDecoder().decode(entries['evidence/002-note/note.txt'])).toBe(SPOOF);
    expect(new TextDecoder().decode(entries['manifest.json'])).toContain('crack\u202Egnp.exe');
    const dir = mkdtempSync(join(tmpdir(), 'bidi-'));
    writeFileSync(join(dir, 'report.pdf'), entries['report.pdf']!);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('crack[U+202E]gnp.exe');
    expect(text).not.toMatch(CONTROLS);
  }, 120_000);
});
