import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idb } from '../support/e2e/idb';
import { DEMO_ORDER_ID, DEMO_ORDER_PATH } from '../demo-shop/server';
import { EXTENSION_ID, launch, type Session } from '../support/e2e/chromium';
import {
  evaluateInside,
  hostSelector,
  inPageText,
  inPageVisible,
  pressInPage,
  pressInPageWithKey,
  type InPageRole,
} from '../support/e2e/in-page';
import { readStore } from '../support/e2e/store';
import { backgroundReply } from '../support/e2e/ask';

/**
 * Security review #2 and #11: a web page's own scripts must not be able to press, read or stop
 * OrderProof's controls on it, and a tab in the background must not be able to pull itself to the front.
 */
const CHAT_THREAD = 'http://demo-shop.orderproof.test/chat/demo-thread.html';
const GENERIC_CHAT = 'http://plain-shop.test/chat/generic.html';

type Reply = { ok: true; data: Record<string, unknown> } | { ok: false; error: string };
type ChromeApi = {
  chrome: {
    tabs: { get(id: number): Promise<{ active: boolean }>; sendMessage(id: number, m: object): Promise<Reply> };
  };
};

let s: Session;
let ext: Page;

beforeAll(async () => {
  s = await launch({ hosts: ['plain-shop.test'] });
  ext = await s.context.newPage();
  await ext.goto(s.extensionUrl('library.html'));
});
afterAll(async () => {
  await s?.close();
});

async function open(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await s.context.newPage();
  await page.goto(url);
  await page.waitForLoadState('load');
  return { page, tabId: await s.tabIdOf(page) };
}

/** What the store holds, by kind. */
async function kinds(): Promise<string[]> {
  return (await readStore(ext)).evidence.map((e) => e.kind).sort();
}

/**
 * Everything a page script can try on a control's host from the page's own world: look inside, read
 * its text, click it, fire mouse, pointer and key events at it and at the document.
 */
function attackHost(page: Page, role: InPageRole): Promise<{ shadowRoot: boolean; text: string }> {
  return page.evaluate((selector) => {
    const host = document.querySelector<HTMLElement>(selector)!;
    const r = host.getBoundingClientRect();
    const at = {
      clientX: r.left + r.width / 2,
      clientY: r.top + r.height / 2,
      bubbles: true,
      composed: true,
      cancelable: true,
    };
    host.click();
    for (const type of ['pointerdown', 'pointerup']) host.dispatchEvent(new PointerEvent(type, at));
    for (const type of ['mousemove', 'mousedown', 'mouseup', 'click']) host.dispatchEvent(new MouseEvent(type, at));
    (document.elementFromPoint(at.clientX, at.clientY) as HTMLElement | null)?.click();
    for (const key of ['Enter', ' ', 'Escape']) {
      host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    }
    return { shadowRoot: host.shadowRoot !== null, text: host.textContent + host.innerText };
  }, hostSelector(role));
}

/** A page script that somehow got hold of an element inside the closed root still cannot press it. */
function attackInside(page: Page, role: InPageRole, selector: string): Promise<unknown> {
  return evaluateInside(
    page,
    role,
    selector,
    `function () {
      const r = this.getBoundingClientRect();
      const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, composed: true, cancelable: true, pointerId: 1 };
      this.click();
      for (const type of ['pointerdown', 'pointermove', 'pointerup']) this.dispatchEvent(new PointerEvent(type, type === 'pointermove' ? { ...at, clientX: at.clientX + 80, clientY: at.clientY + 80 } : at));
      for (const type of ['mousemove', 'click']) this.dispatchEvent(new MouseEvent(type, at));
      for (const key of ['Enter', ' ']) this.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      return true;
    }`,
  );
}

