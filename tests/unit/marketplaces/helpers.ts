import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
/**
 * `../shared/fixtures/real` beside the repository; a git worktree one level deeper finds it beside its
 * parent folder, and REAL_FIXTURES names it anywhere else.
 */
function findRealDir(): string {
  if (process.env.REAL_FIXTURES) return path.resolve(process.env.REAL_FIXTURES);
  const near = path.resolve(repoRoot, '../shared/fixtures/real');
  const candidates = [near, path.resolve(repoRoot, '../../shared/fixtures/real')];
  return candidates.find((c) => existsSync(c)) ?? near;
}
export const realDir = findRealDir();
export const realPresent = existsSync(realDir);
export const ownDir = path.resolve(repoRoot, 'tests/fixtures/marketplaces');

/** Decodes a saved page in the charset it declares (the Taobao page is GBK). */
export function decode(file: string): string {
  const buf = readFileSync(file);
  const head = buf.subarray(0, 4096).toString('latin1');
  const cs = /charset\s*=\s*["']?(gbk|gb2312|gb18030)/i.exec(head)?.[1]?.toLowerCase();
  return new TextDecoder(cs === 'gb18030' ? 'gb18030' : cs ? 'gbk' : 'utf-8').decode(buf);
}

export function loadDoc(file: string, url: string): Document {
  return new JSDOM(decode(file), { url }).window.document;
}

export function docFromHtml(html: string, url = 'https://example.test/'): Document {
  return new JSDOM(html, { url }).window.document;
}
