// `npm run bench`: every benchmark prints its figures beside the targets. Benchmarks measure; they do
// not fail the build (speed targets are not tests). `npm run bench -- <name>` runs one.
import { runCaptureBench } from './capture';
import { runChatBench } from './chat';
import { runChunkBench } from './chunks';
import { runExtractBench } from './extract';
import { runLibraryBench } from './library';
import { runPackBench } from './pack';

const benches: [string, () => Promise<void>][] = [
  ['capture', runCaptureBench],
  ['chat', runChatBench],
  ['library', runLibraryBench],
  ['extract', runExtractBench],
  ['pack', runPackBench],
  ['chunks', runChunkBench],
];

const only = process.argv[2];
for (const [name, run] of benches) {
  if (only && only !== name) continue;
  await run();
}
