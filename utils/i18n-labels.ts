import { t, uiLanguage, type MessageKey } from './i18n';
import { displayLocale, type DisplayLocale } from './i18n-format';
import type { AuditAction } from './schemas/records';

/** The language this page shows dates, times and amounts in. */
export function uiLocale(): DisplayLocale {
  return displayLocale(uiLanguage());
}

function known(key: string): string | undefined {
  const text = t(key as MessageKey);
  return text === key ? undefined : text;
}

/** A marketplace as people call it ("淘宝 / 天猫", "Amazon"), never its internal id. */
export function platformName(id: string): string {
  return known(`platform_${id.replace(/[^A-Za-z0-9]/g, '_')}`) ?? t('platformUnknown');
}

export function auditActionLabel(action: AuditAction): string {
  return known(`auditAction_${action}`) ?? action;
}

/** A record field named in an audit entry's details, in words. */
export function fieldLabel(field: string): string {
  return known(`field_${field}`) ?? known(`fact_${field}`) ?? field;
}

/**
 * How a piece of evidence was made, in words ("whole page, scrolled and joined"). The recorded
 * method names browser APIs; those stay in the pack's manifest for a technical reader.
 */
export function captureHowLabel(method: string): string | undefined {
  const rules: [RegExp, MessageKey][] = [
    [/^chat:/, 'captureHow_chat'],
    [/^scroll-stitch:/, 'captureHow_fullPage'],
    [/^tabs\.captureTab$/, 'captureHow_fullPage'],
    [/^debugger:/, 'captureHow_fullPageFast'],
    [/captureVisibleTab$/, 'captureHow_visible'],
    [/^pageCapture\./, 'captureHow_snapshot'],
    [/^innerText$/, 'captureHow_text'],
    [/^adapter:/, 'captureHow_adapter'],
    [/^file-upload$/, 'captureHow_upload'],
    [/^note$/, 'captureHow_note'],
  ];
  const hit = rules.find(([re]) => re.test(method));
  return hit ? t(hit[1]) : undefined;
}
