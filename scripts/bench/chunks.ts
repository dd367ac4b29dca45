// Reading a Blob stored in IndexedDB slice by slice, in several slice sizes, in a real Chromium page:
// the export (pack-writer SLICE_BYTES) and hashing (hash.ts CHUNK) read big stored files this way, the
// next slice read while this one is used. Prints MB/s per size and which measured fastest.
import { launch } from '../../tests/support/e2e/chromium';
import { SLICE_BYTES } from '../../utils/export/pack-writer';
import { HASH_CHUNK_BYTES } from '../../utils/hash';
import { info } from './report';

const MB = 1024 * 1024;
const BLOB_MB = 64;
const SIZES = [256 * 1024, MB, 2 * MB, 4 * MB, 8 * MB, 16 * MB, 32 * MB];

export async function runChunkBench(): Promise<void> {
  console.log(`\nIndexedDB read slice size (issue 17): a ${BLOB_MB} MB stored Blob read in slices, best of 3`);
  const s = await launch();
  try {
    await s.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await s.context.newPage();
    await page.goto(s.extensionUrl('library.html'));
    const speeds = await page.evaluate(
      async ({ blobMb, sizes }) => {
        const open = () =>
          new Promise<IDBDatabase>((ok, fail) => {
            const req = indexedDB.open('orderproof');
            req.onsuccess = () => ok(req.result);
            req.onerror = () => fail(req.error);
          });
        const db = await open();
        const bytes = new Uint8Array(blobMb * 1024 * 1024);
        for (let at = 0; at < bytes.length; at += 65536) crypto.getRandomValues(bytes.subarray(at, at + 65536));
        const key = 'f'.repeat(64);
        const put = db.transaction('blobs', 'readwrite');
        put.objectStore('blobs').put({ sha256: key, size: bytes.length, mime: 'video/mp4', data: new Blob([bytes]) });
        await new Promise((ok, fail) => {
          put.oncomplete = ok;
          put.onerror = () => fail(put.error);
        });
        // A fresh read of the record each time, so no run reuses another's Blob.
        const stored = () =>
          new Promise<Blob>((ok, fail) => {
            const req = db.transaction('blobs').objectStore('blobs').get(key);
            req.onsuccess = () => ok((req.result as { data: Blob }).data);
            req.onerror = () => fail(req.error);
          });
        // Round robin, so a burst of load elsewhere on the machine hits every size alike.
        const best = sizes.map(() => Infinity);
        for (let run = 0; run < 3; run++)
          for (const [i, size] of sizes.entries()) {
            const blob = await stored();
            const start = performance.now();
            let next: Promise<ArrayBuffer> | undefined = blob.slice(0, size).arrayBuffer();
            for (let at = 0; next;) {
              const part = new Uint8Array(await next);
              at += part.byteLength;
              next = at < blob.size ? blob.slice(at, at + size).arrayBuffer() : undefined;
            }
            best[i] = Math.min(best[i]!, performance.now() - start);
          }
        const out = sizes.map((size, i): [number, number] => [size, (blobMb * 1000) / best[i]!]);
        const del = db.transaction('blobs', 'readwrite');
        del.objectStore('blobs').delete(key);
        await new Promise((ok) => (del.oncomplete = ok));
        db.close();
        return out;
      },
      { blobMb: BLOB_MB, sizes: SIZES },
    );
    const fastest = speeds.reduce((a, b) => (b[1] > a[1] ? b : a));
    const label = (n: number) => (n < MB ? `${n / 1024} KB` : `${n / MB} MB`);
    for (const [size, mbPerS] of speeds)
      info(`slices of ${label(size)}`, `${mbPerS.toFixed(0)} MB/s${size === fastest[0] ? '  (fastest)' : ''}`);
    info(
      'in use',
      `pack-writer SLICE_BYTES ${label(SLICE_BYTES)}, hash.ts HASH_CHUNK_BYTES ${label(HASH_CHUNK_BYTES)}` +
        ' (within 10 % of the fastest counts as a tie: noise)',
    );
  } finally {
    await s.close();
  }
}
