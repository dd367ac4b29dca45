import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleClock } from '../../../utils/export/offscreen-idle';

describe("the offscreen document's idle clock", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks to close after the idle time with nothing to do, and once', async () => {
    const ask = vi.fn(() => Promise.resolve(true));
    new IdleClock(1000, ask);
    await vi.advanceTimersByTimeAsync(999);
    expect(ask).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(ask).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('never while an export runs or a download still reads a pack, counting again from when they end', async () => {
    const ask = vi.fn(() => Promise.resolve(true));
    const clock = new IdleClock(1000, ask);
    let finish!: () => void;
    const work = clock.busy(() => new Promise<string>((resolve) => (finish = () => resolve('blob:pack'))));
    await vi.advanceTimersByTimeAsync(5000);
    expect(ask).not.toHaveBeenCalled();
    // The pack is built; its blob URL is held until the background revokes it.
    clock.hold('blob:pack');
    finish();
    expect(await work).toBe('blob:pack');
    await vi.advanceTimersByTimeAsync(5000);
    expect(ask).not.toHaveBeenCalled();
    clock.release('blob:pack');
    await vi.advanceTimersByTimeAsync(999);
    expect(ask).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('waits a whole while again when the background refuses or cannot be asked', async () => {
    const ask = vi
      .fn<() => Promise<boolean>>()
      .mockResolvedValueOnce(false)
      .mockRejectedValueOnce(new Error('no background'))
      .mockResolvedValue(true);
    new IdleClock(1000, ask);
    await vi.advanceTimersByTimeAsync(1000);
    expect(ask).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(ask).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(ask).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(5000);
    expect(ask).toHaveBeenCalledTimes(3);
  });
});
