/**
 * Raw access to the extension's IndexedDB from any extension page (or Chromium's service worker), the
 * way any of the extension's own pages could reach it: the tests read what was stored without going
 * through our code. Works with Playwright's and Puppeteer's pages alike.
 */
export interface Evaluates {
  evaluate(expression: string): Promise<unknown>;
}

/** Helpers handed to an `idb` function, which is sent alone and cannot import its own. */
export interface IdbTools {
  /** An IDBRequest's result as a promise. */
  req<R>(request: IDBRequest<R>): Promise<R>;
  /** Resolves when a read-write transaction has committed. */
  done(tx: IDBTransaction): Promise<void>;
  /** Every record of a store ([] when the store does not exist). */
  all<R = unknown>(store: string): Promise<R[]>;
}

/**
 * Runs `fn(db, arg, tools)` in the page with the `orderproof` database open, and returns its (JSON)
 * result. `fn` is sent as source text, so it may use only its parameters and the page's globals. The
 * source is evaluated by the test driver (CDP or BiDi), which the extension page's CSP does not block;
 * the `__name` shim covers a build tool that keeps function names (tsx, which runs the bench).
 */
export async function idb<T, A = null>(
  page: Evaluates,
  fn: (db: IDBDatabase, arg: A, tools: IdbTools) => T | Promise<T>,
  arg?: A,
): Promise<T> {
  const expression = `(async () => {
    var __name = (f) => f;
    const db = await new Promise((ok, fail) => {
      const r = indexedDB.open('orderproof');
      // A reader must not create the database: that is the extension's first start, with its stores.
      r.onupgradeneeded = () => r.transaction.abort();
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(new Error('no orderproof database (yet)'));
    });
    const req = (r) => new Promise((ok, fail) => {
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const done = (tx) => new Promise((ok, fail) => {
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
      tx.onabort = () => fail(tx.error);
    });
    const all = async (store) => (db.objectStoreNames.contains(store) ? req(db.transaction(store).objectStore(store).getAll()) : []);
    try {
      return await (${fn.toString()})(db, ${JSON.stringify(arg ?? null)}, { req, done, all });
    } finally {
      db.close();
    }
  })()`;
  return (await page.evaluate(expression)) as T;
}
