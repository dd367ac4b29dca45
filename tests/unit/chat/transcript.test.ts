import { describe, expect, it } from 'vitest';
import { TranscriptBuilder } from '../../../utils/chat/transcript';
import type { ChatMessage } from '../../../utils/chat/types';

function msg(n: number, key = `h:${n}`): ChatMessage {
  return {
    key,
    role: n % 2 ? 'buyer' : 'seller',
    name: '',
    timeText: String(n),
    text: `message ${n}`,
    images: [],
    attachments: [],
    y: n * 48,
  };
}

/** A thread with repeated identical messages (same key, no id), as "好的" twice in a minute gives. */
function thread(length: number): ChatMessage[] {
  return Array.from({ length }, (_, i) => (i === 40 || i === 41 || i === 42 ? msg(i, 'h:same') : msg(i)));
}

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('TranscriptBuilder', () => {
  it('rebuilds the thread from overlapping windows walked top to bottom, without duplicates', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const r = rng(seed);
      const all = thread(300);
      const b = new TranscriptBuilder();
      let start = 0;
      while (start < all.length) {
        const size = 8 + Math.floor(r() * 30);
        b.add(all.slice(start, start + size));
        // Next window overlaps the last by at least one message.
        start += Math.max(1, size - 1 - Math.floor(r() * (size - 1)));
      }
      expect(b.messages.map((m) => m.text)).toEqual(all.map((m) => m.text));
      expect(b.gaps).toEqual([]);
    }
  });

  it('puts older history loaded above the first window before it', () => {
    const all = thread(100);
    const b = new TranscriptBuilder();
    b.add(all.slice(60, 90));
    b.add(all.slice(40, 70));
    b.add(all.slice(0, 45));
    b.add(all.slice(85, 100));
    expect(b.messages.map((m) => m.text)).toEqual(all.map((m) => m.text));
  });

  it('keeps repeated identical messages once each when windows cut through them (by their place in the list)', () => {
    const all = thread(60);
    const b = new TranscriptBuilder();
    b.add(all.slice(30, 41)); // ends on the first of the three
    b.add(all.slice(40, 42)); // two of them
    b.add(all.slice(41, 50));
    b.add(all.slice(50, 60));
    expect(b.messages.filter((m) => m.key === 'h:same')).toHaveLength(3);
    expect(b.messages.map((m) => m.text)).toEqual(all.slice(30).map((m) => m.text));
    expect(b.finalKeys().filter((k) => k.startsWith('h:same'))).toEqual(['h:same', 'h:same#2', 'h:same#3']);
  });

  it('names a gap where two windows share nothing', () => {
    const all = thread(50);
    const b = new TranscriptBuilder();
    b.add(all.slice(0, 10));
    const r = b.add(all.slice(20, 30));
    expect(r.gap).toBe(true);
    expect(b.messages).toHaveLength(20);
    expect(b.gapPositions()).toEqual([{ after: 10 }]);
  });

  it('counts what a window adds and what it already had', () => {
    const all = thread(30);
    const b = new TranscriptBuilder();
    expect(b.add(all.slice(0, 10))).toEqual({ added: 10, overlap: 0, gap: false });
    expect(b.add(all.slice(5, 15))).toEqual({ added: 5, overlap: 5, gap: false });
  });

  it('puts back, in place and once, the rows a snapshot read mid-render missed (seen on a CPU slowed 20×)', () => {
    const all = thread(60);
    const b = new TranscriptBuilder();
    // The first band's rows 11 to 14 were not built yet; the next band's read has them.
    b.add([...all.slice(0, 10), ...all.slice(14, 22)]);
    b.add(all.slice(9, 34));
    b.add(all.slice(25, 40));
    b.add(all.slice(39, 60));
    expect(b.messages.map((m) => m.text)).toEqual(all.map((m) => m.text));
  });

  it('never duplicates or reorders when windows hold holes a later window fills', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const r = rng(seed);
      const all = thread(200);
      const b = new TranscriptBuilder();
      let start = 0;
      while (start < all.length) {
        const size = 10 + Math.floor(r() * 25);
        const window = all.slice(start, start + size);
        // Half the windows are read twice: first with a run of rows not built yet, then whole.
        if (r() < 0.5) {
          const from = 1 + Math.floor(r() * (window.length - 2));
          b.add([...window.slice(0, from), ...window.slice(from + 1 + Math.floor(r() * 4))]);
        }
        b.add(window);
        start += Math.max(1, size - 2 - Math.floor(r() * (size - 2)));
      }
      expect(b.messages.map((m) => m.text)).toEqual(all.map((m) => m.text));
    }
  });
});
