// Evidence pack benchmark in real Chromium: a case of 200 PNG screenshots (~100 MB, hardly
// compressible) exported through the real path (the background, the offscreen document, the downloads API)
// and imported into a fresh profile through the library page. Prints figures beside their targets.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { unzipSync } from 'fflate';
import { join } from 'node:path';
import { sealEntry } from '../../utils/audit/chain';
import { ZERO_HASH } from '../../utils/hash';
import { verifyPack } from '../../utils/export/verify';
import type { AuditEntry } from '../../utils/schemas/records';
import { launch, type Session } from '../../tests/support/e2e/chromium';
import { info, line, shaSpeedInPage } from './report';

const SHOTS = 200;
const SHOT_BYTES = 500 * 1024;
const CASE_ID = 'bench-pack-case-0001';
const MB = 1024 * 1024;

/** Every process's children, by parent pid, from /proc. */
function childrenByParent(): Map<number, number[]> {
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
  return children;
}

/** Resident memory of a process and all its children (Chromium's browser, GPU, renderers), from /proc. */
export function treeRss(rootPid: number): number {
  const children = childrenByParent();
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

/**
 * CPU seconds (user + system) a process tree has used so far, from /proc: a figure the machine's load
 * changes far less than wall time, for comparing runs on a shared machine.
 */
export function treeCpuSeconds(rootPid: number): number {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      children.set(Number(fields[1]), [...(children.get(Number(fields[1])) ?? []), Number(d)]);
      // utime and stime, fields 14 and 15 of stat (11 and 12 after the command name).
      ticks.set(Number(d), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += ticks.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  // Linux counts in USER_HZ, 100 per second.
  return total / 100;
}

/**
 * CPU seconds so far of each kind of process in a Chromium tree (browser, renderer, gpu-process, utility and
 * so on, by its --type= switch): which process an export's CPU time goes to.
 */
export function treeCpuByType(rootPid: number): Map<string, number> {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const fields = readFileSync(`/proc/${d}/stat`, 'utf8').split(') ').pop()!.split(' ');
      children.set(Number(fields[1]), [...(children.get(Number(fields[1])) ?? []), Number(d)]);
      ticks.set(Number(d), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while we looked.
    }
  }
  const out = new Map<string, number>();
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    let type = 'browser';
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      type = /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
      const sub = /--utility-sub-type=([\w.]+)/.exec(cmd)?.[1];
      if (sub) type += ` ${sub.split('.').slice(-1)[0]}`;
    } catch {
      // Gone.
    }
    out.set(type, (out.get(type) ?? 0) + (ticks.get(pid) ?? 0) / 100);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * CPU seconds so far of each thread of a Chromium tree, by process kind and thread name (the renderer's main
 * thread, a dedicated worker, the browser's IO thread, its thread pool…): which thread is the export's limit.
 */
export function treeCpuByThread(rootPid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [pid, type] of treeProcessTypes(rootPid)) {
    let tids: string[] = [];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/[\d:/-]+$/, '');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const key = `${type}/${name}`;
        out.set(key, (out.get(key) ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100);
      } catch {
        // The thread ended while we looked.
      }
    }
  }
  return out;
}

/** Each process of a tree and its kind (its --type= switch, or browser). */
function treeProcessTypes(rootPid: number): Map<number, string> {
  const children = childrenByParent();
  const out = new Map<number, string>();
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      out.set(pid, /--type=([\w-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? 'browser');
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Each process kind's CPU seconds between two readings, biggest first. */
function cpuByTypeText(before: Map<string, number>, after: Map<string, number>): string {
  return [...after]
    .map(([type, s]) => [type, s - (before.get(type) ?? 0)] as const)
    .filter(([, s]) => s >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([type, s]) => `${type} ${s.toFixed(2)}`)
    .join(', ');
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

type Measure = { name: string; duration: number; startTime?: number };

/** A DevTools session with the offscreen document (a target of its own, reached through a page's session). */
async function offscreenSession(s: Session, page: import('playwright-core').Page) {
  const cdp = await s.context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
  const target = targetInfos.find((t) => t.url.endsWith('/offscreen.html'));
  if (!target) throw new Error('no offscreen document');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const waiting = new Map<number, (result: unknown) => void>();
  const events: ((method: string, params: Record<string, unknown>) => void)[] = [];
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; result?: unknown; method?: string; params?: object };
    if (m.id !== undefined) waiting.get(m.id)?.(m.result);
    else if (m.method) for (const on of events) on(m.method, (m.params ?? {}) as Record<string, unknown>);
  });
  let id = 0;
  const send = async (method: string, params: object = {}): Promise<unknown> => {
    const mine = ++id;
    const result = new Promise<unknown>((resolve) => waiting.set(mine, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: mine, method, params }) });
    return result;
  };
  return { send, onEvent: (on: (typeof events)[number]) => events.push(on), close: () => cdp.detach() };
}

