import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addEvidence, correctOrderField, createCase, editCase } from '../../../utils/db/store';
import { buildPack } from '../../../utils/export/pack';
import { ruleById } from '../../../utils/rules';
import { freshDb, META } from '../../support/db';
import { loadTestFont } from './font';
import { hasPdftotext } from '../../support/pdftotext';

const ORDER_ID = 'DS-20261104-0001';
const RULES = 'demo-shop.buyer.not-as-described';

async function guidedPack(lang: 'en' | 'zh') {
  const db = freshDb();
  const c = await createCase(db, {
    platform: 'demo-shop',
    role: 'buyer',
    title: `Order ${ORDER_ID}`,
    orderRef: ORDER_ID,
  });
  await editCase(db, c.id, {
    dates: { delivered: '2026-11-08' },
    guidance: { rulesId: RULES, stepsDone: { 'contact-seller': '2026-11-09' } },
  });
  const ev = await addEvidence(db, {
    caseId: c.id,
    kind: 'order-data',
    title: 'Order data',
    capturedAt: Date.now(),
    capture: META,
    order: {
      marketplace: 'demo-shop',
      orderId: ORDER_ID,
      items: [{ title: 'Mug' }],
      amounts: { total: { amount: 237.9, currency: 'CNY' } },
      shipments: [{ trackingNumber: 'SF0000' }],
      provenance: {},
      confidence: 'adapter',
    },
    files: [{ name: 'order.json', mime: 'application/json', bytes: strToU8('{}') }],
  });
  await correctOrderField(db, ev.id, 'trackingNumber', 'SF1402286519034');
  const pack = await buildPack(db, c.id, { lang, loadFont: loadTestFont });
  return unzipSync(pack.bytes);
}

describe('the report shows the dispute steps and the corrected order', () => {
  const steps = ruleById(RULES)!.steps;

  it('report.html lists every step in Chinese and English, the done date and the deadlines', async () => {
    const html = strFromU8((await guidedPack('en'))['report.html']!);
    for (const step of steps) {
      expect(html).toContain(step.title.zh);
      expect(html).toContain(step.title.en);
    }
    expect(html).toContain('done 2026-11-09');
    expect(html).toMatch(/2026-11-22 23:59 \([A-Za-z_/]+\)/);
    expect(html).toContain('SF1402286519034');
    expect(html).not.toContain('SF0000');
  });

  it.runIf(hasPdftotext())('report.pdf holds the order id and the Chinese step titles (pdftotext)', async () => {
    const pdf = (await guidedPack('zh'))['report.pdf']!;
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    writeFileSync(join(dir, 'r.pdf'), pdf);
    const text = execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain(ORDER_ID);
    for (const step of steps) expect(text).toContain(step.title.zh);
    expect(text).toContain('维权步骤与期限');
  });
});
