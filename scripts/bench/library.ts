// Library benchmarks in real Chromium: first render and search with 10,000 evidence items over 1,000
// cases; adding evidence (a 500 MB video, a note to a case of 5,000 items). Prints figures beside their targets.
import { mkdtempSync, openSync, closeSync, writeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../../tests/support/e2e/chromium';
import { browserPid, sampleRss, treeCpuSeconds, treeRss } from './pack';
import { info, line, shaSpeedInPage } from './report';

const CASES = 1000;
const PER_CASE = 10;

export async function runLibraryBench(): Promise<void> {
  console.log('\nLibrary (issue 8)');
  const s = await launch();
  try {
    // tsx keeps function names with a `__name` helper that does not exist inside the page.
    await s.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await s.context.newPage();
    await page.goto(s.extensionUrl('library.html'));
    await page
      .getByTestId('library-cases')
      .waitFor({ state: 'attached' })
      .catch(() => undefined);
    // Seed through IndexedDB directly: valid records in the current schema, as the extension writes them.
    await page.evaluate(
      async ({ cases, perCase }) => {
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const req = indexedDB.open('orderproof');
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        const tx = db.transaction(['cases', 'evidence', 'search'], 'readwrite');
        const hex = (n: number) => n.toString(16).padStart(64, '0');
        for (let c = 0; c < cases; c++) {
          const id = `bench-case-${String(c).padStart(6, '0')}`;
          const title = `Order BENCH-${c} ${c % 7 === 0 ? '陶瓷保温杯' : 'linen runner'} #${c}`;
          tx.objectStore('cases').put({
            id,
            platform: ['amazon', 'taobao', 'ebay', 'jd'][c % 4],
            role: 'buyer',
            title,
            orderRef: `BENCH-${c}`,
            status: 'open',
            createdAt: 1_700_000_000_000 + c,
            updatedAt: 1_700_000_000_000 + c,
            dates: {},
            tags: [],
          });
          tx.objectStore('search').put({
            caseId: id,
            text: `${title}\nbench-${c}\nseller ${c % 50}\n${'chat line about delivery and refund '.repeat(20)}`.toLowerCase(),
          });
          for (let e = 0; e < perCase; e++) {
            tx.objectStore('evidence').put({
              id: `${id}-ev-${e}`,
              caseId: id,
              kind: 'note',
              title: `note ${e}`,
              capturedAt: 1_700_000_000_000 + e,
              capture: { method: 'bench', browser: 'bench', extensionVersion: '0', utcOffsetMinutes: 0, health: [] },
              files: [{ name: 'n.txt', mime: 'text/plain', size: 1, sha256: hex(c * perCase + e) }],
              text: 'x',
            });
          }
        }
        await new Promise((ok, fail) => {
          tx.oncomplete = ok;
          tx.onerror = () => fail(tx.error);
        });
        db.close();
      },
      { cases: CASES, perCase: PER_CASE },
    );

    const renders: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(s.extensionUrl(`library.html?run=${i}`));
      await page.getByTestId('library-case').first().waitFor();
      renders.push(await page.evaluate(() => performance.now()));
    }
    renders.sort((a, b) => a - b);
    line('first render, 1,000 cases / 10,000 items (median)', renders[2]!, 'ms', 300);

    const searches: number[] = [];
    for (const q of ['陶瓷保温杯', 'bench-999', 'seller 7 refund']) {
      await page.getByTestId('search').fill('');
      await page.waitForTimeout(200);
      searches.push(
        await page.evaluate(async (query) => {
          const input = document.querySelector<HTMLInputElement>('[data-testid="search"]')!;
          const before = document.querySelectorAll('[data-testid="library-case"]').length;
          const start = performance.now();
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
          setter.call(input, query);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise<void>((done) => {
            const check = () =>
              document.querySelectorAll('[data-testid="library-case"]').length !== before
                ? done()
                : requestAnimationFrame(check);
            check();
          });
          return performance.now() - start;
        }, q),
      );
    }
    searches.sort((a, b) => a - b);
    line('search results (median of 3 queries)', searches[1]!, 'ms', 100);
  } finally {
    await s.close();
  }
}

