import { describe, expect, it, vi } from 'vitest';
import { claimScriptSlot } from '../../../utils/page-ui/script-slot';

describe('one content script copy per page, ended by its successor only when its extension is gone', () => {
  it('keeps a live copy and turns a second copy away', () => {
    const key = Symbol('live');
    const first = claimScriptSlot(key, () => true)!;
    const cleanup = vi.fn();
    first.onEnd(cleanup);
    expect(claimScriptSlot(key, () => true)).toBeUndefined();
    expect(first.alive()).toBe(true);
    expect(cleanup).not.toHaveBeenCalled();
  });

  it('replaces a copy left behind by an extension reload, running its cleanups once', () => {
    const key = Symbol('orphan');
    let oldExtension = true;
    const old = claimScriptSlot(key, () => oldExtension)!;
    const cleanups = [
      vi.fn(),
      vi.fn(() => {
        throw new Error('runtime gone');
      }),
      vi.fn(),
    ];
    for (const c of cleanups) old.onEnd(c);
    oldExtension = false;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const next = claimScriptSlot(key, () => true);
    warn.mockRestore();
    expect(next).toBeDefined();
    expect(next!.alive()).toBe(true);
    // A failing cleanup does not keep the others from running.
    for (const c of cleanups) expect(c).toHaveBeenCalledTimes(1);
    old.end();
    expect(cleanups[0]).toHaveBeenCalledTimes(1);
    expect(old.alive()).toBe(false);
  });

  it('frees the slot when a copy ends itself', () => {
    const key = Symbol('ended');
    const first = claimScriptSlot(key, () => true)!;
    first.end();
    expect(first.alive()).toBe(false);
    const second = claimScriptSlot(key, () => true);
    expect(second).toBeDefined();
    // Ending the old copy again must not free the new one's slot.
    first.end();
    expect(claimScriptSlot(key, () => true)).toBeUndefined();
  });

  it('ignores what an older version of the script left under the key', () => {
    const key = Symbol('old-version');
    (globalThis as unknown as Record<symbol, unknown>)[key] = true;
    expect(claimScriptSlot(key, () => true)).toBeDefined();
  });
});
