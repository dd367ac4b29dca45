import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto', './tests/support/bytes-equality.ts'],
          // Every file in one worker that keeps its imports (rules data, pdf-lib and fontkit, React) instead
          // of a fresh process importing them again per file: import time was most of the unit run. The
          // tests make their own state (fresh databases, fakeBrowser.reset()) and all pass in one worker.
          isolate: false,
          // A hang guard, not a speed check (the bench measures speed): npm test runs the unit tests beside
          // a browser suite, and building a report PDF then takes longer than vitest's default 5 s.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['./tests/support/bytes-equality.ts', './tests/support/e2e/cpu-log.ts'],
          // One file at a time per process (each wants the browser in front), all in one process
          // (isolate: false) so a browser a file closes serves the next file with the same launch options
          // (tests/support/e2e/chromium.ts): a launch costs seconds, a fresh install about one.
          fileParallelism: false,
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each try of a poll is a round trip through the browser (a page evaluate, often into a closed
          // shadow root): at Vitest's default 50 ms a waiting test kept a third of a core busy, at 200 ms
          // an eighth. A wait ends at most 150 ms later.
          expect: { poll: { interval: 200 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['./tests/support/bytes-equality.ts', './tests/support/e2e/cpu-log.ts'],
          // One browser at a time, in one process (isolate: false) so the browser a file closes serves the
          // next file (tests/support/e2e/firefox.ts): a launch with the extension's install costs about 15
          // CPU-seconds here, a reset about one.
          fileParallelism: false,
          isolate: false,
          // A hang guard: a 10,400-px capture passed 60 s on the shared machine at load 20 (a clean-clone run).
          testTimeout: 120_000,
          hookTimeout: 90_000,
          // As for Chromium above: fewer round trips while a test waits.
          expect: { poll: { interval: 200 } },
        },
      },
    ],
  },
});
