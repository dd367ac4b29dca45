import type { AuditEntry, Case, Evidence } from '../schemas/records';

/** What report.html and report.pdf are made from; its own file so the report modules import no one another. */
export interface ReportInput {
  case: Case;
  evidence: { item: Evidence; paths: string[] }[];
  audit: AuditEntry[];
  auditHead: string;
  generatedAt: string;
  lang: 'en' | 'zh';
}

export type ReportLang = ReportInput['lang'];