describe('a web page cannot act for the user', () => {
  it('cannot press, look into or read the save button; a real click still saves', async () => {
    const { page } = await open(`${s.shop.origin}${DEMO_ORDER_PATH}`);
    await expect.poll(() => inPageText(page, 'save-button', 'button'), { timeout: 20_000 }).toContain('Save evidence');

    expect(await attackHost(page, 'save-button')).toEqual({ shadowRoot: false, text: '' });
    await attackInside(page, 'save-button', 'button');
    // A click that counted would have shown "Saving…" at once, in the same task.
    expect(await inPageText(page, 'save-button', '.status')).toBe('');
    expect(await kinds()).toEqual([]);

    await pressInPage(page, 'save-button');
    await expect.poll(() => inPageText(page, 'save-button', '.status'), { timeout: 30_000 }).toContain(DEMO_ORDER_ID);
    expect(await kinds()).toEqual(['order-data', 'page-snapshot', 'screenshot']);
    // The outcome is on the screen for the user, not in the page's DOM.
    const readable = await page.evaluate((sel) => {
      const host = document.querySelector<HTMLElement>(sel)!;
      return (
        host.textContent + host.innerText + document.documentElement.innerText + document.documentElement.textContent
      );
    }, hostSelector('save-button'));
    expect(readable).not.toMatch(/recognised|Saved/);

    // The keyboard is the user too: Space on the focused button saves again.
    await pressInPageWithKey(page, 'save-button', ' ');
    await expect.poll(async () => (await kinds()).length, { timeout: 30_000 }).toBe(6);
    await page.close();
  });

  it('cannot press the whole-chat button', async () => {
    const before = await kinds();
    const { page } = await open(CHAT_THREAD);
    await expect
      .poll(() => inPageText(page, 'chat-button', 'button'), { timeout: 20_000 })
      .toContain('Save whole chat');
    expect(await attackHost(page, 'chat-button')).toEqual({ shadowRoot: false, text: '' });
    await attackInside(page, 'chat-button', 'button');
    expect(await inPageText(page, 'chat-button', '.status')).toBe('');
    expect(await evaluateInside(page, 'chat-button', 'button', 'function () { return this.disabled; }')).toBe(false);
    expect(await kinds()).toEqual(before);
    await page.close();
  });

  it('cannot pick a region, pick an element or cancel the picker; the user can', async () => {
    const { page, tabId } = await open(`${s.shop.origin}/tall.html?test=attack`);
    const before = await kinds();
    const started = await backgroundReply<Reply>(ext, {
      type: 'bg.capture.pick',
      tabId,
      mode: 'region',
    });
    expect(started).toEqual({ ok: true, data: { started: true } });
    await expect.poll(() => inPageVisible(page, 'picker', '.layer'), { timeout: 20_000 }).toBe(true);

    expect(await attackHost(page, 'picker')).toEqual({ shadowRoot: false, text: '' });
    await attackInside(page, 'picker', '.layer');
    // Neither a forged drag, a forged click nor a forged Esc ended it.
    expect(await inPageVisible(page, 'picker', '.layer')).toBe(true);
    expect(await kinds()).toEqual(before);

    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(hostSelector('picker')).count()).toBe(0);
    await expect.poll(() => inPageText(page, 'status', '.toast'), { timeout: 20_000 }).toMatch(/cancel/i);
    expect(await kinds()).toEqual(before);
    await page.close();
  });

  it('cannot choose the chat list in the generic picker; the user can cancel it', async () => {
    const before = await kinds();
    const { page, tabId } = await open(GENERIC_CHAT);
    const reply = await backgroundReply<Reply>(ext, {
      type: 'bg.chat.capture',
      tabId,
    });
    expect(reply).toEqual({ ok: true, data: { picking: true } });
    await page.locator(hostSelector('chat-picker')).waitFor({ state: 'attached', timeout: 20_000 });

    // Point at a bubble the way a page script can, then "click" and press Enter.
    await page.evaluate(() => {
      const bubble = document.querySelectorAll('.wrap .bubble')[3]!.getBoundingClientRect();
      const at = { clientX: bubble.left + 10, clientY: bubble.top + 10, bubbles: true, composed: true };
      const host = document.querySelector('[data-orderproof="chat-picker"]')!;
      host.dispatchEvent(new MouseEvent('mousemove', at));
      host.dispatchEvent(new MouseEvent('click', at));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(await page.locator(hostSelector('chat-picker')).count()).toBe(1);
    expect(await inPageText(page, 'chat-button', '.status')).not.toMatch(/history|Loading/i);

    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(hostSelector('chat-picker')).count()).toBe(0);
    expect(await kinds()).toEqual(before);
    const remembered = await idb(ext, async (db, _arg, { req }) => {
      const rec = await req(db.transaction('settings').objectStore('settings').get('chatList:plain-shop.test'));
      return rec ?? null;
    });
    expect(remembered).toBeNull();
    await page.close();
  });

  it("cannot read into a closed root by defining a custom element under OrderProof's tag first", async () => {
    const page = await s.context.newPage();
    // ElementInternals.shadowRoot returns even a closed root when it was attached to a defined custom element.
    await page.addInitScript(() => {
      const w = window as unknown as { squat: ElementInternals[] };
      w.squat = [];
      customElements.define(
        'orderproof-save',
        class extends HTMLElement {
          constructor() {
            super();
            w.squat.push(this.attachInternals());
          }
        },
      );
    });
    await page.goto(`${s.shop.origin}${DEMO_ORDER_PATH}`);
    await expect.poll(() => inPageText(page, 'save-button', 'button'), { timeout: 20_000 }).toContain('Save evidence');
    const seen = await page.evaluate(() =>
      (window as unknown as { squat: ElementInternals[] }).squat.map((i) => i.shadowRoot !== null),
    );
    expect(seen.filter(Boolean)).toEqual([]);
    expect(await attackHost(page, 'save-button')).toEqual({ shadowRoot: false, text: '' });
    await page.close();
  });

  it('cannot stop the content scripts with a forged WXT "content-script-started" event', async () => {
    const order = await open(`${s.shop.origin}${DEMO_ORDER_PATH}`);
    const chat = await open(CHAT_THREAD);
    await expect.poll(() => inPageVisible(order.page, 'save-button'), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => inPageVisible(chat.page, 'chat-button'), { timeout: 20_000 }).toBe(true);
    for (const { page } of [order, chat]) {
      await page.evaluate((id) => {
        for (const name of ['marketplace', 'chat', 'page-tools']) {
          document.dispatchEvent(
            new CustomEvent(`${id}:${name}:wxt:content-script-started`, {
              detail: { contentScriptName: name, messageId: 'evil' },
            }),
          );
          window.postMessage(
            { type: `${id}:${name}:wxt:content-script-started`, contentScriptName: name, messageId: 'evil' },
            '*',
          );
        }
      }, EXTENSION_ID);
    }
    expect(await inPageVisible(order.page, 'save-button')).toBe(true);
    expect(await inPageVisible(chat.page, 'chat-button')).toBe(true);
    // The chat script still answers the background.
    const ping = await s.worker.evaluate(
      ([tabId]) => (globalThis as unknown as ChromeApi).chrome.tabs.sendMessage(tabId, { type: 'chat.ping' }),
      [chat.tabId] as const,
    );
    expect(ping).toEqual({ ok: true, data: { ready: true } });
    // And the save button still saves (from the keyboard this time).
    const before = (await kinds()).length;
    await pressInPageWithKey(order.page, 'save-button', 'Enter');
    await expect.poll(async () => (await kinds()).length, { timeout: 30_000 }).toBe(before + 3);
    await order.page.close();
    await chat.page.close();
  });

  it('a save asked for by a tab in the background does not bring it to the front or store anything', async () => {
    const attacker = await open(`${s.shop.origin}${DEMO_ORDER_PATH}`);
    await expect.poll(() => inPageVisible(attacker.page, 'save-button'), { timeout: 20_000 }).toBe(true);
    const bank = await open(`${s.shop.origin}/about.html`);
    await bank.page.bringToFront();
    const active = (tabId: number) =>
      s.worker.evaluate(async (id) => (await (globalThis as unknown as ChromeApi).chrome.tabs.get(id)).active, tabId);
    expect(await active(bank.tabId)).toBe(true);
    const before = await kinds();

    // The strongest page-side attacker: our own content script's world, as if a click had got through.
    const cdp = await s.context.newCDPSession(attacker.page);
    const worlds: { id: number; name: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string } }) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    await expect.poll(() => worlds.some((w) => w.name === 'OrderProof')).toBe(true);
    const contextId = worlds.find((w) => w.name === 'OrderProof')!.id;
    const ask = async (message: object): Promise<Reply> => {
      const { result } = await cdp.send('Runtime.evaluate', {
        contextId,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
        awaitPromise: true,
        returnByValue: true,
      });
      return result.value as Reply;
    };
    const save = await ask({ type: 'bg.capture.save', source: 'in-page' });
    expect(save.ok).toBe(false);
    expect(save.ok ? '' : save.error).toContain('not the one in front');
    const chat = await ask({ type: 'bg.chat.capture' });
    expect(chat.ok ? '' : chat.error).toContain('not the one in front');
    expect(await active(bank.tabId)).toBe(true);
    expect(await active(attacker.tabId)).toBe(false);
    expect(await kinds()).toEqual(before);
    await cdp.detach();
    await attacker.page.close();
    await bank.page.close();
  });
});
