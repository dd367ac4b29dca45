import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPack } from '../../../utils/export/pack';
import { buildBackup } from '../../../utils/export/backup';
import { importPack } from '../../../utils/import/import-pack';
import { restoreBackup } from '../../../utils/import/restore-backup';
import { ImportRefused, refusalOf } from '../../../utils/import/refusal';
import { UnzipError } from '../../../utils/zip/safe-unzip';
import { caseWithScreenshot, freshDb, META } from '../../support/db';
import { addEvidence } from '../../../utils/db/store';

// The screens say a refusal by its kind, in the user's language: each kind must come from its own cause,
// or a changed pack would be told "not a pack" (or the reverse) in words the user trusts.

let pack: Uint8Array;
let masked: Uint8Array;

beforeAll(async () => {
  const db = freshDb();
  const { c } = await caseWithScreenshot(
    db,
    new Uint8Array(2048).map((_, i) => (i * 7) & 0xff),
  );
  // Text a masked copy masks: its copy of the note is not the original the log recorded.
  await addEvidence(db, {
    caseId: c.id,
    kind: 'note',
    title: 'note',
    capturedAt: Date.now() + 1,
    capture: META,
    files: [
      { name: 'note.txt', mime: 'text/plain', bytes: strToU8('call me at +86 138 0013 8000, buyer@example.com') },
    ],
  });
  pack = (await buildPack(db, c.id, { pdf: false })).bytes;
  masked = (await buildPack(db, c.id, { pdf: false, redact: { text: true } })).bytes;
});

async function kindOf(bytes: Uint8Array) {
  const r = await importPack(freshDb(), bytes, { worker: false });
  return r.ok ? 'imported' : r.kind;
}

describe('what kind of refusal an import gives', () => {
  it('a file that is no ZIP is unreadable', async () => {
    expect(await kindOf(strToU8('not a zip at all, just some text long enough to look for a directory'))).toBe(
      'unreadable',
    );
  });

  it('a ZIP without manifest.json is not a pack', async () => {
    expect(await kindOf(zipSync({ 'photo.png': new Uint8Array([1, 2, 3]) }))).toBe('notPack');
  });

  it('a backup given to import is not a pack (the screen points it to Restore backup)', async () => {
    const db = freshDb();
    await caseWithScreenshot(db);
    expect(await kindOf((await buildBackup(db)).bytes)).toBe('notPack');
  });

  it('a pack with one file changed is altered', async () => {
    const files = unzipSync(pack);
    const picture = Object.keys(files).find((p) => p.startsWith('evidence/'))!;
    files[picture] = files[picture]!.map((b, i) => (i === 100 ? b ^ 1 : b));
    expect(await kindOf(zipSync(files as Zippable))).toBe('altered');
  });

  it('a masked copy is masked', async () => {
    expect(await kindOf(masked)).toBe('masked');
  });

  it('a case the library already holds is already there', async () => {
    const db = freshDb();
    expect((await importPack(db, pack, { worker: false })).ok).toBe(true);
    const again = await importPack(db, pack, { worker: false });
    expect(again.ok ? 'imported' : again.kind).toBe('already');
  });

  it('a sound pack is imported', async () => {
    expect(await kindOf(pack)).toBe('imported');
  });
});

describe('what kind of refusal a restore gives', () => {
  it('a ZIP without backup.json is not a backup', async () => {
    const r = await restoreBackup(freshDb(), pack, { worker: false });
    expect(r.ok ? 'restored' : r.kind).toBe('notPack');
  });
});

describe('refusalOf', () => {
  it('keeps a refusal’s own kind, calls a damaged ZIP unreadable, a full disk no room, and the rest failed', () => {
    expect(refusalOf(new ImportRefused('x', 'masked')).kind).toBe('masked');
    expect(refusalOf(new UnzipError('bad')).kind).toBe('unreadable');
    const full = Object.assign(new Error('不够'), { name: 'StorageRefused' });
    expect(refusalOf(full)).toEqual({ kind: 'noRoom', reason: '不够' });
    expect(refusalOf(new TypeError('boom')).kind).toBe('failed');
  });
});
