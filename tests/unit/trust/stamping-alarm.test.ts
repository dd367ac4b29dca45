import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { sendAndSchedule, STAMP_ALARM } from '../../../entrypoints/background/stamping';
import { retryDelayMs } from '../../../utils/trust/capture-stamps';
import { writeTsaSettings } from '../../../utils/trust/tsa-settings';
import { caseWithScreenshot, freshDb } from '../../support/db';
import { startLocalTsa, type LocalTsa } from './local-tsa';

let tsa: LocalTsa;
beforeAll(async () => {
  tsa = await startLocalTsa();
}, 60_000);
afterAll(() => tsa.close());
beforeEach(() => fakeBrowser.reset());

describe('the background retry alarm for capture stamps', () => {
  it('is set for the next retry while the authority is down, and cleared once every stamp is in', async () => {
    const db = freshDb();
    await writeTsaSettings(db, { choice: 'custom', customUrl: tsa.url });
    tsa.down = true;
    let capturedAt = 0;
    try {
      capturedAt = (await caseWithScreenshot(db)).ev.capturedAt;
      await sendAndSchedule(db, () => capturedAt);
    } finally {
      tsa.down = false;
    }
    const alarm = await browser.alarms.get(STAMP_ALARM);
    expect(alarm?.scheduledTime).toBe(capturedAt + retryDelayMs(1));
    await sendAndSchedule(db, () => capturedAt + retryDelayMs(1));
    expect(await browser.alarms.get(STAMP_ALARM)).toBeFalsy();
    expect(await db.stamps.where('status').equals('stamped').count()).toBe(1);
  }, 30_000);

  it('sets no alarm and asks nothing when time-stamping is off', async () => {
    const db = freshDb();
    await caseWithScreenshot(db);
    const asked = tsa.requests;
    await sendAndSchedule(db);
    expect(await browser.alarms.get(STAMP_ALARM)).toBeFalsy();
    expect(tsa.requests).toBe(asked);
  });
});
