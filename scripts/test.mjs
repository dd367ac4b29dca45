// `npm test`: everything, in lanes that overlap. The end-to-end tests spend most of their time waiting on
// a browser (capture pacing, page loads, polls), so the CPU-bound checks run beside them instead of before
// them. Each build is made once. Every step runs even when another fails; the summary lists each step's
// time and result, and the exit code is non-zero when any failed.
//
//   lane 1: typecheck, lint, format check, unit tests, then (once built) Firefox e2e
//   lane 2: Chromium build, Firefox build, Chromium e2e
// Two lanes for two cores: at most two heavy steps at once; each e2e suite still runs one file at a time.
//
// `node scripts/test.mjs --serial` runs the same steps one after another (for comparing times).
import { spawn } from 'node:child_process';

const serial = process.argv.includes('--serial');
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
} else {
  const builds = lane('build chrome', 'build firefox');
  await Promise.all([
    lane('typecheck', 'lint', 'format', 'unit').then(async (ok) => {
      await builds;
      return (await run('e2e firefox')) && ok;
    }),
    builds.then(() => run('e2e chromium')),
  ]);
}

const total = (Date.now() - started) / 1000;
console.log('\nstep                 seconds  result');
for (const r of results)
  console.log(`${r.name.padEnd(20)} ${r.seconds.toFixed(1).padStart(7)}  ${r.code === 0 ? 'ok' : 'FAILED'}`);
console.log(`${'total (wall clock)'.padEnd(20)} ${total.toFixed(1).padStart(7)}`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
