// Import, backup and restore timed again and again on the same files, for comparing code back to back:
// `BENCH_KEEP=<dir> npm run bench -- pack` keeps the pack bench's pack.zip and backup.zip there, then
// `BENCH_FILES=<dir> [BENCH_RUNS=3] [BENCH_PROFILE=1] npx tsx scripts/bench/index.ts import`. Each run
// imports the pack into a fresh profile, backs that library up, and restores the backup into another fresh
// profile, with the CPU time of all Chromium processes beside each wall time. BENCH_PROFILE=1 traces the
// library page and its workers (a trace, as the checkers' workers end before a profiler could be stopped).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launch, type Session } from '../../tests/support/e2e/chromium';
import { browserPid, treeCpuSeconds } from './pack';
import { info, line } from './report';

const MB = 1024 * 1024;

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      cpuProfile?: {
        nodes?: { id: number; callFrame: { functionName?: string; url?: string; lineNumber?: number } }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
};

/** Self time by function over every thread of a trace (the V8 sampling profiler's ProfileChunk events). */
function hotFunctions(events: TraceEvent[], top = 20): void {
  const frames = new Map<string, string>();
  const self = new Map<string, number>();
  const threads = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  let total = 0;
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const data = e.args?.data;
    const profile = data?.cpuProfile;
    const key = `${e.pid}:${e.id}`;
    for (const n of profile?.nodes ?? []) {
      const f = n.callFrame;
      frames.set(
        `${key}:${n.id}`,
        `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop() ?? ''}:${f.lineNumber ?? ''}`,
      );
    }
    (profile?.samples ?? []).forEach((node, i) => {
      const us = data?.timeDeltas?.[i] ?? 0;
      const name = frames.get(`${key}:${node}`) ?? '?';
      if (name.startsWith('(idle)') || name.startsWith('(program)')) return;
      total += us;
      self.set(name, (self.get(name) ?? 0) + us);
    });
  }
  info('hottest functions, page and workers (self time, idle left out)', `${(total / 1e6).toFixed(2)} s in all`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    info(`  ${name.slice(0, 50)}`, `${(us / 1e6).toFixed(2)} s (${((100 * us) / total).toFixed(0)} %)`);
}

async function startTrace(page: Page): Promise<{ stop(): Promise<void> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['disabled-by-default-v8.cpu_profiler', '__metadata', 'v8'],
      recordMode: 'recordContinuously',
    },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      hotFunctions(events);
    },
  };
}

/** Times one transfer on the library page, from the file picked or the button clicked to its status. */
async function transfer(s: Session, lib: Page, act: () => Promise<void>, profile: boolean): Promise<[number, number]> {
  await lib.evaluate(() => {
    const w = window as unknown as { __started?: number; __done?: number };
    w.__started = undefined;
    w.__done = undefined;
    const mark = () => (w.__started ??= performance.now());
    for (const id of ['import-pack', 'restore-backup', 'backup-all'])
      document
        .querySelector(`[data-testid="${id}"]`)
        ?.addEventListener(id === 'backup-all' ? 'click' : 'change', mark, {
          capture: true,
          once: true,
        });
    new MutationObserver((_, observer) => {
      const state = document.querySelector('[data-testid="transfer-status"]')?.getAttribute('data-state');
      if ((state === 'ok' || state === 'error') && w.__started !== undefined && !w.__done) {
        w.__done = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const trace = profile ? await startTrace(lib) : undefined;
  const cpu = treeCpuSeconds(browserPid(s));
  await act();
  await lib.waitForFunction(() => (window as unknown as { __done?: number }).__done, undefined, {
    timeout: 300_000,
    polling: 20,
  });
  const cpuUsed = treeCpuSeconds(browserPid(s)) - cpu;
  const status = await lib.getByTestId('transfer-status').getAttribute('data-state');
  if (status !== 'ok') throw new Error(`refused: ${await lib.getByTestId('transfer-status').textContent()}`);
  await trace?.stop();
  const ms = await lib.evaluate(() => {
    const w = window as unknown as { __started: number; __done: number };
    return w.__done - w.__started;
  });
  const measures = await lib.evaluate(() =>
    performance.getEntriesByType('measure').map((m) => ({ name: m.name, duration: m.duration })),
  );
  await lib.evaluate(() => performance.clearMeasures());
  for (const m of measures) info(`  ${m.name}`, `${(m.duration / 1000).toFixed(2)} s`);
  return [ms / 1000, cpuUsed];
}

async function libraryPage(s: Session): Promise<Page> {
  // tsx keeps function names with a `__name` helper that does not exist inside the page.
  await s.context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const lib = await s.context.newPage();
  await lib.goto(s.extensionUrl('library.html'));
  await lib.getByTestId('open-settings').click();
  await lib.getByTestId('import-pack').waitFor();
  // A user picks a file a moment after the section is shown.
  await lib.waitForTimeout(500);
  return lib;
}

export async function runImportBench(): Promise<void> {
  const dir = process.env.BENCH_FILES;
  if (!dir || !existsSync(join(dir, 'pack.zip')) || !existsSync(join(dir, 'backup.zip')))
    throw new Error('BENCH_FILES=<dir> holding pack.zip and backup.zip (BENCH_KEEP=<dir> npm run bench -- pack)');
  const packPath = join(dir, 'pack.zip');
  const backupPath = join(dir, 'backup.zip');
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const profile = Boolean(process.env.BENCH_PROFILE);
  const packMb = statSync(packPath).size / MB;
  const backupMb = statSync(backupPath).size / MB;
  console.log(`\nImport, backup, restore again and again (${runs} runs; pack ${packMb.toFixed(0)} MB)`);
  for (let run = 1; run <= runs; run++) {
    const downloads = join(dir, `downloads-${run}`);
    const s = await launch({ downloads });
    try {
      const lib = await libraryPage(s);
      const [importS, importCpu] = await transfer(
        s,
        lib,
        () => lib.getByTestId('import-pack').setInputFiles(packPath),
        profile,
      );
      line(`run ${run}: import the pack`, importS, 's', 1);
      info('  CPU time of all Chromium processes', `${importCpu.toFixed(2)} s`);
      // BENCH_NO_BACKUP=1: import and restore only (the backup is the pack writer's, timed by the pack bench too).
      if (!process.env.BENCH_NO_BACKUP) {
        const [backupS, backupCpu] = await transfer(s, lib, () => lib.getByTestId('backup-all').click(), profile);
        const folder = join(downloads, 'OrderProof');
        while (!(existsSync(folder) && readdirSync(folder).some((f) => f.endsWith('.zip'))))
          await new Promise((r) => setTimeout(r, 10));
        line(`run ${run}: back up the library`, backupS, 's', 1);
        info('  CPU time of all Chromium processes', `${backupCpu.toFixed(2)} s`);
      }
    } finally {
      await s.close();
    }
    const other = await launch();
    try {
      const lib = await libraryPage(other);
      const [restoreS, restoreCpu] = await transfer(
        other,
        lib,
        () => lib.getByTestId('restore-backup').setInputFiles(backupPath),
        profile,
      );
      line(`run ${run}: restore the backup (${backupMb.toFixed(0)} MB)`, restoreS, 's', 1);
      info('  CPU time of all Chromium processes', `${restoreCpu.toFixed(2)} s`);
    } finally {
      await other.close();
    }
  }
}
