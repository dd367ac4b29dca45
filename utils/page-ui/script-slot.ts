import { browser } from 'wxt/browser';

/**
 * One copy of a content script per page, and its end when the extension is reloaded or updated, without
 * WXT's ContentScriptContext invalidation.
 *
 * Why not `ctx.onInvalidated`: WXT ends a script when the document receives a CustomEvent named
 * `<extension id>:<entrypoint>:wxt:content-script-started`. The name is public (the id is pinned by the
 * manifest key), DOM events are shared with the page, and an event sent by a script is untrusted whether
 * the page or a newer copy of ours sent it, so nothing on the event can prove it ours: every page could
 * stop OrderProof (security review #11). What a page cannot reach is our isolated world's global object.
 * A later copy injected into the same world finds the earlier one there: a live copy is kept (one copy
 * per page), one whose extension was reloaded or updated (its runtime id is gone) is ended and replaced.
 * A copy left behind with no successor ends itself the next time it is used (`alive()` is false), or
 * within seconds when it watches for that (`endWhenExtensionGone`), taking its UI with it.
 * WXT still builds its context for every script; nothing of ours listens to it.
 */
export interface ScriptSlot {
  /** False once ended, or once the extension this copy belongs to was reloaded, updated or removed. */
  alive(): boolean;
  onEnd(cleanup: () => void): void;
  end(): void;
}

function runtimeAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

function isSlot(v: unknown): v is ScriptSlot {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Partial<ScriptSlot>).alive === 'function' &&
    typeof (v as Partial<ScriptSlot>).end === 'function'
  );
}

/** Claims `key` for this copy, or returns undefined when a live copy already holds it. */
export function claimScriptSlot(key: symbol, extensionAlive: () => boolean = runtimeAlive): ScriptSlot | undefined {
  const scope = globalThis as unknown as Record<symbol, unknown>;
  const held = scope[key];
  if (isSlot(held)) {
    if (held.alive()) return undefined;
    held.end();
  }
  const cleanups: (() => void)[] = [];
  let ended = false;
  const slot: ScriptSlot = {
    alive: () => !ended && extensionAlive(),
    onEnd: (cleanup) => {
      cleanups.push(cleanup);
    },
    end: () => {
      if (ended) return;
      ended = true;
      if (scope[key] === slot) scope[key] = undefined;
      for (const cleanup of cleanups.splice(0)) {
        try {
          cleanup();
        } catch (err) {
          // One failed cleanup (say, a listener on a dead runtime) must not keep the rest from running.
          console.warn('[OrderProof] cleanup', err);
        }
      }
    },
  };
  scope[key] = slot;
  return slot;
}

/**
 * Ends the slot, running its cleanups (UI on the page, listeners), within `everyMs` of its extension
 * being reloaded, updated or removed. It asks this copy's own runtime, which no page can reach or fake.
 */
export function endWhenExtensionGone(slot: ScriptSlot, everyMs = 2000): void {
  const timer = setInterval(() => {
    if (!slot.alive()) slot.end();
  }, everyMs);
  slot.onEnd(() => clearInterval(timer));
}
