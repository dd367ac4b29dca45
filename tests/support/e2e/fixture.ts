/**
 * Something several tests of a file look at, made once by whichever test asks first (so no test depends on
 * another having run, in any order). Made inside a test rather than in `beforeAll`, since the waits it
 * uses (`expect.poll`) belong to a test. A failure fails every test that asks.
 */
export function fixture<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}
