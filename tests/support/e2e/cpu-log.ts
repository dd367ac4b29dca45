import { appendFileSync, readFileSync, readdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';

/**
 * `E2E_CPU=<file>`: appends the CPU-seconds of every test and every file to <file> (tab-separated: file,
 * test, CPU-s, seconds), counting this process and every process under it (the browsers and their
 * renderers, GPU and utility processes; what has ended is in its parent's reaped-children time). A test's
 * figure is right; a file's is low when the file closes a browser for good (its renderers outlive it a
 * moment, orphaned, and leave the count with what they had used). Linux only (/proc); it reads /proc
 * twice per test, which costs a few milliseconds. README "Running the tests".
 */
const out = process.env.E2E_CPU;
const TICKS = 100; // USER_HZ on Linux

function treeCpu(): number {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(f[1]));
      ticks.set(Number(name), Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]));
    } catch {
      // it ended meanwhile
    }
  }
  let sum = 0;
  for (const [pid, t] of ticks) {
    let p: number | undefined = pid;
    for (let depth = 0; p !== undefined && p > 1 && depth < 20; depth++) {
      if (p === process.pid) {
        sum += t;
        break;
      }
      p = parent.get(p);
    }
  }
  return sum / TICKS;
}

if (out) {
  const file = () => (expect.getState().testPath ?? '?').replace(/^.*\/tests\//, 'tests/');
  const write = (test: string, cpu: number, seconds: number) =>
    appendFileSync(out, `${file()}\t${test}\t${cpu.toFixed(2)}\t${seconds.toFixed(1)}\n`);
  let fileStart = { cpu: 0, at: 0 };
  let testStart = { cpu: 0, at: 0 };
  beforeAll(() => {
    fileStart = { cpu: treeCpu(), at: Date.now() };
  });
  afterAll(() => write('(whole file)', treeCpu() - fileStart.cpu, (Date.now() - fileStart.at) / 1000));
  beforeEach(() => {
    testStart = { cpu: treeCpu(), at: Date.now() };
  });
  afterEach(() =>
    write(expect.getState().currentTestName ?? '?', treeCpu() - testStart.cpu, (Date.now() - testStart.at) / 1000),
  );
}
