import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface StoredEvidence {
  id: string;
  caseId: string;
  kind: string;
  title: string;
  files: { name: string; mime: string; size: number; sha256: string }[];
  order?: { orderId?: string; items: { title?: string }[]; amounts: { total?: { amount: number; currency: string } } };
  capture: { health: string[]; viewport?: { width: number; height: number } };
}

/** Reads the extension's database the way any extension page can, without going through our code. */
export async function readStore(extensionPage: Page): Promise<{ cases: { id: string; title: string; orderRef?: string; platform: string }[]; evidence: StoredEvidence[]; audit: { caseId: string; action: string }[] }> {
  return extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('orderproof');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((ok, fail) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => ok(req.result as unknown[]);
        req.onerror = () => fail(req.error);
      });
    const [cases, evidence, audit] = await Promise.all([all('cases'), all('evidence'), all('audit')]);
    db.close();
    return { cases, evidence, audit } as never;
  });
}

/** Decodes a stored image in the browser and returns its size and SHA-256 as the browser computes them. */
export async function decodeStoredImage(extensionPage: Page, sha256: string): Promise<{ width: number; height: number; sha256: string }> {
  return extensionPage.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('orderproof');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const rec = await new Promise<{ data: Blob }>((ok, fail) => {
      const req = db.transaction('blobs').objectStore('blobs').get(key);
      req.onsuccess = () => ok(req.result as { data: Blob });
      req.onerror = () => fail(req.error);
    });
    db.close();
    const bitmap = await createImageBitmap(rec.data);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await rec.data.arrayBuffer()));
    return { width: bitmap.width, height: bitmap.height, sha256: [...digest].map((b) => b.toString(16).padStart(2, '0')).join('') };
  }, sha256);
}

/** A stored file's text, read straight from the extension's database. */
export async function readStoredText(extensionPage: Page, sha256: string): Promise<string> {
  return extensionPage.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('orderproof');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const rec = await new Promise<{ data: Blob }>((ok, fail) => {
      const req = db.transaction('blobs').objectStore('blobs').get(key);
      req.onsuccess = () => ok(req.result as { data: Blob });
      req.onerror = () => fail(req.error);
    });
    db.close();
    return rec.data.text();
  }, sha256);
}

export function waitForFile(folder: string, match: RegExp): Promise<string> {
  let found = '';
  return expect
    .poll(
      () => {
        // A download in progress is a .crdownload file; the final name appears only once it is complete.
        found = existsSync(folder) ? (readdirSync(folder).find((f) => match.test(f)) ?? '') : '';
        return found;
      },
      { timeout: 30_000 },
    )
    .not.toBe('')
    .then(() => join(folder, found));
}
