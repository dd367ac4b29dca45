import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askBackground } from '../support/e2e/ask';
import { launch, type Session } from '../support/e2e/chromium';
import { readStore, readStoredText } from '../support/e2e/store';

// Chat capture on a slow machine: the demo's virtualised list (tests/demo-shop/site/chat/virtual.js) set to
// build its rows in time slices as a framework does, and to load older pages late with no spinner. A CPU
// slowed by Chromium's own throttling stands in for a user's slow laptop.

interface Transcript {
  completeness: { startReached: boolean; startBasis: string; historyPages: number; gaps: { kind: string }[] };
  messages: { text: string }[];
}

let s: Session;
let ext: Page;

async function open(file: string, cpuRate = 1): Promise<{ page: Page; tabId: number; cdp: CDPSession }> {
  const page = await s.context.newPage();
  await page.goto(`${s.shop.origin}/chat/${file}`);
  const cdp = await s.context.newCDPSession(page);
  if (cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  return { page, tabId: await s.tabIdOf(page), cdp };
}

function capture(tabId: number): Promise<Record<string, unknown>> {
  return askBackground(ext, { type: 'bg.chat.capture', tabId });
}

async function transcript(
  result: Record<string, unknown>,
): Promise<{ json: Transcript; txt: string; health: string[] }> {
  const { evidence } = await readStore(ext);
  const item = evidence.find((e) => e.id === (result.evidenceIds as string[])[0])!;
  const file = (name: string) => readStoredText(ext, item.files.find((f) => f.name === name)!.sha256);
  return {
    json: JSON.parse(await file('transcript.json')) as Transcript,
    txt: await file('transcript.txt'),
    health: item.capture.health,
  };
}

/** The demo thread's message i (0-based) as virtual.js writes it: its number last, two identical ones at 57 and 58. */
const expected = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, k) => (from + k === 57 || from + k === 58 ? '好的 OK' : `· ${from + k + 1}`));
const tails = (json: Transcript) =>
  json.messages.map((m) => (m.text === '好的 OK' ? m.text : m.text.slice(m.text.lastIndexOf('·'))));

describe('whole-chat capture on a slow machine', () => {
  beforeAll(async () => {
    s = await launch();
    ext = await s.context.newPage();
    // Any extension page can ask the background and read the store; the first-run page shows no cases, where
    // the library would draw itself again at every save (about 1 CPU-second of this file).
    await ext.goto(s.extensionUrl('welcome.html'));
  });
  afterAll(async () => {
    await s?.close();
  });

  // A hang guard, not a speed check: the slowed page took 20 s at load 11 and 35 s at load 18 here.
  it(
    'reads every row of a list that builds its rows over several frames, with the CPU slowed 20×: each once, in order',
    { timeout: 120_000 },
    async () => {
      const { page, tabId, cdp } = await open('slow-render.html', 20);
      const result = await capture(tabId);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const { json } = await transcript(result);
      expect(tails(json)).toEqual(expected(0, 40));
      expect(result).toMatchObject({ messages: 40, startReached: true, complete: true });
      await page.close();
    },
  );

  it('waits for older messages that arrive late with no spinner, as long as this chat has shown it needs', async () => {
    // Pages of history take 1.5 s, then 3 s: more than the first wait (2.5 s), less than 3 × the slowest seen.
    const { page, tabId } = await open('slow-history.html');
    const result = await capture(tabId);
    const { json } = await transcript(result);
    expect(json.completeness).toMatchObject({ startReached: true, startBasis: 'marker', historyPages: 3 });
    expect(tails(json)).toEqual(expected(0, 100));
    expect(result).toMatchObject({ messages: 100, complete: true });
    await page.close();
  });

  it('says, in the transcript and the case, that history may be incomplete when older messages stop arriving', async () => {
    // One page arrives (0.8 s), the next never does and no spinner or error shows.
    const { page, tabId } = await open('stops-loading.html');
    const result = await capture(tabId);
    expect(result).toMatchObject({ messages: 60, startReached: false, complete: false, partial: true });
    const { json, txt, health } = await transcript(result);
    expect(tails(json)).toEqual(expected(40, 100));
    expect(json.completeness).toMatchObject({ startReached: false, startBasis: 'stalled', historyPages: 1 });
    expect(json.completeness.gaps[0]).toMatchObject({ kind: 'history-stalled' });
    expect(txt).toContain('Start of the conversation: NOT reached');
    expect(txt).toContain('WARNING: History may be incomplete: the chat stopped loading older messages');
    expect(health).toEqual(result.health);
    expect(health.join(' ')).toContain('History may be incomplete: the chat stopped loading older messages');
    await page.close();
  });

  it('does not wait out every band on a list whose typing line never stops changing', async () => {
    // The line's text changes every 50 ms inside the list; the message rows do not. Each band settles on its
    // rows, so none is marked still changing (before, each waited its whole budget and was marked).
    const { page, tabId } = await open('ticking.html');
    const result = await capture(tabId);
    const { json, health } = await transcript(result);
    expect(tails(json)).toEqual(expected(0, 100));
    expect(json.completeness.gaps.map((g) => g.kind)).not.toContain('band-unsettled');
    expect(health.join(' ')).not.toContain('still changing');
    expect(result).toMatchObject({ messages: 100, complete: true });
    await page.close();
  });
});
