import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { onTrusted } from '../../../utils/page-ui/trusted';

/** A target that hands back the listener it was given, so events of either kind can be fed to it. */
function fakeTarget() {
  const added: { type: string; listener: (e: Event) => void; capture: boolean }[] = [];
  const removed: string[] = [];
  const target = {
    addEventListener: (type: string, listener: (e: Event) => void, capture: boolean) =>
      added.push({ type, listener, capture }),
    removeEventListener: (type: string) => removed.push(type),
  };
  return { target: target as unknown as HTMLElement, added, removed };
}

describe('onTrusted', () => {
  it('runs the handler for input the browser made from the user, and never for a script-made event', () => {
    const { target, added } = fakeTarget();
    const handler = vi.fn();
    onTrusted(target, 'click', handler);
    expect(added).toHaveLength(1);
    const listener = added[0]!.listener;
    listener({ isTrusted: false } as Event);
    expect(handler).not.toHaveBeenCalled();
    const trusted = { isTrusted: true } as Event;
    listener(trusted);
    expect(handler).toHaveBeenCalledWith(trusted);
  });

  it('passes the capture flag and removes its own listener', () => {
    const { target, added, removed } = fakeTarget();
    const stop = onTrusted(target, 'keydown', vi.fn(), true);
    expect(added[0]).toMatchObject({ type: 'keydown', capture: true });
    stop();
    expect(removed).toEqual(['keydown']);
  });

  it('ignores a real DOM event dispatched by a script', () => {
    const { window } = new JSDOM('<button>b</button>');
    const button = window.document.querySelector('button')!;
    const handler = vi.fn();
    onTrusted(button, 'click', handler);
    button.click();
    button.dispatchEvent(new window.MouseEvent('click', { bubbles: true }));
    expect(handler).not.toHaveBeenCalled();
  });
});
