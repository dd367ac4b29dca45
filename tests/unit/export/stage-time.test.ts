import { afterEach, describe, expect, it, vi } from 'vitest';
import { SpanTotal } from '../../../utils/stage-time';

afterEach(() => {
  vi.restoreAllMocks();
  performance.clearMeasures();
});

/** A clock the test moves by hand, and work that ends when the test says so. */
function handClock() {
  let now = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const work = () => {
    let end!: () => void;
    const done = new Promise<void>((resolve) => (end = resolve));
    return { done, end };
  };
  return { tick: (ms: number) => (now += ms), work };
}

const recorded = (name: string) => performance.getEntriesByName(name, 'measure')[0]?.duration;

describe('SpanTotal', () => {
  it('adds spans one after another', async () => {
    const { tick, work } = handClock();
    const spans = new SpanTotal('test:sequential');
    const a = work();
    const first = spans.add(a.done);
    tick(100);
    a.end();
    await first;
    const b = work();
    const second = spans.add(() => b.done);
    tick(50);
    b.end();
    await second;
    spans.record();
    expect(recorded('test:sequential')).toBe(150);
  });

  it('counts spans that overlap once: the time while any was under way, not their sum', async () => {
    const { tick, work } = handClock();
    const spans = new SpanTotal('test:overlapping');
    // Seven at once (pictures made ready side by side), ending 100 ms later; a gap; then one of 30 ms.
    const seven = Array.from({ length: 7 }, work);
    const together = Promise.all(seven.map((w) => spans.add(w.done)));
    tick(100);
    for (const w of seven) w.end();
    await together;
    tick(500);
    const last = work();
    const alone = spans.add(last.done);
    tick(30);
    last.end();
    await alone;
    spans.record();
    expect(recorded('test:overlapping')).toBe(130);
  });
});
