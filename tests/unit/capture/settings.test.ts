import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OrderProofDB } from '../../../utils/db/database';
import {
  DEFAULT_LIMITS,
  getCaptureLimits,
  getCaptureMethod,
  setCaptureLimits,
  setCaptureMethod,
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
});
