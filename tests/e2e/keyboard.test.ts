import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORDER_PATH } from '../demo-shop/server';
import { launch, type Session } from '../support/e2e/chromium';
import { idb } from '../support/e2e/idb';

/**
 * Every control of the popup and the library by keyboard alone (issue 13, accessibility): Tab reaches each
 * one, each shows where the focus is, and nothing answers the mouse only (an element drawn as clickable,
 * cursor: pointer, with no focusable control in or around it).
 */
let s: Session;
let order: Page;

beforeAll(async () => {
  s = await launch();
  order = await s.context.newPage();
  await order.goto(`${s.shop.origin}${DEMO_ORDER_PATH}`);
  const popup = await s.openPopup(await s.tabIdOf(order));
  await order.bringToFront();
  await popup.getByTestId('popup-save').click();
  await popup.getByTestId('save-result').waitFor({ timeout: 30_000 });
  await popup.close();
});
afterAll(async () => {
  await s?.close();
});

const CONTROLS = 'button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** Presses Tab until the focus comes round again; gives what was focused, with whether it showed. */
async function tabThrough(page: Page): Promise<{ reached: Set<string>; unmarked: string[] }> {
  await page.evaluate((sel) => {
    document.querySelectorAll(sel).forEach((el, i) => el.setAttribute('data-kb', String(i)));
  }, CONTROLS);
  const reached = new Set<string>();
  const unmarked: string[] = [];
  let first: string | undefined;
  // A date field takes a Tab per part (month, day, year): the round ends back at the first control.
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      // The focus is shown on the control, or on the label drawn as its button (a visually hidden file input).
      const shown = (x: Element | null) => {
        if (!x) return false;
        const st = getComputedStyle(x);
        return (st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) > 0) || st.boxShadow !== 'none';
      };
      return { id: el.dataset.kb ?? el.outerHTML.slice(0, 80), shown: shown(el) || shown(el.closest('label')) };
    });
    if (!focus) continue;
    if (focus.id === first && reached.size > 1) break;
    first ??= focus.id;
    if (reached.has(focus.id)) continue;
    reached.add(focus.id);
    if (!focus.shown) unmarked.push(focus.id);
  }
  return { reached, unmarked };
}

/** The page's controls a person can see (and so would want to reach), and mouse-only look-alikes. */
async function visibleControls(page: Page) {
  return page.evaluate((sel) => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const st = getComputedStyle(el);
      return (
        r.width > 0 &&
        r.height > 0 &&
        st.visibility !== 'hidden' &&
        !el.closest('[hidden], details:not([open]) > :not(summary)')
      );
    };
    const controls = [...document.querySelectorAll<HTMLElement>(sel)].filter(
      (el) => visible(el) || (el.matches('input[type=file]') && visible(el.closest('label')!)),
    );
    const enabled = controls.filter((el) => !(el as HTMLButtonElement).disabled);
    const mouseOnly = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => visible(el) && getComputedStyle(el).cursor === 'pointer')
      .filter((el) => !el.closest(sel) && !el.querySelector(sel) && !el.closest('label'))
      .map((el) => el.outerHTML.slice(0, 120));
    return {
      ids: enabled.map((el) => el.dataset.kb!),
      describe: Object.fromEntries(enabled.map((el) => [el.dataset.kb!, el.outerHTML.slice(0, 120)])),
      mouseOnly,
    };
  }, CONTROLS);
}

describe('by keyboard alone', () => {
  it('the popup: Tab reaches every control, each shows its focus, nothing is mouse-only', async () => {
    const popup = await s.openPopup(await s.tabIdOf(order));
    await popup.setViewportSize({ width: 400, height: 600 });
    // The guide's section is drawn before the case's evidence has loaded; its controls come after it.
    await popup.getByTestId('scenario').waitFor();
    const { reached, unmarked } = await tabThrough(popup);
    const { ids, describe: what, mouseOnly } = await visibleControls(popup);
    expect(ids.filter((id) => !reached.has(id)).map((id) => what[id])).toEqual([]);
    expect(unmarked.map((id) => what[id] ?? id)).toEqual([]);
    expect(mouseOnly).toEqual([]);
    await popup.close();
  });

  it('the library with a case open: the same', async () => {
    const lib = await s.context.newPage();
    await lib.goto(s.extensionUrl('library.html'));
    await lib.getByTestId('library-case').first().click();
    await lib.getByTestId('evidence-card').first().waitFor();
    const { reached, unmarked } = await tabThrough(lib);
    const { ids, describe: what, mouseOnly } = await visibleControls(lib);
    expect(ids.filter((id) => !reached.has(id)).map((id) => what[id])).toEqual([]);
    expect(unmarked.map((id) => what[id] ?? id)).toEqual([]);
    expect(mouseOnly).toEqual([]);
    await lib.close();
  });

  it('areas to mask are drawn with the keys too: place, move, resize, keep, save', async () => {
    const lib = await s.context.newPage();
    await lib.goto(s.extensionUrl('library.html'));
    await lib.getByTestId('library-case').first().click();
    await lib.getByTestId('redact-open').first().focus();
    await lib.keyboard.press('Enter');
    const canvas = lib.getByTestId('redact-canvas');
    await lib.getByTestId('redact-image').waitFor();
    await expect
      .poll(() => lib.getByTestId('redact-image').evaluate((i: HTMLImageElement) => i.naturalWidth))
      .toBeGreaterThan(0);
    const [w, h] = await lib
      .getByTestId('redact-image')
      .evaluate((i: HTMLImageElement) => [i.naturalWidth, i.naturalHeight] as const);
    await canvas.focus();
    await lib.keyboard.press('Enter');
    await lib.keyboard.press('ArrowRight');
    await lib.keyboard.press('Shift+ArrowDown');
    await lib.keyboard.press('Enter');
    await expect.poll(() => lib.getByTestId('redact-count').textContent()).toContain('1');
    await lib.getByTestId('redact-save').focus();
    await lib.keyboard.press('Enter');
    await lib.getByTestId('redact-editor').waitFor({ state: 'detached' });
    const boxes = await idb(lib, async (_db, _a, { all }) =>
      (await all<{ redactionBoxes?: { x: number; width: number; height: number }[] }>('evidence')).flatMap(
        (e) => e.redactionBoxes ?? [],
      ),
    );
    expect(boxes).toHaveLength(1);
    // Placed in the middle (a quarter wide, a tenth high), moved right one step, one step taller (steps: 2 %).
    const width = Math.round(w / 4);
    const stepX = Math.max(1, Math.round(w / 50));
    const stepY = Math.max(1, Math.round(h / 50));
    expect(boxes[0]).toMatchObject({
      x: Math.round((w - width) / 2) + stepX,
      width,
      height: Math.round(h / 10) + stepY,
    });
    await lib.close();
  });

  it('after an export the popup offers "Show in folder", reached by Tab, in the one OrderProof downloads folder', async () => {
    const popup = await s.openPopup(await s.tabIdOf(order));
    await popup.getByTestId('export-case').first().click();
    const show = popup.getByTestId('show-in-folder');
    await show.waitFor({ timeout: 60_000 });
    const note = (await popup.getByTestId('export-note').textContent()) ?? '';
    expect(note).toContain('Downloads › OrderProof');
    const zip = /OrderProof_\S+\.zip/.exec(note)![0];
    await expect.poll(() => existsSync(join(s.downloads, 'OrderProof', zip)), { timeout: 30_000 }).toBe(true);
    const { reached } = await tabThrough(popup);
    expect(reached.has((await show.getAttribute('data-kb'))!)).toBe(true);
    await popup.close();
  });
});
