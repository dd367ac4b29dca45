import { z } from 'zod';
import type { OrderProofDB } from './db/database';

export const languageSchema = z.enum(['auto', 'en', 'zh_CN', 'zh_TW']);
export type LanguageSetting = z.infer<typeof languageSchema>;

export const appSettingsSchema = z.object({
  language: languageSchema.default('auto'),
  theme: z.enum(['auto', 'light', 'dark']).default('auto'),
  /** Days before a deadline to remind; 0 is the day itself. */
  reminderLeadDays: z.array(z.number().int().min(0).max(60)).max(6).default([3, 1, 0]),
  /** Marketplace ids where the in-page button is turned off; empty means it shows on every supported one. */
  inPageMarketplacesOff: z.array(z.string()).default([]),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const APP_SETTINGS_KEY = 'app';
const KEY = APP_SETTINGS_KEY;

/** Settings as stored, or the defaults when nothing (or something unreadable) is stored. */
export async function readSettings(db: OrderProofDB): Promise<AppSettings> {
  const row = await db.settings.get(KEY);
  const parsed = appSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : appSettingsSchema.parse({});
}

export async function writeSettings(db: OrderProofDB, patch: Partial<AppSettings>): Promise<AppSettings> {
  const next = appSettingsSchema.parse({ ...(await readSettings(db)), ...patch });
  await db.settings.put({ key: KEY, value: next });
  return next;
}
