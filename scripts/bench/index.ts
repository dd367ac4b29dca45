// `npm run bench`: every benchmark prints its figures beside the targets. Benchmarks measure; they do
// not fail the build (speed targets are not tests). `npm run bench -- <name>` runs one.
import { runCaptureBench } from './capture';
import { runChatBench } from './chat';
import { runChunkBench } from './chunks';
import { runExtractBench } from './extract';
import { runImportBench } from './import';
import { runAddBench, runLibraryBench } from './library';
import { runPackBench } from './pack';

const benches: [string, () => Promise<void>][] = [
  ['capture', runCaptureBench],
  ['chat', runChatBench],
  ['library', runLibraryBench],
  ['add', runAddBench],
  ['extract', runExtractBench],
  ['pack', runPackBench],
  ['chunks', runChunkBench],
];
// Only when asked for: it times the files the pack bench kept (BENCH_KEEP), see import.ts.
if (process.argv[2] === 'import') benches.push(['import', runImportBench]);

const only = process.argv[2];
const started = Date.now();
console.log(
  'Each line: OK or MISS, the figure, its target, and for throughput figures the MB/s reached divided by\n' +
    "this machine's WebCrypto SHA-256 MB/s measured just before (1.00× = as fast as hashing the bytes alone;\n" +
    'on a loaded machine both drop, so the ratio is the figure to compare across machines).',
);
for (const [name, run] of benches) {
  if (only && only !== name) continue;
  await run();
}
console.log(`\nBench done in ${((Date.now() - started) / 60_000).toFixed(1)} min.`);
// A browser's pipes or a timer left behind could keep Node waiting after the last figure.
process.exit(0);
