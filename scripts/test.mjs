// `npm test`: everything, in lanes that overlap. The end-to-end tests spend most of their time waiting on
// a browser (capture pacing, page loads, polls), so the CPU-bound checks run beside them instead of before
// them. Each build is made once. Every step runs even when another fails; the summary lists each step's
// time and result, and the exit code is non-zero when any failed.
//
//   lane 1: typecheck, lint, format check, unit tests, Firefox build, Firefox e2e, then the Chromium
//           e2e files of LANE1_CHROMIUM
//   lane 2: Chromium build, the other Chromium e2e files
// Two lanes for two cores. The unit tests (one worker, imports kept) end well before the Chromium e2e
// files, so lane 1 takes over a few of them once Firefox is done: `screens`, whose first-run browsers are
// its own, and files those browsers then serve once it closes them (a browser one file closes serves the
// next file launched the same way). `--e2e-processes=2` instead splits the Chromium
// files in two vitest processes by `--shard` as a third lane; on this 2-core machine that was slower (878 s
// against 656 s, three heavy processes on two cores), so it is off by default.
//
// `node scripts/test.mjs --serial` runs the same steps one after another (for comparing times).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const serial = process.argv.includes('--serial');
const shards = serial ? 1 : Number(process.argv.find((a) => a.startsWith('--e2e-processes='))?.split('=')[1] ?? 1);
if (!Number.isInteger(shards) || shards < 1 || shards > 2) throw new Error('--e2e-processes must be 1 or 2');
const bin = (name) => `node_modules/.bin/${name}`;
/**
 * About a fifth of the Chromium e2e time, what lane 1 has left over (README "Running the tests"). `screens`
 * launches its own browsers (first-run pages), which then serve the others here (tests/support/e2e/chromium.ts).
 */
const LANE1_CHROMIUM = [
  'tests/e2e/screens.test.ts',
  'tests/e2e/chat-adapters.test.ts',
  'tests/e2e/storage-guard.test.ts',
  'tests/e2e/tab-switch.test.ts',
  // The last clean-clone run ended lane 2 about 25 s after lane 1; this file (12 s here at load 6, more
  // on CI) is launched like the default and so is served by screens' en-US browser.
  'tests/e2e/listing.test.ts',
];

const steps = {
  setup: ['node', ['scripts/ensure-deps.mjs']],
  chromium: ['node', ['scripts/ensure-chromium.mjs']],
  firefox: ['node', ['scripts/ensure-firefox.mjs']],
  // A larger young generation: tsc allocates fast and short-lived, and fewer scavenges cut its CPU time by
  // about 4% (five pairs back to back at load 7 to 10: 24.5 -> 23.6 CPU-s on average, 4 of 5 lower); eslint
  // and the unit tests showed no difference.
  typecheck: ['node', ['--max-semi-space-size=64', 'node_modules/typescript/bin/tsc', '--noEmit']],
  lint: [bin('eslint'), ['.']],
  format: [bin('prettier'), ['--check', '.']],
  unit: [bin('vitest'), ['run', '--project', 'unit']],
  'build chrome': [bin('wxt'), ['build']],
  'build firefox': [bin('wxt'), ['build', '-b', 'firefox']],
  'e2e chromium': [bin('vitest'), ['run', '--project', 'e2e']],
  'e2e firefox': [bin('vitest'), ['run', '--project', 'e2e-firefox']],
  'e2e chromium 2': [bin('vitest'), ['run', '--project', 'e2e', ...LANE1_CHROMIUM]],
  'e2e chromium 1': [
    bin('vitest'),
    ['run', '--project', 'e2e', ...LANE1_CHROMIUM.flatMap((file) => ['--exclude', file])],
  ],
  'e2e chromium 1/2': [bin('vitest'), ['run', '--project', 'e2e', '--shard=1/2']],
  'e2e chromium 2/2': [bin('vitest'), ['run', '--project', 'e2e', '--shard=2/2']],
};