/**
 * A CPU profiler in the offscreen document's report worker (a target reached through the document's own
 * session): BENCH_PROFILE=1 prints the worker's hottest functions too.
 */
async function reportWorkerProfiler(doc: Awaited<ReturnType<typeof offscreenSession>>) {
  let workerSession: string | undefined;
  const attached = new Promise<string>((resolve) =>
    doc.onEvent((method, params) => {
      const info = params.targetInfo as { type?: string; url?: string } | undefined;
      if (method === 'Target.attachedToTarget' && info?.type === 'worker' && info.url?.includes('report-worker'))
        resolve((workerSession = params.sessionId as string));
    }),
  );
  const waiting = new Map<number, (result: unknown) => void>();
  doc.onEvent((method, params) => {
    if (method !== 'Target.receivedMessageFromTarget' || params.sessionId !== workerSession) return;
    const m = JSON.parse(params.message as string) as { id?: number; result?: unknown };
    if (m.id !== undefined) waiting.get(m.id)?.(m.result);
  });
  await doc.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const sessionId = await Promise.race([attached, new Promise<string>((r) => setTimeout(() => r(''), 10_000))]);
  if (!sessionId) return undefined;
  let id = 0;
  const send = async (method: string, params: object = {}): Promise<unknown> => {
    const mine = ++id;
    const result = new Promise<unknown>((resolve) => waiting.set(mine, resolve));
    await doc.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: mine, method, params }) });
    return result;
  };
  return { send };
}

/** The offscreen document's User Timing measures (pack stages, utils/stage-time.ts). */
async function offscreenMeasures(
  s: Session,
  page: import('playwright-core').Page,
): Promise<{
  measures: Measure[];
  timeOrigin: number;
  scriptRan?: number;
  evalStart?: number;
  htmlParsed?: number;
}> {
  const session = await offscreenSession(s, page);
  try {
    const expression = `JSON.stringify({ timeOrigin: performance.timeOrigin, scriptRan: performance.getEntriesByName('offscreen:script', 'mark')[0]?.startTime, evalStart: performance.getEntriesByName('offscreen:eval-start', 'mark')[0]?.startTime, htmlParsed: performance.getEntriesByType('navigation')[0]?.domInteractive, measures: performance.getEntriesByType('measure').map(m => ({ name: m.name, duration: m.duration, startTime: m.startTime })) })`;
    const reply = (await session.send('Runtime.evaluate', { expression, returnByValue: true })) as {
      result?: { value?: string };
    };
    return JSON.parse(reply.result?.value ?? '{"measures":[],"timeOrigin":0}') as {
      measures: Measure[];
      timeOrigin: number;
      scriptRan?: number;
      evalStart?: number;
      htmlParsed?: number;
    };
  } finally {
    await session.close();
  }
}

type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
};

