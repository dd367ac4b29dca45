import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../../utils/export/report-pdf';
import type { ReportInput } from '../../../utils/export/report-input';
import type { Evidence } from '../../../utils/schemas/records';
import { META } from '../../support/db';
import { loadTestFont } from './font';

const AT = Date.parse('2026-11-20T08:00:00Z');

/** A report of many lines: evidence with wrapping titles, files and an audit log. */
function input(): ReportInput {
  const evidence = Array.from({ length: 12 }, (_, i) => ({
    item: {
      id: `ev-${i}`,
      caseId: 'c1',
      kind: 'note',
      title: `订单页面 證據報告 ${i} with words enough to wrap onto a second line of the page `.repeat(2),
      capturedAt: AT + i,
      capture: META,
      files: [{ name: 'note.txt', mime: 'text/plain', size: 10, sha256: 'a'.repeat(64) }],
    } satisfies Evidence,
    paths: [`evidence/${i}/note.txt`],
  }));
  return {
    lang: 'zh',
    generatedAt: new Date(AT).toISOString(),
    auditHead: 'b'.repeat(64),
    case: {
      id: 'c1',
      platform: 'taobao',
      role: 'buyer',
      title: '退款纠纷',
      orderRef: 'TB-1',
      status: 'open',
      createdAt: AT,
      updatedAt: AT,
      dates: {},
      tags: [],
    },
    evidence,
    audit: [],
  };
}

describe('report.pdf page resources', () => {
  it('names its font once per page, however many lines the page draws', async () => {
    const pdf = await renderReportPdf(input(), await loadTestFont());
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBeGreaterThan(1);
    for (const page of doc.getPages()) {
      const fonts = page.node.Resources()?.lookup(PDFName.of('Font'));
      expect(fonts).toBeInstanceOf(PDFDict);
      // One key per drawn line before: hundreds per page, each found unique by scanning those before it.
      expect((fonts as PDFDict).keys()).toHaveLength(1);
    }
  });
});