/**
 * What adding evidence costs (issue 17): a 500 MB video hashed and stored (time, memory, the page's longest
 * frame meanwhile), and one note added to a case of 5,000 items. A bench of its own (`npm run bench -- add`),
 * so it can be run without seeding the 10,000-item library.
 */
export async function runAddBench(): Promise<void> {
  console.log('\nAdding evidence (issue 17)');
  const s = await launch();
  try {
    await s.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await s.context.newPage();
    await page.goto(s.extensionUrl('library.html'));
    // BENCH_NOTE_ONLY=1: the note into 5,000 items alone, for comparing runs back to back.
    if (process.env.BENCH_NOTE_ONLY) {
      const ms = await addToBigCase(page, s.extensionUrl('library.html'));
      return line('adding one item to a case with 5,000 items', ms, 'ms', 50);
    }
    // A 500 MB "video" on disk, added through the file input while frames are watched.
    const dir = mkdtempSync(join(tmpdir(), 'orderproof-bench-'));
    const video = join(dir, 'unboxing.mp4');
    const fd = openSync(video, 'w');
    const chunk = Buffer.alloc(16 * 1024 * 1024);
    for (let i = 0; i < chunk.length; i += 4) chunk.writeUInt32LE((i * 2654435761) >>> 0, i);
    for (let i = 0; i < 32; i++) writeSync(fd, chunk);
    closeSync(fd);
    await seedCase(page, 'bench-video-case');
    await page.goto(s.extensionUrl('library.html#case=bench-video-case'));
    await page.getByTestId('add-files').waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __during: string[] };
      w.__frames = [];
      w.__during = [];
      let last = performance.now();
      // Frames count from the moment OrderProof has the file (the progress line appears): handing a
      // 500 MB file to the input is the test driver's work, not the page's.
      const tick = (now: number) => {
        const progress = document.querySelector('[data-testid="add-progress"]');
        if (progress) {
          w.__frames.push(now - last);
          w.__during.push(progress.textContent ?? '');
        }
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const shaSpeed = await page.evaluate(shaSpeedInPage);
    const pid = browserPid(s);
    const baseline = treeRss(pid);
    const rss = sampleRss(pid);
    const cpuBefore = treeCpuSeconds(pid);
    const started = Date.now();
    await page.getByTestId('add-files').setInputFiles(video);
    await page.waitForFunction(
      () => /Added|已添加/.test(document.querySelector('[data-testid="add-progress"]')?.textContent ?? ''),
      undefined,
      { timeout: 300_000 },
    );
    const seconds = (Date.now() - started) / 1000;
    const cpuSeconds = treeCpuSeconds(pid) - cpuBefore;
    const { worst, longest } = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __during: string[] };
      const top = w.__frames
        .map((ms, i) => ({ ms, i }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3);
      return {
        worst: top[0]?.ms ?? 0,
        // Where the longest frames fell: frame number of all, and the progress line they ended on.
        longest: top.map((f) => `${f.ms.toFixed(0)} ms (frame ${f.i} of ${w.__frames.length}, "${w.__during[f.i]}")`),
      };
    });
    const peak = rss.stop();
    line('longest frame while adding a 500 MB video', worst, 'ms', 50);
    info('  the longest three', longest.join('; '));
    line('a 500 MB video hashed and stored', seconds, 's', 4, { mb: 512, mbPerS: shaSpeed });
    line('peak extra memory of all Chromium processes meanwhile', (peak - baseline) / 1024 / 1024, 'MB', 300);
    console.log(`       (${(512 / seconds).toFixed(0)} MB/s; WebCrypto SHA-256 here: ${shaSpeed.toFixed(0)} MB/s)`);
    info('CPU time of all Chromium processes (less load-dependent)', `${cpuSeconds.toFixed(2)} s`);
    const stages = await page.evaluate(() =>
      performance.getEntriesByType('measure').map((m) => ({ name: m.name, duration: m.duration })),
    );
    for (const m of stages.filter((x) => x.name.startsWith('add:')))
      info(`  ${m.name.slice(4)}`, `${(m.duration / 1000).toFixed(2)} s`);
    rmSync(dir, { recursive: true, force: true });
    line(
      'adding one item to a case with 5,000 items',
      await addToBigCase(page, s.extensionUrl('library.html')),
      'ms',
      50,
    );
  } finally {
    await s.close();
  }
}

