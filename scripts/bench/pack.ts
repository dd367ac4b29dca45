// Evidence pack benchmark in real Chromium: a case of 200 screenshots (~100 MB of incompressible
// bytes) exported through the real path (the background, the offscreen document, the downloads API)
// and imported into a fresh profile through the library page. Prints figures beside their targets.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sealEntry } from '../../utils/audit/chain';
import { ZERO_HASH } from '../../utils/hash';
import type { AuditEntry } from '../../utils/schemas/records';
import { launch, type Session } from '../../tests/support/e2e/chromium';
import { info, line, shaSpeedInPage } from './report';

const SHOTS = 200;
const SHOT_BYTES = 500 * 1024;
const CASE_ID = 'bench-pack-case-0001';
const MB = 1024 * 1024;

/** Resident memory of a process and all its children (Chromium's browser, GPU, renderers), from /proc. */
export function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(rss ?? 0) * 1024;
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** The browser process of this session: the one started with this profile folder. */
export function browserPid(s: Session): number {
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (cmd.includes(`--user-data-dir=${s.profile}`) && !cmd.includes('--type=')) return Number(d);
    } catch {
      // Gone.
    }
  }
  throw new Error('the browser process of this session was not found');
}

/** Samples a process tree's memory every 25 ms until stopped; returns the peak. */
export function sampleRss(pid: number): { stop: () => number } {
  let peak = treeRss(pid);
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), 25);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, treeRss(pid));
    },
  };
}

