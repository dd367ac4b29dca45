// `npm test`: everything, in lanes that overlap. The end-to-end tests spend most of their time waiting on
// a browser (capture pacing, page loads, polls), so the CPU-bound checks run beside them instead of before
// them. Each build is made once. Every step runs even when another fails; the summary lists each step's
// time and result, and the exit code is non-zero when any failed.
//
//   lane 1: typecheck, lint, format check, unit tests, then (once built) Firefox e2e
//   lane 2: Chromium build, Firefox build, Chromium e2e
// Two lanes for two cores. `--e2e-processes=2` splits the Chromium e2e files in two vitest processes
// (`--shard`, by file: each file keeps its browser to itself) as a third lane: on this 2-core machine that
// was slower in all (878 s against 656 s before the split), the unit tests then taking 545 s instead of 269 s,
// so one process is the default; on a machine with more cores two may pay.
//
// `node scripts/test.mjs --serial` runs the same steps one after another (for comparing times).
import { spawn } from 'node:child_process';

const serial = process.argv.includes('--serial');
const shards = serial ? 1 : Number(process.argv.find((a) => a.startsWith('--e2e-processes='))?.split('=')[1] ?? 1);
if (!Number.isInteger(shards) || shards < 1 || shards > 2) throw new Error('--e2e-processes must be 1 or 2');
const bin = (name) => `node_modules/.bin/${name}`;

const steps = {
  setup: ['node', ['scripts/ensure-deps.mjs']],
  chromium: ['node', ['scripts/ensure-chromium.mjs']],
  firefox: ['node', ['scripts/ensure-firefox.mjs']],
  typecheck: [bin('tsc'), ['--noEmit']],
  lint: [bin('eslint'), ['.']],
  format: [bin('prettier'), ['--check', '.']],
  unit: [bin('vitest'), ['run', '--project', 'unit']],
  'build chrome': [bin('wxt'), ['build']],
  'build firefox': [bin('wxt'), ['build', '-b', 'firefox']],
  'e2e chromium': [bin('vitest'), ['run', '--project', 'e2e']],
  'e2e firefox': [bin('vitest'), ['run', '--project', 'e2e-firefox']],
  'e2e chromium 1/2': [bin('vitest'), ['run', '--project', 'e2e', '--shard=1/2']],
  'e2e chromium 2/2': [bin('vitest'), ['run', '--project', 'e2e', '--shard=2/2']],
};

const results = [];

function run(name) {
  const [cmd, args] = steps[name];
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
      results.push({ name, code, seconds });
      console.log(`[${name}] ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s`);
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
  const builds = lane('build chrome', 'build firefox');
  await Promise.all([
    lane('typecheck', 'lint', 'format', 'unit').then(async (ok) => {
      await builds;
      return (await run('e2e firefox')) && ok;
    }),
    builds.then(() => run('e2e chromium')),
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
console.log('\nstep                 seconds  result');
for (const r of results)
  console.log(`${r.name.padEnd(20)} ${r.seconds.toFixed(1).padStart(7)}  ${r.code === 0 ? 'ok' : 'FAILED'}`);
console.log(`${'total (wall clock)'.padEnd(20)} ${total.toFixed(1).padStart(7)}`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
