import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Dexie from 'dexie';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { OrderProofDB } from '../../../utils/db/database';
import { SCHEMA_VERSIONS } from '../../../utils/db/versions';
import { buildPack } from '../../../utils/export/pack';
import { verifyPack } from '../../../utils/export/verify';
import { installationKey, publicKeyPem, readInstallationKey } from '../../../utils/trust/installation-key';
import { caseWithScreenshot, freshDb } from '../../support/db';

const openssl = (args: string[]) => {
  try {
    return { code: 0, out: execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (err) {
    const e = err as { status: number; stdout: string };
    return { code: e.status, out: e.stdout };
  }
};

async function signedPack() {
  const db = freshDb();
  const { c } = await caseWithScreenshot(db);
  const pack = await buildPack(db, c.id, { pdf: false });
  return { db, c, pack, entries: unzipSync(pack.bytes) };
}

function unpack(entries: Record<string, Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'orderproof-sig-'));
  for (const name of ['manifest.json', 'manifest.json.sig', 'installation-key.pem'])
    writeFileSync(join(dir, name), entries[name]!);
  return dir;
}

describe('the installation key', () => {
  it('is made once, kept, and cannot be read out', async () => {
    const db = freshDb();
    expect(await readInstallationKey(db)).toBeUndefined();
    const [a, b] = await Promise.all([installationKey(db), installationKey(db)]);
    const again = await installationKey(db);
    expect(again.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set([a.fingerprint, b.fingerprint, again.fingerprint]).size).toBe(1);
    expect(again.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', again.privateKey)).rejects.toThrow();
    expect(await db.keys.count()).toBe(1);
  });

  it('is stored by a database upgraded from version 3, which keeps its records', async () => {
    const name = `trust-migrate-${Math.random()}`;
    const legacy = new Dexie(name);
    for (const v of SCHEMA_VERSIONS) if (v.version <= 3) legacy.version(v.version).stores(v.stores);
    await legacy.open();
    await legacy.table('settings').put({ key: 'app', value: { language: 'zh_TW' } });
    legacy.close();
    const db = new OrderProofDB(name);
    const key = await installationKey(db);
    expect((await db.settings.get('app'))?.value).toEqual({ language: 'zh_TW' });
    expect((await readInstallationKey(db))?.fingerprint).toBe(key.fingerprint);
    expect(await db.stamps.count()).toBe(0);
    db.close();
  });
});

describe('a signed pack', () => {
  it('carries the signature and key, verifies, and openssl accepts the signature', async () => {
    const { db, pack, entries } = await signedPack();
    const key = (await readInstallationKey(db))!;
    expect(pack.manifest.attestations?.installationKey?.fingerprint).toBe(key.fingerprint);
    expect(new TextDecoder().decode(entries['installation-key.pem'])).toBe(publicKeyPem(key.spki));
    const report = await verifyPack(pack.bytes);
    expect(report).toMatchObject({ ok: true, problems: [], trust: { signedBy: key.fingerprint } });
    const dir = unpack(entries);
    expect(
      openssl([
        'dgst',
        '-sha256',
        '-verify',
        join(dir, 'installation-key.pem'),
        '-signature',
        join(dir, 'manifest.json.sig'),
        join(dir, 'manifest.json'),
      ]),
    ).toMatchObject({ code: 0, out: 'Verified OK\n' });
    // The fingerprint the README tells people to compute by hand.
    const der = execFileSync('openssl', [
      'pkey',
      '-pubin',
      '-in',
      join(dir, 'installation-key.pem'),
      '-outform',
      'DER',
    ]);
    expect(execFileSync('sha256sum', { input: der, encoding: 'utf8' }).slice(0, 64)).toBe(key.fingerprint);
  });

  it('is caught when manifest.json changed after signing, by the verifier and by openssl', async () => {
    const { pack, entries } = await signedPack();
    const text = new TextDecoder().decode(entries['manifest.json']);
    const forged = {
      ...entries,
      'manifest.json': strToU8(text.replace('"generator": {', '"generator": {"forged": true, ')),
    };
    const report = await verifyPack(zipSync(forged));
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(
      /manifest\.json\.sig: the signature does not match manifest\.json under this key/,
    );
    const dir = unpack(forged);
    expect(
      openssl([
        'dgst',
        '-sha256',
        '-verify',
        join(dir, 'installation-key.pem'),
        '-signature',
        join(dir, 'manifest.json.sig'),
        join(dir, 'manifest.json'),
      ]).code,
    ).not.toBe(0);
    expect(pack.manifest.attestations?.installationKey).toBeDefined();
  });

  it("is caught when another installation's key is put beside it", async () => {
    const { entries } = await signedPack();
    const other = await installationKey(freshDb());
    const report = await verifyPack(zipSync({ ...entries, 'installation-key.pem': strToU8(publicKeyPem(other.spki)) }));
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(/manifest\.json\.sig: the signature does not match/);
  });

  it('is caught when the signature is removed but manifest.json still names the key', async () => {
    const { entries } = await signedPack();
    const { 'manifest.json.sig': _sig, ...rest } = entries;
    void _sig;
    const report = await verifyPack(zipSync(rest));
    expect(report.problems.join('\n')).toMatch(/manifest\.json\.sig is missing/);
  });

  it('from the same installation carries the same fingerprint; another installation, another one', async () => {
    const { db, c, pack } = await signedPack();
    const second = await buildPack(db, c.id, { pdf: false });
    expect(second.manifest.attestations?.installationKey?.fingerprint).toBe(
      pack.manifest.attestations?.installationKey?.fingerprint,
    );
    const elsewhere = await signedPack();
    expect(elsewhere.pack.manifest.attestations?.installationKey?.fingerprint).not.toBe(
      pack.manifest.attestations?.installationKey?.fingerprint,
    );
  });
});
