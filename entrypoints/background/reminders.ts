import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { OrderProofDB } from '../../utils/db/database';
import { t } from '../../utils/i18n';
import { caseContext } from '../../utils/rules/case-context';
import { reminderMessage } from '../../utils/reminders/text';
import { ruleLanguage } from '../../utils/guidance-view';
import { ALARM_PREFIX, parseAlarmName, planReminders } from '../../utils/reminders/plan';
import { ruleById } from '../../utils/rules';
import { computeDeadlines } from '../../utils/rules/deadlines';
import { APP_SETTINGS_KEY, readSettings } from '../../utils/settings';

export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Brings alarms and the toolbar badge in line with the store: adds what is missing, drops what is stale. */
export async function rebuildReminders(
  db: OrderProofDB,
  now = Date.now(),
): Promise<{ alarms: number; dueSoon: number }> {
  const settings = await readSettings(db);
  const cases = await db.cases.where('status').equals('open').toArray();
  const plan = planReminders(cases, ruleById, { now, timeZone: userTimeZone(), leadDays: settings.reminderLeadDays });
  const wanted = new Map(plan.alarms.map((a) => [a.name, a]));
  for (const alarm of await browser.alarms.getAll()) {
    if (!alarm.name.startsWith(ALARM_PREFIX)) continue;
    const keep = wanted.get(alarm.name);
    if (keep && Math.abs(keep.when - alarm.scheduledTime) < 1000) wanted.delete(alarm.name);
    else await browser.alarms.clear(alarm.name);
  }
  for (const alarm of wanted.values()) await browser.alarms.create(alarm.name, { when: alarm.when });
  // Firefox's MV2 build has browserAction, not action.
  const toolbar = browser.action ?? browser.browserAction;
  await toolbar.setBadgeText({ text: plan.dueSoon ? String(plan.dueSoon) : '' });
  await toolbar.setBadgeBackgroundColor({ color: '#b3261e' });
  return { alarms: plan.alarms.length, dueSoon: plan.dueSoon };
}

/** Shows the reminder an alarm stands for; its notification opens the case. */
export async function fireReminder(db: OrderProofDB, alarmName: string): Promise<void> {
  const parsed = parseAlarmName(alarmName);
  if (!parsed) return;
  const c = await db.cases.get(parsed.caseId);
  const rules = c?.guidance ? ruleById(c.guidance.rulesId) : undefined;
  if (!c || !rules || c.status !== 'open' || c.guidance?.stepsDone[parsed.stepId]) return;
  const step = rules.steps.find((s) => s.id === parsed.stepId);
  const deadline = computeDeadlines(rules, c.dates, c.guidance?.stepsDone ?? {}, {
    timeZone: userTimeZone(),
    ...caseContext(c),
  }).find((d) => d.stepId === parsed.stepId && d.index === parsed.index);
  // The case may have changed since the alarm was set: never remind a number that is no longer surely its own.
  if (!step || !deadline?.dueLocal || deadline.applies !== 'yes') return;
  await browser.notifications.create(`case|${c.id}|${alarmName}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('reminderTitle', c.title),
    message: reminderMessage(rules, step, deadline, c.market, ruleLanguage(), {
      body: (owner, market, what, due) => t('reminderBodyMarket', owner, market, what, due),
      counts: (condition) => t('reminderCounts', condition),
      anyMarket: t('anyMarket'),
    }),
    priority: 2,
  });
  await rebuildReminders(db);
}

export function caseIdOfNotification(id: string): string | undefined {
  const [kind, caseId] = id.split('|');
  return kind === 'case' ? caseId : undefined;
}

/** Reminders follow the store: rebuilt at every start of the background and on every change to cases or settings. */
export function startReminders(db: OrderProofDB): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(ALARM_PREFIX)) void fireReminder(db, alarm.name);
  });
  browser.notifications.onClicked.addListener((id) => {
    const caseId = caseIdOfNotification(id);
    if (!caseId) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`/library.html#case=${caseId}`) });
    void browser.notifications.clear(id);
  });
  let pending: ReturnType<typeof setTimeout> | undefined;
  // Only the app settings matter here: other settings rows (e.g. a capture's journal) change often.
  liveQuery(async () => [await db.cases.toArray(), await db.settings.get(APP_SETTINGS_KEY)]).subscribe({
    next: () => {
      clearTimeout(pending);
      pending = setTimeout(
        () => void rebuildReminders(db).catch((err: unknown) => console.error('[OrderProof] reminders', err)),
        200,
      );
    },
    error: (err: unknown) => console.error('[OrderProof] reminders', err),
  });
}
