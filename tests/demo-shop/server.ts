import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_HOST = 'demo-shop.orderproof.test';
export const DEMO_ORDER_ID = 'DS-20261104-0001';
export const DEMO_ORDER_PATH = `/orders/${DEMO_ORDER_ID}.html`;
const SITE = resolve(fileURLToPath(new URL('.', import.meta.url)), 'site');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.js': 'text/javascript; charset=utf-8',
};

export interface DemoShop {
  port: number;
  origin: string;
  /** Serves these extra folders from now on instead (a browser kept for the next e2e file keeps its server). */
  setRoots(extraRoots: Record<string, string>): void;
  close(): Promise<void>;
}

/** Serves the demo shop (and any extra folder of test pages) on 127.0.0.1 only. */
export function startDemoShop(extraRoots: Record<string, string> = {}): Promise<DemoShop> {
  let roots = extraRoots;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let root = SITE;
    let path = decodeURIComponent(url.pathname);
    for (const [prefix, dir] of Object.entries(roots)) {
      if (path.startsWith(prefix)) {
        root = dir;
        path = path.slice(prefix.length - 1);
      }
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      ok({
        port,
        origin: `http://${DEMO_HOST}`,
        setRoots: (next) => (roots = next),
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
