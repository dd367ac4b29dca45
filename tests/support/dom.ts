import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { demoChatDir } from './fixtures';

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

/** A document from markup, as jsdom parses it (no scripts run). */
export function docFromHtml(html: string, url = 'https://example.test/'): Document {
  return new JSDOM(html, { url }).window.document;
}

/** A demo-shop chat page's static DOM. */
export function chatPage(file: string, url: string): Document {
  return new JSDOM(readFileSync(path.join(demoChatDir, file), 'utf8'), { url }).window.document;
}
