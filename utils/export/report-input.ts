import type { AuditEntry, Case, Evidence } from '../schemas/records';

/** What report.html and report.pdf are made from; its own file so the report modules import no one another. */
export interface ReportInput {
  case: Case;
  evidence: { item: Evidence; paths: string[] }[];
  audit: AuditEntry[];
  auditHead: string;
  generatedAt: string;
  lang: ReportLang;
}

/** A pack's language: 'zh' is Simplified Chinese (the value older packs record), 'zh-TW' Traditional. */
export type ReportLang = 'en' | 'zh' | 'zh-TW';

/** The text language (rules, locale) a report language reads in. */
export const reportTextLanguage = (lang: ReportLang): 'en' | 'zh-CN' | 'zh-TW' => (lang === 'zh' ? 'zh-CN' : lang);
