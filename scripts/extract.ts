/**
 * Runs the extension's own extractor on a saved page:
 *   npm run extract -- <saved-page.html> --url <original URL> [--include-address]
 * Prints the page kind and the orders as JSON.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { extractPage } from '../utils/extract/index';

/** The charset the page declares (meta charset / http-equiv), looked for in its first bytes. */
function charsetOf(buf: Buffer): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  const head = buf.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)/i.exec(head);
  const cs = m?.[1]?.toLowerCase();
  if (cs === 'gbk' || cs === 'gb2312' || cs === 'gb18030') return cs === 'gb18030' ? 'gb18030' : 'gbk';
  return cs && cs !== 'utf8' ? cs : 'utf-8';
}

function main(argv: string[]): number {
  const args = [...argv];
  const urlAt = args.indexOf('--url');
  const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
  if (urlAt >= 0) args.splice(urlAt, 2);
  const includeAddress = args.includes('--include-address');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file || !url) {
    console.error('usage: npm run extract -- <saved-page.html> --url <original URL> [--include-address]');
    return 2;
  }
  const buf = readFileSync(file);
  const charset = charsetOf(buf);
  let html: string;
  try {
    html = new TextDecoder(charset).decode(buf);
  } catch {
    html = new TextDecoder('utf-8').decode(buf);
  }
  const dom = new JSDOM(html, { url });
  const result = extractPage(new URL(url), dom.window.document, { includeAddress });
  console.log(JSON.stringify({ file, url, charset, ...result }, null, 2));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