export async function runPackBench(): Promise<void> {
  console.log('\nEvidence packs (issues 7 and 17)');
  const s = await launch();
  let packPath = '';
  let packBytes = 0;
  let shaSpeed = 0;
  try {
    // tsx keeps function names with a `__name` helper that does not exist inside the page.
    await s.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await s.context.newPage();
    await page.goto(s.extensionUrl('library.html'));

    shaSpeed = await page.evaluate(shaSpeedInPage);

    // Screenshot-sized blobs of random bytes (they do not compress, like real PNGs), written straight
    // into IndexedDB as the extension stores them; the page returns their hashes.
    const hashes = await page.evaluate(
      async ({ shots, size }) => {
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const req = indexedDB.open('orderproof');
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
        const out: string[] = [];
        for (let i = 0; i < shots; i++) {
          const bytes = new Uint8Array(size);
          for (let at = 0; at < size; at += 65536) crypto.getRandomValues(bytes.subarray(at, at + 65536));
          bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
          const sha256 = hex(await crypto.subtle.digest('SHA-256', bytes));
          const tx = db.transaction('blobs', 'readwrite');
          tx.objectStore('blobs').put({
            sha256,
            size,
            mime: 'image/png',
            data: new Blob([bytes], { type: 'image/png' }),
          });
          await new Promise((ok, fail) => {
            tx.oncomplete = ok;
            tx.onerror = () => fail(tx.error);
          });
          out.push(sha256);
        }
        db.close();
        return out;
      },
      { shots: SHOTS, size: SHOT_BYTES },
    );

    // The records and a valid audit chain, sealed here with the extension's own chain code, so the
    // pack verifies and imports like any other.
    const t0 = 1_760_000_000_000;
    const meta = { method: 'bench', browser: 'Chromium', extensionVersion: '0.0.0', utcOffsetMinutes: 0, health: [] };
    const kase = {
      id: CASE_ID,
      platform: 'demo-shop',
      role: 'buyer',
      title: 'Bench: 200 screenshots',
      orderRef: 'BENCH-PACK-1',
      status: 'open',
      createdAt: t0,
      updatedAt: t0,
      dates: {},
      tags: [],
    };
    const evidence = hashes.map((sha256, i) => ({
      id: `bench-ev-${String(i).padStart(4, '0')}`,
      caseId: CASE_ID,
      kind: 'screenshot',
      title: `Screenshot ${i + 1}`,
      capturedAt: t0 + i + 1,
      capture: meta,
      files: [{ name: 'screenshot.png', mime: 'image/png', size: SHOT_BYTES, sha256 }],
    }));
    const audit: AuditEntry[] = [];
    const append = (action: AuditEntry['action'], details: Record<string, unknown>, at: number, evidenceId?: string) =>
      audit.push(
        sealEntry({
          seq: audit.length,
          caseId: CASE_ID,
          at,
          action,
          ...(evidenceId ? { evidenceId } : {}),
          details,
          prevHash: audit.at(-1)?.hash ?? ZERO_HASH,
        }),
      );
    append('create', { title: kase.title, platform: kase.platform, orderRef: kase.orderRef }, t0);
    for (const e of evidence)
      append(
        'attach',
        { kind: e.kind, title: e.title, files: e.files.map((f) => ({ name: f.name, sha256: f.sha256, size: f.size })) },
        e.capturedAt,
        e.id,
      );
    await page.evaluate(
      async ({ kase, evidence, audit }) => {
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const req = indexedDB.open('orderproof');
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        const tx = db.transaction(['cases', 'evidence', 'audit', 'search'], 'readwrite');
        tx.objectStore('cases').put(kase);
        tx.objectStore('search').put({ caseId: kase.id, text: kase.title.toLowerCase() });
        for (const e of evidence) tx.objectStore('evidence').put(e);
        for (const a of audit) tx.objectStore('audit').put(a);
        await new Promise((ok, fail) => {
          tx.oncomplete = ok;
          tx.onerror = () => fail(tx.error);
        });
        db.close();
      },
      { kase, evidence, audit },
    );

    const pid = browserPid(s);
    await page.waitForTimeout(500);
    const baseline = treeRss(pid);
    const rss = sampleRss(pid);
    const started = Date.now();
    const reply = await page.evaluate(
      (caseId) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ type: 'bg.export.case', caseId }),
      CASE_ID,
    );
    const data = (reply as { ok: boolean; data?: { filename: string; bytes: number }; error?: string }).data;
    if (!data) throw new Error(`export failed: ${JSON.stringify(reply)}`);
    const builtSeconds = (Date.now() - started) / 1000;
    packPath = join(s.downloads, 'OrderProof', data.filename);
    while (!(existsSync(packPath) && statSync(packPath).size === data.bytes))
      await new Promise((r) => setTimeout(r, 10));
    const exportSeconds = (Date.now() - started) / 1000;
    const peak = rss.stop();
    packBytes = data.bytes;
    const packMb = packBytes / MB;
    line(`export ${SHOTS} screenshots (${packMb.toFixed(0)} MB) to downloads`, exportSeconds, 's', 1, {
      mb: packMb,
      mbPerS: shaSpeed,
    });
    line('peak extra memory of all Chromium processes / pack size', (peak - baseline) / packBytes, 'x', 2);
    info(
      'export throughput',
      `${(packMb / exportSeconds).toFixed(0)} MB/s (WebCrypto SHA-256 here: ${shaSpeed.toFixed(0)} MB/s)`,
    );
    info(
      'of which: pack built and handed to downloads',
      `${builtSeconds.toFixed(2)} s (the first export also starts the offscreen document)`,
    );
    info('memory', `baseline ${(baseline / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB`);
  } finally {
    await s.close();
  }

  // Import into a fresh profile through the library page, as a user would.
  const fresh = await launch();
  try {
    const lib = await fresh.context.newPage();
    await lib.goto(fresh.extensionUrl('library.html'));
    await lib.getByTestId('open-settings').click();
    await lib.getByTestId('import-pack').waitFor();
    await lib.evaluate(() => {
      const w = window as unknown as { __picked?: number; __done?: number };
      document
        .querySelector('[data-testid="import-pack"]')!
        .addEventListener('change', () => (w.__picked = performance.now()), { capture: true });
      new MutationObserver(() => {
        const state = document.querySelector('[data-testid="transfer-status"]')?.getAttribute('data-state');
        if ((state === 'ok' || state === 'error') && !w.__done) w.__done = performance.now();
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await lib.getByTestId('import-pack').setInputFiles(packPath);
    await lib.waitForFunction(() => (window as unknown as { __done?: number }).__done, undefined, {
      timeout: 120_000,
      polling: 50,
    });
    const status = await lib.getByTestId('transfer-status').getAttribute('data-state');
    const ms = await lib.evaluate(() => {
      const w = window as unknown as { __picked: number; __done: number };
      return w.__done - w.__picked;
    });
    if (status !== 'ok') throw new Error(`import refused: ${await lib.getByTestId('transfer-status').textContent()}`);
    line(`import the same pack (verify every file and entry, write)`, ms / 1000, 's', 1, {
      mb: packBytes / MB,
      mbPerS: shaSpeed,
    });
    info('import throughput', `${(packBytes / MB / (ms / 1000)).toFixed(0)} MB/s`);
  } finally {
    await fresh.close();
  }
}
