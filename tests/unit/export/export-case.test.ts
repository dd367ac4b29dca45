import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../utils/audit/chain';
import { auditLog } from '../../../utils/db/store';
import { exportCase, exportLanguage, packLanguage } from '../../../utils/export/export-case';
import { GENERIC_UPLOAD } from '../../../utils/export/fit';
import { setCatalogue } from '../../../utils/i18n';
import { recordExport } from '../../../utils/export/record-export';
import { verifyCase } from '../../../utils/export/verify-case';
import { writeSettings } from '../../../utils/settings';
import { caseWithScreenshot, freshDb } from '../../support/db';

const NOW = new Date('2026-11-27T10:00:00Z');
// Node has no canvas: a stand-in JPEG encoder for the fitted copies.
const base = {
  version: '9.9.9',
  pdf: false,
  now: NOW,
  encodeJpeg: () => Promise.resolve(new Uint8Array([0xff, 0xd8, 0xff])),
};
const exportsIn = async (db: ReturnType<typeof freshDb>, caseId: string) =>
  (await auditLog(db, caseId)).filter((a) => a.action === 'export');

afterEach(() => {
  setCatalogue(undefined);
});

describe('packLanguage', () => {
  it('follows the language chosen in settings over the browser, and the browser when set to auto', () => {
    expect(packLanguage('auto', 'zh-CN')).toBe('zh');
    expect(packLanguage('auto', 'en-US')).toBe('en');
    expect(packLanguage('en', 'zh-CN')).toBe('en');
    expect(packLanguage('zh_CN', 'en-GB')).toBe('zh');
    expect(packLanguage('zh_TW', 'en-GB')).toBe('zh-TW');
    expect(packLanguage('auto', 'zh-HK')).toBe('zh-TW');
    expect(packLanguage('auto', 'zh-Hant-TW')).toBe('zh-TW');
  });

  it('reads the setting from the library, so the background (which has no chosen catalogue) agrees with the pages', async () => {
    const db = freshDb();
    setCatalogue('en-US', {});
    expect(await exportLanguage(db)).toBe('en');
    await writeSettings(db, { language: 'zh_CN' });
    expect(await exportLanguage(db)).toBe('zh');
  });
});

describe('exportCase', () => {
  it('builds the pack without logging it; recordExport then writes exactly one export entry, the one the pack ends with', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    const before = await auditLog(db, c.id);
    const pack = await exportCase(db, c.id, undefined, { ...base, lang: 'en' });
    expect(await auditLog(db, c.id)).toEqual(before);
    expect(pack.seal.exportEntry).toMatchObject({ action: 'export', details: { format: 'zip', language: 'en' } });
    await recordExport(db, pack.seal);
    expect(await exportsIn(db, c.id)).toEqual([pack.seal.exportEntry]);
    expect(verifyChain(await auditLog(db, c.id))).toEqual([]);
    expect((await verifyCase(db, c.id)).ok).toBe(true);
  });

  it('names the file after the case and the choice, and hands back the blob it describes', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    const plain = await exportCase(db, c.id, { masked: false }, { ...base, lang: 'en' });
    expect(plain.filename).toBe('OrderProof_demo-shop_DS-1_2026-11-27.zip');
    const fitted = await exportCase(db, c.id, { masked: false, fitTo: GENERIC_UPLOAD }, { ...base, lang: 'en' });
    expect(fitted.filename).toBe('OrderProof_demo-shop_DS-1_2026-11-27_upload.zip');
    expect(fitted.seal.exportEntry.details).toMatchObject({ fitTo: 'generic' });
    const entries = unzipSync(new Uint8Array(await plain.blob.arrayBuffer()));
    expect(plain.bytes).toBe(plain.blob.size);
    expect(plain.files).toBe(Object.keys(entries).length);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as { audit: { head: string } };
    expect(plain.head).toBe(manifest.audit.head);
  });

  it('writes the pack in the language chosen in settings when the caller does not name one', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    await writeSettings(db, { language: 'zh_CN' });
    const pack = await exportCase(db, c.id, undefined, base);
    expect(pack.lang).toBe('zh');
    expect(pack.seal.exportEntry.details.language).toBe('zh');
    const report = new TextDecoder().decode(unzipSync(new Uint8Array(await pack.blob.arrayBuffer()))['report.html']);
    expect(report).toContain('lang="zh-CN"');
  });

  it('marks a masked copy in its name and entry, and keeps its salt for the library only', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    const pack = await exportCase(db, c.id, { masked: true }, { ...base, lang: 'en' });
    expect(pack.filename).toMatch(/_masked\.zip$/);
    expect(pack.seal.salt).toMatch(/^[0-9a-f]{64}$/);
    const logged = await recordExport(db, pack.seal);
    expect(logged.details).toMatchObject({ redacted: true, masked: true, salt: pack.seal.salt, packHead: pack.head });
    expect(await exportsIn(db, c.id)).toHaveLength(1);
  });

  it('refuses an unknown case and a malformed choice, and logs nothing for either', async () => {
    const db = freshDb();
    const { c } = await caseWithScreenshot(db);
    const before = await auditLog(db, c.id);
    await expect(exportCase(db, 'no-such-case', undefined, { ...base, lang: 'en' })).rejects.toThrow(/No case/);
    // A choice from a message is checked before anything is built (a masked build logs its 'redact' entry first).
    await expect(
      exportCase(db, c.id, { masked: true, fitTo: { preset: '' } }, { ...base, lang: 'en' }),
    ).rejects.toThrow();
    expect(await auditLog(db, c.id)).toEqual(before);
  });
});
