// `npm run bench`: every benchmark prints its figures beside the targets. Benchmarks measure; they do
// not fail the build (speed targets are not tests).
import { runLibraryBench } from './library';

const benches: [string, () => Promise<void>][] = [['library', runLibraryBench]];

const only = process.argv[2];
for (const [name, run] of benches) {
  if (only && only !== name) continue;
  await run();
}
