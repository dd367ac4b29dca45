import { afterEach, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { DEMO_ORDER_PATH } from '../demo-shop/server';
import { launch, type Session } from './harness';
import { inPageText, pressInPage } from './in-page';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

type Chrome = {
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]>; create(name: string, info: { when: number }): Promise<void> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  action: { getBadgeText(d: object): Promise<string> };
};

const alarms = (w: Worker) => w.evaluate(async () => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.getAll());

function isoDaysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

async function guideDemoOrder(session: Session) {
  const page = await session.context.newPage();
  await page.goto(`${session.shop.origin}${DEMO_ORDER_PATH}`);
  await pressInPage(page, 'save-button');
  await expect.poll(() => inPageText(page, 'save-button', '.status'), { timeout: 20_000 }).toMatch(/DS-20261104-0001/);
  const popup = await session.openPopup(await session.tabIdOf(page));
  await popup.getByTestId('scenario').selectOption('not-as-described');
  await popup.getByTestId('start-guide').click();
  await popup.getByTestId('steps').waitFor();
  return { page, popup };
}

describe('guidance and reminders', () => {
  it('guides the demo case in English: steps, missing date, next deadline, evidence still missing', async () => {
    s = await launch({ lang: 'en-US' });
    const { popup } = await guideDemoOrder(s);
    expect(await popup.getByTestId('steps').locator('li[aria-current="step"]').textContent()).toContain('Contact the seller');
    await expect.poll(() => popup.getByTestId('missing-date').textContent()).toContain('Delivered');
    await popup.getByTestId('guide-date-delivered').fill(isoDaysAgo(5));
    await expect.poll(() => popup.getByTestId('next-deadline').textContent()).toMatch(/Next deadline: \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    // The saved order page covers the order details; photos of the item are still missing.
    expect(await popup.getByTestId('evidence-check').textContent()).toContain('✓ Order details');
    expect(await popup.getByTestId('missing-evidence').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Photos of the item')]));
    await popup.getByTestId('draft-open').click();
    expect(await popup.getByTestId('draft-text').inputValue()).toContain('DS-20261104-0001');
    // The checkbox follows the store, so it turns checked once the step is saved, not on the click itself.
    await popup.getByTestId('step-done-contact-seller').click();
    await expect.poll(() => popup.getByTestId('steps').locator('li[aria-current="step"]').textContent()).toContain('Open a dispute');
  });

  it('guides the same case in Chinese', async () => {
    s = await launch({ lang: 'zh-CN' });
    const { popup } = await guideDemoOrder(s);
    expect(await popup.getByTestId('steps').locator('li[aria-current="step"]').textContent()).toContain('联系卖家');
    await expect.poll(() => popup.getByTestId('missing-date').textContent()).toContain('签收');
  });

  it('sets reminder alarms from the delivered date, fires a notification and the badge, and keeps alarms across a background restart', async () => {
    s = await launch({ lang: 'en-US' });
    const { popup } = await guideDemoOrder(s);
    await popup.getByTestId('guide-date-delivered').fill(isoDaysAgo(5));
    await expect.poll(async () => (await alarms(s!.worker)).filter((a) => a.name.startsWith('op-deadline|')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const planned = (await alarms(s.worker)).filter((a) => a.name.startsWith('op-deadline|'));
    expect(planned.every((a) => a.scheduledTime > Date.now())).toBe(true);
    await expect.poll(() => s!.worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}))).toBe('1');

    // Bring one planned reminder forward to now: the real alarm fires and the real handler runs.
    const target = planned.find((a) => a.name.includes('|contact-seller|'))!;
    await s.worker.evaluate((name) => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.create(name, { when: Date.now() + 500 }), target.name);
    await expect
      .poll(async () => Object.keys(await s!.worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll())), { timeout: 15_000 })
      .toEqual([expect.stringMatching(/^case\|/)]);

    // Stop the service worker as Chrome does when idle; alarms must survive and be rebuilt on the next start.
    const before = (await alarms(s.worker)).map((a) => a.name).sort();
    const cdp = await s.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await popup.reload();
    const worker = s.context.serviceWorkers().find((w) => w.url().endsWith('/background.js')) ?? (await s.context.waitForEvent('serviceworker'));
    await expect.poll(async () => (await alarms(worker)).map((a) => a.name).sort(), { timeout: 15_000 }).toEqual(before);
  });
});
