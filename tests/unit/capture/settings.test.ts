import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OrderProofDB } from '../../../utils/db/database';
import {
  DEFAULT_LIMITS,
  DEFAULT_RETURN_WAIT_MS,
  getCaptureLimits,
  getCaptureMethod,
  getReturnWait,
  setCaptureLimits,
  setCaptureMethod,
  setReturnWait,
} from '../../../utils/capture/settings';

let db: OrderProofDB;
beforeEach(() => {
  db = new OrderProofDB(`capture-settings-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('capture settings', () => {
  it('defaults to stitching, which needs no extra permission', async () => {
    expect(await getCaptureMethod(db)).toBe('stitch');
  });

  it('stores the chosen method under captureMethod in the settings table', async () => {
    await setCaptureMethod(db, 'debugger');
    expect(await getCaptureMethod(db)).toBe('debugger');
    expect(await db.settings.get('captureMethod')).toEqual({ key: 'captureMethod', value: 'debugger' });
  });

  it('ignores a stored value it does not know, and refuses to store one', async () => {
    await db.settings.put({ key: 'captureMethod', value: 'telepathy' });
    expect(await getCaptureMethod(db)).toBe('stitch');
    await expect(setCaptureMethod(db, 'telepathy' as never)).rejects.toThrow();
  });

  it('keeps capture limits within bounds', async () => {
    expect(await getCaptureLimits(db)).toEqual(DEFAULT_LIMITS);
    await setCaptureLimits(db, { maxMs: 20_000, maxHeight: 6000 });
    expect(await getCaptureLimits(db)).toEqual({ maxMs: 20_000, maxHeight: 6000 });
    await expect(setCaptureLimits(db, { maxMs: 10, maxHeight: 6000 })).rejects.toThrow();
  });

  it('waits 10 s for the user to come back unless told otherwise, within 1 s to 2 min', async () => {
    expect(await getReturnWait(db)).toBe(DEFAULT_RETURN_WAIT_MS);
    await setReturnWait(db, 2000);
    expect(await getReturnWait(db)).toBe(2000);
    await expect(setReturnWait(db, 10)).rejects.toThrow();
    await db.settings.put({ key: 'captureReturnWaitMs', value: 'soon' });
    expect(await getReturnWait(db)).toBe(DEFAULT_RETURN_WAIT_MS);
  });
});
