import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

export const chatSite = path.resolve(import.meta.dirname, '../../demo-shop/site/chat');

/** A demo chat page as jsdom parses it (no scripts run: the page's static DOM). */
export function chatPage(file: string, url: string): Document {
  return new JSDOM(readFileSync(path.join(chatSite, file), 'utf8'), { url }).window.document;
}

export function docFrom(html: string, url = 'https://example.test/'): Document {
  return new JSDOM(html, { url }).window.document;
}