const results = [];
// CPU-seconds per step (user + system of every process the step started, browsers included:
// scripts/cpu-time.py): on two cores the wall clock cannot fall below half the sum, so that sum is what a
// speed change has to cut.
const PYTHON = '/usr/bin/python3';
const timing = existsSync(PYTHON) ? mkdtempSync(join(tmpdir(), 'orderproof-test-')) : undefined;

function cpuOf(file) {
  try {
    const [user, sys] = readFileSync(file, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    return Number.isFinite(user) && Number.isFinite(sys) ? user + sys : undefined;
  } catch {
    return undefined;
  }
}

function run(name) {
  const [command, commandArgs] = steps[name];
  const cpuFile = timing && join(timing, `${name.replaceAll(/[^a-z0-9]/g, '-')}.txt`);
  const [cmd, args] = cpuFile
    ? [PYTHON, ['scripts/cpu-time.py', cpuFile, command, ...commandArgs]]
    : [command, commandArgs];
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    const prefix = (chunk) =>
      chunk
        .toString()
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => `[${name}] ${line}\n`)
        .join('');
    child.stdout.on('data', (d) => process.stdout.write(prefix(d)));
    child.stderr.on('data', (d) => process.stderr.write(prefix(d)));
    child.on('close', (code) => {
      const seconds = (Date.now() - started) / 1000;
      const cpu = cpuFile ? cpuOf(cpuFile) : undefined;
      results.push({ name, code, seconds, cpu });
      const cpuText = cpu === undefined ? '' : ` (${cpu.toFixed(1)} CPU-s)`;
      console.log(`[${name}] ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s${cpuText}`);
      resolve(code === 0);
    });
  });
}

async function lane(...names) {
  let ok = true;
  for (const name of names) ok = (await run(name)) && ok;
  return ok;
}

const started = Date.now();
// Installs come first and one at a time: apt and npm cannot run twice at once.
await lane('setup', 'chromium', 'firefox');
if (serial) {
  await lane('typecheck', 'lint', 'format', 'unit', 'build chrome', 'build firefox', 'e2e chromium', 'e2e firefox');
} else if (shards === 1) {
  // Lane 2 (the longer) builds only what it tests; lane 1 builds for Firefox before its Firefox tests.
  const chrome = run('build chrome');
  await Promise.all([
    lane('typecheck', 'lint', 'format', 'unit', 'build firefox').then(async (ok) => {
      await chrome;
      return (await lane('e2e firefox', 'e2e chromium 2')) && ok;
    }),
    chrome.then(() => run('e2e chromium 1')),
  ]);
} else {
  const chrome = run('build chrome');
  const firefox = chrome.then(() => run('build firefox'));
  await Promise.all([
    lane('typecheck', 'lint', 'format', 'unit').then(async (ok) => {
      await firefox;
      return (await run('e2e firefox')) && ok;
    }),
    chrome.then(() => run('e2e chromium 1/2')),
    firefox.then(() => run('e2e chromium 2/2')),
  ]);
}

const total = (Date.now() - started) / 1000;
const cpuCell = (cpu) => (cpu === undefined ? '-' : cpu.toFixed(1)).padStart(7);
console.log('\nstep                 seconds  CPU-s  result');
for (const r of results)
  console.log(
    `${r.name.padEnd(20)} ${r.seconds.toFixed(1).padStart(7)} ${cpuCell(r.cpu)}  ${r.code === 0 ? 'ok' : 'FAILED'}`,
  );
const cpuTotal = results.every((r) => r.cpu !== undefined) ? results.reduce((sum, r) => sum + r.cpu, 0) : undefined;
console.log(`${'total (wall clock)'.padEnd(20)} ${total.toFixed(1).padStart(7)} ${cpuCell(cpuTotal)}`);
if (timing) rmSync(timing, { recursive: true, force: true });
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
