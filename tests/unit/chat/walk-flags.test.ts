import { describe, expect, it, vi } from 'vitest';
import { type Crop, resolveBands, walkBands } from '../../../entrypoints/background/chat-walk';
import type { BandData } from '../../../utils/chat/schemas';
import { fakeTabScript, useFakeBackground } from '../background/fake-tab';

// What the chat script says about a band it could not read whole reaches the stored chat.

const TAB = 7;
const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
const crop = (png: Uint8Array): Promise<Crop> => Promise.resolve({ png, width: 600, height: 500 });
const band = (index: number, extra: Partial<BandData> = {}): BandData => ({
  index,
  offset: index * 500,
  height: 500,
  contentHeight: 2000,
  rect: { x: 0, y: 100, width: 600, height: 500 },
  viewport: { width: 1280, height: 800 },
  devicePixelRatio: 1,
  last: false,
  messages: 3,
  ...extra,
});
const run = () => ({ shootWhenInFront: vi.fn(() => Promise.resolve(PNG)) });
const journal = () => ({ band: vi.fn(() => Promise.resolve()) });

describe('the walk keeps what the page said about each band', () => {
  useFakeBackground();

  it('a list that stops scrolling before its end stops the walk and says later messages may be missing', async () => {
    fakeTabScript({
      'chat.band': ({ index }) =>
        index === 1 ? band(1, { offset: 0, last: true, stuck: true }) : band(index as number),
      'chat.status': () => ({ ok: true }),
    });
    const walk = await walkBands(TAB, run(), journal(), { crop });
    expect(walk.bands).toHaveLength(2);
    expect(walk.walkStoppedEarly).toMatch(/stopped scrolling at band 2, before its end/);
    expect(walk.stopLine).toBe(
      'The chat list stopped scrolling at part 2, before its end: later messages may be missing.',
    );
  });

  it('a band whose rows never settled is kept, marked', async () => {
    fakeTabScript({
      'chat.band': ({ index }) =>
        band(index as number, { last: index === 1, ...(index === 0 ? { unsettled: true } : {}) }),
      'chat.status': () => ({ ok: true }),
    });
    const walk = await walkBands(TAB, run(), journal(), { crop });
    expect(walk.walkStoppedEarly).toBeUndefined();
    const kept = await resolveBands(walk.bands);
    expect(kept.map((b) => b.unsettled)).toEqual([true, undefined]);
    expect(kept[0]!.png).toEqual(PNG);
  });
});
