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

interface Parsed {
  doc: Document;
  changes: MutationObserver;
  /** Set by the observer's callback, which takes the records it is given off the queue. */
  changed: boolean;
}
const parsed = new Map<string, Parsed>();

/**
 * A saved page as a document, parsed once per page and address for the whole unit run: the real-page cases
 * read each page under several readers (adapters, the extension's way, the generic reader alone), and parsing
 * was about 40 % of the unit tests' CPU. Readers must never change the page (the extension reads live ones);
 * a page some test did change is parsed afresh, never handed on changed.
 */
export function loadDoc(file: string, url: string): Document {
  const key = `${file}\n${url}`;
  const kept = parsed.get(key);
  if (kept && !kept.changed && kept.changes.takeRecords().length === 0) return kept.doc;
  kept?.changes.disconnect();
  const window = new JSDOM(decode(file), { url }).window;
  const entry: Parsed = {
    doc: window.document,
    changes: new window.MutationObserver(() => {
      entry.changed = true;
    }),
    changed: false,
  };
  entry.changes.observe(window.document, { subtree: true, childList: true, attributes: true, characterData: true });
  parsed.set(key, entry);
  return window.document;
}

/** A document from markup, as jsdom parses it (no scripts run). */
export function docFromHtml(html: string, url = 'https://example.test/'): Document {
  return new JSDOM(html, { url }).window.document;
}

/** A demo-shop chat page's static DOM. */
export function chatPage(file: string, url: string): Document {
  return new JSDOM(readFileSync(path.join(demoChatDir, file), 'utf8'), { url }).window.document;
}
