import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { OrderProofDB } from '../../utils/db/database';
import { sendQueuedStamps } from '../../utils/trust/capture-stamps';

export const STAMP_ALARM = 'orderproof-stamps';
/** Chrome runs an alarm no sooner than 30 s after it is set. */
const MIN_ALARM_MS = 30_000;

/** Sends what is due, then sets the one alarm for the next retry (or clears it when nothing waits). */
export async function sendAndSchedule(db: OrderProofDB, now = Date.now): Promise<void> {
  const result = await sendQueuedStamps(db, { now });
  if (result.nextDue === undefined) await browser.alarms.clear(STAMP_ALARM);
  else await browser.alarms.create(STAMP_ALARM, { when: Math.max(result.nextDue, now() + MIN_ALARM_MS) });
}

/**
 * Capture stamps are queued by addEvidence (utils/trust/capture-stamps.ts) in whichever page stored
 * the item; the background sends them: at start, whenever the queue changes, and on its retry alarm.
 */
export function startStamping(db: OrderProofDB): void {
  const run = () => void sendAndSchedule(db).catch((err: unknown) => console.error('[OrderProof] time-stamps', err));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === STAMP_ALARM) run();
  });
  liveQuery(() => db.stamps.where('status').equals('queued').primaryKeys()).subscribe({
    next: run,
    error: (err: unknown) => console.error('[OrderProof] time-stamps', err),
  });
}
