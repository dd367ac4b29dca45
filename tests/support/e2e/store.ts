import { idb, type Evaluates } from './idb';

/** The stored shapes the tests look at (the raw records, not our types: the tests read what is there). */
export interface StoredEvidence {
  id: string;
  caseId: string;
  kind: string;
  title: string;
  sourceUrl: string;
  capturedAt: number;
  files: { name: string; mime: string; size: number; sha256: string }[];
  order?: { orderId?: string; items: { title?: string }[]; amounts: { total?: { amount: number; currency: string } } };
  capture: { health: string[]; viewport?: { width: number; height: number } };
}

export interface Store {
  cases: { id: string; title: string; orderRef?: string; platform: string }[];
  evidence: StoredEvidence[];
  audit: { caseId: string; action: string }[];
}

/** Reads the extension's cases, evidence and log from any extension page; all empty before the database exists. */
export async function readStore(page: Evaluates): Promise<Store> {
  const exists = await page.evaluate(`indexedDB.databases().then((dbs) => dbs.some((d) => d.name === 'orderproof'))`);
  if (!exists) return { cases: [], evidence: [], audit: [] };
  return idb(page, async (_db, _arg, { all }) => {
    const [cases, evidence, audit] = await Promise.all([all('cases'), all('evidence'), all('audit')]);
    return { cases, evidence, audit } as unknown as Store;
  });
}

/** A stored file's text, read straight from the database. */
export function readStoredText(page: Evaluates, sha256: string): Promise<string> {
  return idb(
    page,
    async (db, key, { req }) =>
      (await req<{ data: Blob }>(db.transaction('blobs').objectStore('blobs').get(key))).data.text(),
    sha256,
  );
}

/**
 * A stored image decoded in the browser: its size, its SHA-256 as the browser computes it, the RGBA of a few pixels,
 * and for a PNG its IHDR colour type (2 RGB, 6 RGBA: report.pdf takes RGB as it is and re-encodes RGBA).
 */
export function decodeStoredImage(
  page: Evaluates,
  sha256: string,
  points: [number, number][] = [],
): Promise<{ width: number; height: number; sha256: string; pixels: number[][]; pngColorType?: number }> {
  return idb(
    page,
    async (db, { key, pts }, { req }) => {
      const { data } = await req<{ data: Blob }>(db.transaction('blobs').objectStore('blobs').get(key));
      const bitmap = await createImageBitmap(data);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const bytes = new Uint8Array(await data.arrayBuffer());
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
      return {
        ...(png ? { pngColorType: bytes[25] } : {}),
        width: bitmap.width,
        height: bitmap.height,
        sha256: [...digest].map((b) => b.toString(16).padStart(2, '0')).join(''),
        pixels: pts.map(([x, y]) => [...ctx.getImageData(x, y, 1, 1).data]),
      };
    },
    { key: sha256, pts: points },
  );
}

/** The keys of the settings store, where capture and chat journals keep their rows (reading does not wake the background). */
export function settingKeys(page: Evaluates): Promise<string[]> {
  return idb(page, async (db, _arg, { req }) =>
    (await req(db.transaction('settings').objectStore('settings').getAllKeys())).map(String),
  );
}

/** Writes one row of the settings store directly, as the extension's own settings code would. */
export async function setSetting(page: Evaluates, key: string, value: unknown): Promise<void> {
  await idb(
    page,
    async (db, row, { done }) => {
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put(row);
      await done(tx);
    },
    { key, value },
  );
}