/** A case with no items, written straight into IndexedDB (with its search document). */
async function seedCase(page: import('playwright-core').Page, caseId: string): Promise<void> {
  await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('orderproof');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const tx = db.transaction(['cases', 'search'], 'readwrite');
    tx.objectStore('cases').put({
      id,
      platform: 'taobao',
      role: 'buyer',
      title: 'Unboxing',
      orderRef: 'VIDEO-1',
      status: 'open',
      createdAt: 1_800_000_000_000,
      updatedAt: 1_800_000_000_000,
      dates: {},
      tags: [],
    });
    tx.objectStore('search').put({ caseId: id, text: 'unboxing' });
    await new Promise((ok, fail) => {
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, caseId);
}

/** Seeds a case of 5,000 items, opens it, and times one note added through the library's form (click to stored). */
async function addToBigCase(page: import('playwright-core').Page, url: string): Promise<number> {
  const id = 'bench-big-case';
  await page.evaluate(async (caseId) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('orderproof');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const tx = db.transaction(['cases', 'evidence', 'search'], 'readwrite');
    const hex = (n: number) => n.toString(16).padStart(64, '0');
    tx.objectStore('cases').put({
      id: caseId,
      platform: 'taobao',
      role: 'buyer',
      title: 'Big case',
      orderRef: 'BIG-1',
      status: 'open',
      createdAt: 1_800_000_000_000,
      updatedAt: 1_800_000_000_000,
      dates: {},
      tags: [],
    });
    tx.objectStore('search').put({ caseId, text: 'big case' });
    for (let e = 0; e < 5000; e++) {
      tx.objectStore('evidence').put({
        id: `${caseId}-ev-${e}`,
        caseId,
        kind: 'note',
        title: `note ${e}`,
        capturedAt: 1_700_000_000_000 + e,
        capture: { method: 'bench', browser: 'bench', extensionVersion: '0', utcOffsetMinutes: 0, health: [] },
        files: [{ name: 'n.txt', mime: 'text/plain', size: 1, sha256: hex(e) }],
        text: `chat line ${e} about the parcel`,
      });
    }
    await new Promise((ok, fail) => {
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, id);
  // A fresh document: from a page already on library.html, a change of #case alone would not reload it.
  await page.goto('about:blank');
  await page.goto(`${url}#case=${id}`);
  const note = page.locator('.note-form textarea');
  await note.waitFor({ timeout: 180_000 }); // opening 5,000 items is not what is timed
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    // Filled only once the page has settled after opening the case (slow on a loaded machine; not timed).
    await note.fill(`bench note ${i}`, { timeout: 180_000 });
    times.push(
      await page.evaluate(async () => {
        const area = document.querySelector<HTMLTextAreaElement>('.note-form textarea')!;
        const start = performance.now();
        document.querySelector<HTMLButtonElement>('.note-form button')!.click();
        await new Promise<void>((done) => {
          const check = () => (area.value === '' ? done() : requestAnimationFrame(check));
          check();
        });
        return performance.now() - start;
      }),
    );
  }
  // The store's own part (addEvidence: room check, hash, one transaction, stamp queue), from its User Timing measures.
  const stages = await page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('add:'))
      .map((m) => [m.name.slice(4), m.duration] as const),
  );
  const stored = stages.reduce((n, [, ms]) => n + ms, 0);
  info(
    '  of which addEvidence (the last add)',
    `${stored.toFixed(1)} ms (${stages.map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')}); the rest is the page's update`,
  );
  return times.sort((a, b) => a - b)[1]!;
}
