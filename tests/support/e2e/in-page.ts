import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * OrderProof's in-page controls live in closed shadow roots and answer only trusted input, so neither a
 * page script nor Playwright's selectors (which pierce open roots only) can reach them. The tests do what
 * a user does instead: find where the control is drawn (CDP's DOM domain sees into closed roots, as
 * DevTools does) and press it with the real mouse (or read the text the user sees).
 *
 * `role` is the host's `data-orderproof` value: 'save-button', 'chat-button', 'status', 'picker',
 * 'chat-picker'.
 */
export type InPageRole = 'save-button' | 'chat-button' | 'status' | 'picker' | 'chat-picker' | 'order-menu';

export const hostSelector = (role: InPageRole): string => `[data-orderproof="${role}"]`;

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** The CDP node of `selector` inside the control's closed shadow root, or undefined while there is none. */
async function nodeInside(
  page: Page,
  role: InPageRole,
  selector: string,
): Promise<{ cdp: CDPSession; nodeId: number } | undefined> {
  const cdp = await cdpOf(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId: host } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector(role) });
  if (!host) return undefined;
  const { node } = await cdp.send('DOM.describeNode', { nodeId: host, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return undefined;
  const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [shadow.backendNodeId] });
  const shadowId = nodeIds[0];
  if (!shadowId) return undefined;
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: shadowId, selector });
  return nodeId ? { cdp, nodeId } : undefined;
}

/** The centre of the element in CSS px of the window, or undefined when it is absent or not drawn. */
async function centreOf(page: Page, role: InPageRole, selector: string): Promise<{ x: number; y: number } | undefined> {
  const found = await nodeInside(page, role, selector);
  if (!found) return undefined;
  try {
    const { model } = await found.cdp.send('DOM.getBoxModel', { nodeId: found.nodeId });
    const q = model.border;
    if (model.width < 1 || model.height < 1) return undefined;
    return { x: (q[0]! + q[2]! + q[4]! + q[6]!) / 4, y: (q[1]! + q[3]! + q[5]! + q[7]!) / 4 };
  } catch {
    // "Could not compute box model": not rendered (display: none).
    return undefined;
  }
}

/** Presses the control as a user does: the real mouse moves onto it and clicks (trusted input). */
export async function pressInPage(page: Page, role: InPageRole, selector = 'button', timeout = 15_000): Promise<void> {
  // A user can only press what is on the screen: the tab comes to the front first.
  await page.bringToFront();
  let at: { x: number; y: number } | undefined;
  await expect.poll(async () => (at = await centreOf(page, role, selector)), { timeout }).toBeDefined();
  // A disabled button ignores the click the way it would for the user; wait until it is enabled.
  await expect
    .poll(() => evaluateInside(page, role, selector, 'function () { return !this.disabled; }'), { timeout })
    .toBe(true);
  await page.mouse.move(at!.x, at!.y);
  await page.mouse.click(at!.x, at!.y);
}

/** Presses the control from the keyboard: it takes the focus, then a real key goes to it (trusted input). */
export async function pressInPageWithKey(
  page: Page,
  role: InPageRole,
  key: 'Enter' | ' ',
  selector = 'button',
  timeout = 15_000,
): Promise<void> {
  await page.bringToFront();
  await expect.poll(async () => (await centreOf(page, role, selector)) !== undefined, { timeout }).toBe(true);
  await expect
    .poll(() => evaluateInside(page, role, selector, 'function () { return !this.disabled; }'), { timeout })
    .toBe(true);
  const found = (await nodeInside(page, role, selector))!;
  await found.cdp.send('DOM.focus', { nodeId: found.nodeId });
  await page.keyboard.press(key === ' ' ? 'Space' : key);
}

/** The text the user sees in an element of the control, e.g. '.status' ('' while it is not there). */
export async function inPageText(page: Page, role: InPageRole, selector: string): Promise<string> {
  if (!(await nodeInside(page, role, selector))) return '';
  return String(await evaluateInside(page, role, selector, 'function () { return this.textContent; }'));
}

/** Whether the element is drawn with a size (a hidden host or `display: none` is not). */
export async function inPageVisible(page: Page, role: InPageRole, selector = 'button'): Promise<boolean> {
  return (await centreOf(page, role, selector)) !== undefined;
}

/**
 * Runs `fn` (a function's source) in the page's own world with `this` bound to the element inside the
 * closed root: what a page script could do if it ever got hold of the element. Returns its JSON value.
 */
export async function evaluateInside(page: Page, role: InPageRole, selector: string, fn: string): Promise<unknown> {
  const found = await nodeInside(page, role, selector);
  if (!found) throw new Error(`no ${selector} inside ${hostSelector(role)}`);
  const { object } = await found.cdp.send('DOM.resolveNode', { nodeId: found.nodeId });
  if (!object.objectId) throw new Error('node did not resolve');
  const { result, exceptionDetails } = await found.cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as unknown;
}

/**
 * All the text in an OrderProof element's shadow root (by its tag), read over CDP, which sees closed
 * shadow roots too: for tests that watch a whole in-page control rather than one part of it.
 */
export async function shadowText(cdp: CDPSession, tag: string): Promise<string> {
  type Node = { nodeType: number; localName?: string; nodeValue?: string; children?: Node[]; shadowRoots?: Node[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: tag });
  if (!nodeId) return '';
  const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as { node: Node };
  const text = (n: Node): string =>
    n.localName === 'style'
      ? ''
      : n.nodeType === 3
        ? (n.nodeValue ?? '')
        : [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(text).join(' ');
  return text(node);
}
