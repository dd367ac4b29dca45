import type { TextLanguage } from './rules/owners';
import { uiLanguage } from './i18n';

/** The language rule texts are shown in, following the UI's. */
export function ruleLanguage(): TextLanguage {
  const lang = uiLanguage().toLowerCase();
  if (lang.startsWith('zh-tw') || lang.startsWith('zh-hk') || lang.startsWith('zh_tw')) return 'zh-TW';
  return lang.startsWith('zh') ? 'zh-CN' : 'en';
}

/** "3 d 4 h" / "5 h 10 min": what is left until a moment, or undefined once it has passed. */
export function countdown(dueIso: string, now: number): { days: number; hours: number; minutes: number } | undefined {
  const ms = Date.parse(dueIso) - now;
  if (!(ms > 0)) return undefined;
  const minutes = Math.floor(ms / 60_000);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}

export function todayIso(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/**
 * A due time as the rule counts it, in the rule's own zone, with the user's clock beside it when
 * that differs: "2026-03-08 23:59 (Asia/Shanghai) · your time: 2026-03-08 10:59 (America/New_York)".
 */
export function zonedDue(
  d: { dueInZone?: string; dueLocal?: string; zone: string },
  userZone: string,
  yourTime: (time: string, zone: string) => string,
): string {
  const at = `${d.dueInZone ?? d.dueLocal ?? ''} (${d.zone})`;
  return d.zone !== userZone && d.dueLocal ? `${at} · ${yourTime(d.dueLocal, userZone)}` : at;
}