/** The functions a CPU profile spent most of its own time in (BENCH_PROFILE=1 turns profiling on). */
function printHotFunctions(profile: CpuProfile, top = 15): void {
  const self = new Map<number, number>();
  profile.samples.forEach((node, i) => self.set(node, (self.get(node) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byName = new Map<string, number>();
  let total = 0;
  for (const n of profile.nodes) {
    const us = self.get(n.id) ?? 0;
    total += us;
    const f = n.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}`;
    byName.set(name, (byName.get(name) ?? 0) + us);
  }
  for (const [name, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, top))
    info(`  ${name.slice(0, 50)}`, `${(us / 1e6).toFixed(2)} s (${((100 * us) / total).toFixed(0)} %)`);
}

/**
 * One info line per stage, in the order they ran, each with its share of the whole and, given the time the
 * whole began on the same timeline, when the stage ended (a sum of many spans ends where its last one did).
 */
function printStages(measures: Measure[], prefix: string, totalMs: number, origin?: number): void {
  for (const m of measures.filter((x) => x.name.startsWith(prefix)))
    info(
      `  ${m.name.slice(prefix.length)}`,
      `${(m.duration / 1000).toFixed(2)} s (${((100 * m.duration) / totalMs).toFixed(0)} %)${
        origin === undefined || m.startTime === undefined
          ? ''
          : `, ends at ${((m.startTime + m.duration - origin) / 1000).toFixed(2)} s`
      }`,
    );
}

/** report.pdf's size and pictures (as poppler lists them): what the export spent its PDF time on. */
function reportPdfFigures(packPath: string): string {
  const pdf = unzipSync(readFileSync(packPath), { filter: (f) => f.name === 'report.pdf' })['report.pdf'];
  if (!pdf) return 'not in the pack';
  const dir = mkdtempSync(join(tmpdir(), 'orderproof-bench-pdf-'));
  try {
    writeFileSync(join(dir, 'r.pdf'), pdf);
    const list = execFileSync('pdfimages', ['-list', join(dir, 'r.pdf')], { encoding: 'utf8' });
    // One row per time a picture is drawn (thumbnail and full size): count each image object once.
    const images = new Map<string, string>();
    for (const row of list
      .split('\n')
      .slice(2)
      .filter((l) => / image /.test(l))) {
      const cols = row.trim().split(/\s+/);
      images.set(cols[10] ?? '', cols[8] ?? '?');
    }
    const encodings = [...images.values()].reduce<Record<string, number>>((n, e) => {
      n[e] = (n[e] ?? 0) + 1;
      return n;
    }, {});
    return `${(pdf.length / MB).toFixed(1)} MB, ${images.size} pictures (${Object.entries(encodings)
      .map(([e, n]) => `${n} ${e === 'image' ? 'PNG pixels as they were (Flate)' : e}`)
      .join(', ')}; images up to 32 MB of originals go in)`;
  } catch (err) {
    return `${(pdf.length / MB).toFixed(1)} MB (pdfimages: ${String(err)})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every file the pack lists checked by `sha256sum -c`, as a recipient would: "OK" or its complaint. */
function sha256sumCheck(packPath: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'orderproof-bench-sums-'));
  try {
    execFileSync('unzip', ['-q', packPath, '-d', dir]);
    const out = execFileSync('sha256sum', ['--quiet', '-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    const listed = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').trim().split('\n').length;
    return out.trim() ? out.trim() : `OK (${listed} files)`;
  } catch (err) {
    return `FAILED: ${String(err).slice(0, 300)}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Times one library-page transfer (import, backup, restore) from the click or file choice to its status. */
async function timeTransfer(lib: import('playwright-core').Page, start: () => Promise<void>): Promise<number> {
  await lib.evaluate(() => {
    const w = window as unknown as { __started?: number; __done?: number };
    w.__started = undefined;
    w.__done = undefined;
    const mark = () => (w.__started ??= performance.now());
    for (const id of ['import-pack', 'restore-backup'])
      document.querySelector(`[data-testid="${id}"]`)?.addEventListener('change', mark, { capture: true, once: true });
    document
      .querySelector('[data-testid="backup-all"]')
      ?.addEventListener('click', mark, { capture: true, once: true });
    new MutationObserver((_, observer) => {
      const state = document.querySelector('[data-testid="transfer-status"]')?.getAttribute('data-state');
      if ((state === 'ok' || state === 'error') && w.__started !== undefined && !w.__done) {
        w.__done = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await start();
  await lib.waitForFunction(() => (window as unknown as { __done?: number }).__done, undefined, {
    timeout: 300_000,
    polling: 50,
  });
  const status = await lib.getByTestId('transfer-status').getAttribute('data-state');
  if (status !== 'ok') throw new Error(`refused: ${await lib.getByTestId('transfer-status').textContent()}`);
  return lib.evaluate(() => {
    const w = window as unknown as { __started: number; __done: number };
    return w.__done - w.__started;
  });
}

export async function runPackBench(): Promise<void> {
  console.log('\nEvidence packs (issues 7 and 17)');
  // The pack outlives this browser (it is imported into a fresh one below): the bench owns the folder.
  const downloads = mkdtempSync(join(tmpdir(), 'orderproof-bench-pack-'));
  const s = await launch({ downloads });
  let packPath = '';
  let packBytes = 0;
  let backupPath = '';
  let backupBytes = 0;
  let shaSpeed = 0;
  try {
    // tsx keeps function names with a `__name` helper that does not exist inside the page.
    await s.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await s.context.newPage();
    await page.goto(s.extensionUrl('library.html'));

    shaSpeed = await page.evaluate(shaSpeedInPage);

    // Real PNG screenshots of about SHOT_BYTES each, written straight into IndexedDB as the extension
    // stores them: 19 in 20 RGB, as captureVisibleTab makes them and as OrderProof writes the pictures it
    // draws (utils/png-encode.ts: unfiltered rows, deflated by the browser, the same as rgbPng below);
    // 1 in 20 RGBA, as a canvas or another tool makes them (a picture the user adds, or a full page stored
    // before OrderProof wrote RGB), which report.pdf must re-encode. Each holds a block of noise (a photo
    // does not compress either).
    const shots = await page.evaluate(
      async ({ shots, size }) => {
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const req = indexedDB.open('orderproof');
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
        const table = Array.from({ length: 256 }, (_, n) => {
          let c = n;
          for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
          return c >>> 0;
        });
        const crc = (b: Uint8Array) => {
          let c = 0xffffffff;
          for (const x of b) c = table[(c ^ x) & 0xff]! ^ (c >>> 8);
          return (c ^ 0xffffffff) >>> 0;
        };
        const chunk = (type: string, data: Uint8Array) => {
          const out = new Uint8Array(12 + data.length);
          const view = new DataView(out.buffer);
          view.setUint32(0, data.length);
          out.set(
            [...type].map((ch) => ch.charCodeAt(0)),
            4,
          );
          out.set(data, 8);
          view.setUint32(8 + data.length, crc(out.subarray(4, 8 + data.length)));
          return out;
        };
        const W = 1280;
        const H = 720;
        const NOISE_W = 400;
        // Deflate leaves noise about its own size; the text lines and headers add the rest.
        const noiseRows = Math.min(H, Math.floor((0.75 * size) / (NOISE_W * 3)));
        const noise = (row: Uint8Array, y: number, channels: number) => {
          if (y < noiseRows) crypto.getRandomValues(row.subarray(0, NOISE_W * channels));
        };
        const rgbPng = async () => {
          const raw = new Uint8Array(H * (1 + W * 3)).fill(0xf4);
          for (let y = 0; y < H; y++) {
            const row = raw.subarray(y * (1 + W * 3) + 1, (y + 1) * (1 + W * 3));
            raw[y * (1 + W * 3)] = 0;
            noise(row, y, 3);
            // Lines of "text" on the page's background.
            if (y % 18 < 10) for (let x = NOISE_W + 20; x < W - 20; x += 7) row.fill(0x22, x * 3, (x + 4) * 3);
          }
          const z = new Uint8Array(
            await new Response(new Blob([raw]).stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer(),
          );
          const ihdr = new Uint8Array(13);
          new DataView(ihdr.buffer).setUint32(0, W);
          new DataView(ihdr.buffer).setUint32(4, H);
          ihdr.set([8, 2, 0, 0, 0], 8);
          const sig = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
          return new Blob([sig, chunk('IHDR', ihdr), chunk('IDAT', z), chunk('IEND', new Uint8Array())]);
        };
        const rgbaPng = () => {
          const canvas = new OffscreenCanvas(W, H);
          const ctx = canvas.getContext('2d')!;
          ctx.fillStyle = '#f4f4f4';
          ctx.fillRect(0, 0, W, H);
          ctx.fillStyle = '#222';
          for (let y = 0; y < H; y += 18)
            ctx.fillText('Order 2026-11-27 · tracking SF1402286519034 · 已签收', NOISE_W + 20, y + 12);
          const img = ctx.createImageData(NOISE_W, noiseRows);
          for (let at = 0; at < img.data.length; at += 65536) crypto.getRandomValues(img.data.subarray(at, at + 65536));
          for (let i = 3; i < img.data.length; i += 4) img.data[i] = 255;
          ctx.putImageData(img, 0, 0);
          return canvas.convertToBlob({ type: 'image/png' });
        };
        const out: { sha256: string; size: number }[] = [];
        for (let i = 0; i < shots; i++) {
          const blob = i % 20 === 19 ? await rgbaPng() : await rgbPng();
          const sha256 = hex(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
          const tx = db.transaction('blobs', 'readwrite');
          tx.objectStore('blobs').put({ sha256, size: blob.size, mime: 'image/png', data: blob });
          await new Promise((ok, fail) => {
            tx.oncomplete = ok;
            tx.onerror = () => fail(tx.error);
          });
          out.push({ sha256, size: blob.size });
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
    const evidence = shots.map(({ sha256, size }, i) => ({
      id: `bench-ev-${String(i).padStart(4, '0')}`,
      caseId: CASE_ID,
      kind: 'screenshot',
      title: `Screenshot ${i + 1}`,
      capturedAt: t0 + i + 1,
      capture: meta,
      files: [{ name: 'screenshot.png', mime: 'image/png', size, sha256 }],
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

    const profiling = Boolean(process.env.BENCH_PROFILE);
    let profiler: Awaited<ReturnType<typeof offscreenSession>> | undefined;
    let workerProfiler: Awaited<ReturnType<typeof reportWorkerProfiler>>;
    if (profiling) {
      await s.worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { offscreen: { createDocument(o: object): Promise<void> } } }
        ).chrome.offscreen.createDocument({ url: '/offscreen.html', reasons: ['BLOBS'], justification: 'bench' }),
      );
      profiler = await offscreenSession(s, page);
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.start');
      workerProfiler = await reportWorkerProfiler(profiler);
      await workerProfiler?.send('Profiler.enable');
      await workerProfiler?.send('Profiler.start');
    }
    const pid = browserPid(s);
    // As the popup does when the pointer comes onto the export button: the offscreen document is started
    // then (bg.export.prepare), and the click comes a moment later (here 300 ms, a quick hand).
    const send = (m: object) =>
      page.evaluate(
        (message) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
          ).chrome.runtime.sendMessage(message),
        m,
      );
    await page.waitForTimeout(500);
    const baseline = treeRss(pid);
    // Memory and CPU are counted from before the offscreen document is asked for, hover or click.
    const rss = sampleRss(pid);
    const cpuBefore = treeCpuSeconds(pid);
    const cpuByTypeBefore = treeCpuByType(pid);
    const cpuByThreadBefore = treeCpuByThread(pid);
    const prepared = process.env.BENCH_NO_PREPARE
      ? undefined
      : send({ type: 'bg.export.prepare' }).catch(() => undefined);
    if (prepared) await page.waitForTimeout(300);
    // When the download's file first shows in the folder (Chrome writes it under a temporary name).
    const folder = join(s.downloads, 'OrderProof');
    let fileSeen: number | undefined;
    const watch = setInterval(() => {
      if (fileSeen === undefined && existsSync(folder) && readdirSync(folder).length) fileSeen = Date.now();
    }, 5);
    const started = Date.now();
    const reply = await send({ type: 'bg.export.case', caseId: CASE_ID });
    const replied = Date.now();
    await prepared;
    const data = (reply as { ok: boolean; data?: { filename: string; bytes: number }; error?: string }).data;
    if (!data) throw new Error(`export failed: ${JSON.stringify(reply)}`);
    packPath = join(folder, data.filename);
    while (!(existsSync(packPath) && statSync(packPath).size === data.bytes))
      await new Promise((r) => setTimeout(r, 10));
    clearInterval(watch);
    const exportSeconds = (Date.now() - started) / 1000;
    const peak = rss.stop();
    const cpuSeconds = treeCpuSeconds(pid) - cpuBefore;
    const cpuByType = cpuByTypeText(cpuByTypeBefore, treeCpuByType(pid));
    const cpuByThread = cpuByTypeText(cpuByThreadBefore, treeCpuByThread(pid));
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
    info('CPU time of all Chromium processes (less load-dependent)', `${cpuSeconds.toFixed(2)} s`);
    info('  by process (s)', cpuByType);
    info('  by thread (s)', cpuByThread);
    info(
      'the offscreen document',
      prepared ? 'started 0.3 s before, on the button’s hover' : 'started by the export itself',
    );
    if (profiler) {
      const { profile } = (await profiler.send('Profiler.stop')) as { profile: CpuProfile };
      info('hottest functions in the offscreen document (self time)', '');
      printHotFunctions(profile);
      const inWorker = (await workerProfiler?.send('Profiler.stop')) as { profile: CpuProfile } | undefined;
      await profiler.close();
      if (inWorker?.profile) {
        info('hottest functions in the report worker (self time)', '');
        printHotFunctions(inWorker.profile, 25);
        if (process.env.BENCH_PROFILE_OUT)
          writeFileSync(process.env.BENCH_PROFILE_OUT, JSON.stringify(inWorker.profile));
      } else info('the report worker', 'not profiled (no worker target found)');
    }
    const { measures, timeOrigin, scriptRan, evalStart, htmlParsed } = await offscreenMeasures(s, page);
    // The background's own spans of this export (entrypoints/background/export.ts), on the same wall clock.
    const bg = await s.worker.evaluate(
      () => ({
        timeOrigin: performance.timeOrigin,
        measures: performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('bg:export:'))
          .map((m) => ({ name: m.name, duration: m.duration, startTime: m.startTime })),
      }),
      undefined,
    );
    const names = new Set(measures.map((m) => m.name));
    info(
      'report.pdf made',
      names.has('pack:reports:pdf-render')
        ? "on the offscreen document's own thread"
        : names.has('pack:reports:pdf-worker')
          ? 'in the report worker, beside the evidence stage (pdf-worker: from the export’s start to its PDF)'
          : 'nowhere',
    );
    info('stages (User Timing in the offscreen document; the report worker’s own come back from it)', '');
    const built = measures.find((m) => m.name === 'pack:offscreen-export');
    printStages(measures, 'pack:', exportSeconds * 1000, built?.startTime);
    if (built) {
      // One clock: the page's timeOrigin and Node's Date.now() are both the system's wall clock.
      const at = (ms: number) => `${((ms - started) / 1000).toFixed(2)} s`;
      const buildStart = timeOrigin + (built.startTime ?? 0);
      info(
        'timeline from the click',
        [
          ...bg.measures.map(
            (m) =>
              `${m.name.slice('bg:export:'.length)} ${at(bg.timeOrigin + m.startTime)}–${at(bg.timeOrigin + m.startTime + m.duration)}`,
          ),
          `offscreen document made ${at(timeOrigin)}`,
          ...(htmlParsed === undefined ? [] : [`its HTML parsed ${at(timeOrigin + htmlParsed)}`]),
          ...(evalStart === undefined ? [] : [`its modules fetched and compiled ${at(timeOrigin + evalStart)}`]),
          ...(scriptRan === undefined ? [] : [`its script ran ${at(timeOrigin + scriptRan)}`]),
          `build starts ${at(buildStart)}`,
          `built ${at(buildStart + built.duration)}`,
          fileSeen === undefined ? '' : `download file made ${at(fileSeen)}`,
          `the background's reply (after the download and the log entry) ${at(replied)}`,
        ]
          .filter(Boolean)
          .join(', '),
      );
    }
    info('memory', `baseline ${(baseline / MB).toFixed(0)} MB, peak ${(peak / MB).toFixed(0)} MB`);
    info('report.pdf in it', reportPdfFigures(packPath));
    info('the pack checked by sha256sum -c SHA256SUMS', sha256sumCheck(packPath));
    const verified = await verifyPack(new Uint8Array(readFileSync(packPath)));
    info(
      'the pack checked by npm run verify’s checker',
      verified.ok ? 'OK' : `FAILED: ${JSON.stringify(verified).slice(0, 300)}`,
    );
    // BENCH_EXPORT_ONLY=1: the export alone, for comparing runs back to back without the transfers below.
    if (process.env.BENCH_EXPORT_ONLY) return;

    // A backup of the library (this one case, no report.pdf, as backups are made) from the library page,
    // timed until the file is complete in downloads.
    await page.getByTestId('open-settings').click();
    await page.getByTestId('backup-all').waitFor();
    const backupCpu = treeCpuSeconds(pid);
    const backupStarted = Date.now();
    const backupMs = await timeTransfer(page, () => page.getByTestId('backup-all').click());
    const backupName = () => readdirSync(folder).find((f) => f.startsWith('OrderProof_backup_') && f.endsWith('.zip'));
    while (!backupName()) await new Promise((r) => setTimeout(r, 10));
    backupPath = join(folder, backupName()!);
    const backupSeconds = (Date.now() - backupStarted) / 1000;
    backupBytes = statSync(backupPath).size;
    line(`back up the library (${(backupBytes / MB).toFixed(0)} MB) to downloads`, backupSeconds, 's', 1, {
      mb: backupBytes / MB,
      mbPerS: shaSpeed,
    });
    info('of which: built and handed to downloads', `${(backupMs / 1000).toFixed(2)} s`);
    info('CPU time of all Chromium processes', `${(treeCpuSeconds(pid) - backupCpu).toFixed(2)} s`);
  } finally {
    await s.close();
    if (process.env.BENCH_EXPORT_ONLY) rmSync(downloads, { recursive: true, force: true });
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
    const importCpu = treeCpuSeconds(browserPid(fresh));
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
    info('CPU time of all Chromium processes', `${(treeCpuSeconds(browserPid(fresh)) - importCpu).toFixed(2)} s`);
    const measures = await lib.evaluate(() =>
      performance.getEntriesByType('measure').map((m) => ({ name: m.name, duration: m.duration })),
    );
    info('stages (User Timing in the library page)', '');
    info(
      '  reading the file',
      `${((ms - measures.reduce((n, m) => n + (m.name.split(':').length === 2 ? m.duration : 0), 0)) / 1000).toFixed(2)} s (the rest)`,
    );
    printStages(measures, 'import:', ms);
  } finally {
    await fresh.close();
  }

  // Restore the backup into another fresh profile (the import above already holds the case).
  const other = await launch();
  try {
    await other.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const lib = await other.context.newPage();
    await lib.goto(other.extensionUrl('library.html'));
    await lib.getByTestId('open-settings').click();
    await lib.getByTestId('restore-backup').waitFor();
    const restoreCpu = treeCpuSeconds(browserPid(other));
    const ms = await timeTransfer(lib, () => lib.getByTestId('restore-backup').setInputFiles(backupPath));
    line('restore the backup (verify every file and entry, write)', ms / 1000, 's', 1, {
      mb: backupBytes / MB,
      mbPerS: shaSpeed,
    });
    info('CPU time of all Chromium processes', `${(treeCpuSeconds(browserPid(other)) - restoreCpu).toFixed(2)} s`);
  } finally {
    await other.close();
    // BENCH_KEEP=<folder>: the pack and the backup are kept there (scripts/bench/import.ts times them again).
    const keep = process.env.BENCH_KEEP;
    if (keep)
      for (const f of [packPath, backupPath])
        copyFileSync(f, join(keep, f.includes('backup') ? 'backup.zip' : 'pack.zip'));
    rmSync(downloads, { recursive: true, force: true });
  }
}
