import type { Page } from 'puppeteer-core';
import type { StoredEvidence } from '../e2e/read-store';

export interface Store {
  cases: { id: string; title: string; orderRef?: string; platform: string }[];
  evidence: (StoredEvidence & { sourceUrl: string })[];
  audit: { caseId: string; action: string }[];
}

/** Reads the extension's database the way any extension page can, without going through our code. */
export function readStore(ext: Page): Promise<Store> {
  return ext.evaluate(async () => {
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

/** Decodes a stored image in the browser: its size, and the RGBA of a few pixels. */
export function decodeStoredImage(ext: Page, sha256: string, points: [number, number][] = []): Promise<{ width: number; height: number; pixels: number[][] }> {
  return ext.evaluate(
    async (key, pts) => {
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
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const pixels = pts.map(([x, y]) => [...ctx.getImageData(x, y, 1, 1).data]);
      return { width: bitmap.width, height: bitmap.height, pixels };
    },
    sha256,
    points,
  );
}

/** Sends a request the way the popup does, from an extension page. */
export function request<T = unknown>(ext: Page, message: object): Promise<{ ok: true; data: T } | { ok: false; error: string }> {
  return ext.evaluate((m) => (globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<never> } } }).browser.runtime.sendMessage(m), message);
}

/** A stored file's text, read straight from the extension's database. */
export function readStoredText(ext: Page, sha256: string): Promise<string> {
  return ext.evaluate(async (key) => {
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
