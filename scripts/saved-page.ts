/**
 * Turns a saved page's bytes into a DOM for the extractor, whatever the page holds. jsdom throws on some
 * CSS (an unclosed `calc(` in a <style>), so a page it cannot build is rebuilt without its styles, then
 * without styles and scripts; each step is reported, never thrown. Only Node (the CLI and tests) uses this.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

/** The charset the page declares (BOM, meta charset / http-equiv), looked for in its first bytes. */
export function charsetOf(buf: Uint8Array): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  const head = Buffer.from(buf.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)/i.exec(head);
  const cs = m?.[1]?.toLowerCase();
  if (cs === 'gbk' || cs === 'gb2312' || cs === 'gb18030') return cs === 'gb18030' ? 'gb18030' : 'gbk';
  return cs && cs !== 'utf8' ? cs : 'utf-8';
}

export function decodePage(buf: Uint8Array): { html: string; charset: string; problems: string[] } {
  const charset = charsetOf(buf);
  try {
    return { html: new TextDecoder(charset).decode(buf), charset, problems: [] };
  } catch {
    return {
      html: new TextDecoder('utf-8').decode(buf),
      charset: 'utf-8',
      problems: [`unknown charset "${charset}": read as UTF-8`],
    };
  }
}

const withoutStyles = (html: string) =>
  html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '<style></style>')
    .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, '');
const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');

export interface LoadedPage {
  doc: Document;
  problems: string[];
}

/** A DOM of the page; `problems` says what had to be left out to build it. */
export function loadPage(html: string, url: string): LoadedPage {
  const problems: string[] = [];
  // The page's own console errors (bad CSS it skipped, etc.) are not the extractor's output.
  const quiet = () => new VirtualConsole();
  const attempts: [string, () => string][] = [
    ['as saved', () => html],
    ['without its CSS', () => withoutStyles(html)],
    ['without its CSS and scripts', () => withoutScripts(withoutStyles(html))],
  ];
  for (const [how, make] of attempts) {
    try {
      const doc = new JSDOM(make(), { url, virtualConsole: quiet() }).window.document;
      if (how !== 'as saved') problems.push(`the page was read ${how}: the parser could not read it as saved`);
      return { doc, problems };
    } catch (e) {
      problems.push(
        `parsing the page ${how} failed: ${e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200)}`,
      );
    }
  }
  // Nothing could be parsed: an empty document, so the caller still answers.
  return {
    doc: new JSDOM('', { url, virtualConsole: quiet() }).window.document,
    problems: [...problems, 'the page could not be parsed at all; nothing was read'],
  };
}
