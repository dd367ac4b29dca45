import { beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../support/e2e/chromium';
import { sharedSession } from '../support/e2e/reset';

// Big files are hashed with hash-wasm. MV3's default policy forbids WebAssembly on extension pages, and
// hashing then fell back to JavaScript without a word: a 500 MB video took 14 s instead of a few.
describe('hashing big files in the library', () => {
  const session = sharedSession({ lang: 'en-US' });
  let s: Session;
  beforeEach(() => {
    s = session();
  });

  it('may run WebAssembly (the hash worker has the same policy)', async () => {
    const lib = await s.context.newPage();
    await lib.goto(s.extensionUrl('library.html'));
    const empty = [0, 97, 115, 109, 1, 0, 0, 0];
    const compiles = await lib.evaluate(
      (bytes) =>
        WebAssembly.compile(new Uint8Array(bytes)).then(
          () => 'yes',
          (e: unknown) => String(e),
        ),
      empty,
    );
    expect(compiles).toBe('yes');
    await lib.close();
  });
});
