/**
 * Runs the extension's own extractor on a saved page:
 *   npm run extract -- <saved-page.html> --url <original URL> [--include-address]
 * Prints the page kind and the orders as JSON, and under `problems` what could not be read. A page the
 * parser or a reader chokes on still gets an answer (exit 0); only bad arguments or an unreadable file fail.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extractPage } from '../utils/marketplaces/extract-page';
import { decodePage, loadPage } from './saved-page';
import { errorText } from '../utils/error-text';

export function main(
  argv: readonly string[],
  print: (text: string) => void = console.log,
  printError: (text: string) => void = console.error,
): number {
  const args = [...argv];
  const urlAt = args.indexOf('--url');
  const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
  if (urlAt >= 0) args.splice(urlAt, 2);
  const includeAddress = args.includes('--include-address');
  const file = args.find((a) => !a.startsWith('--'));
  let parsed: URL | undefined;
  try {
    parsed = url ? new URL(url) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!file || !url || !parsed) {
    printError('usage: npm run extract -- <saved-page.html> --url <original URL> [--include-address]');
    return 2;
  }
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    printError(`cannot read ${file}: ${errorText(e)}`);
    return 1;
  }
  const { html, charset, problems: decodeProblems } = decodePage(buf);
  const { doc, problems: parseProblems } = loadPage(html, parsed.href);
  const result = extractPage(parsed, doc, { includeAddress });
  const problems = [...decodeProblems, ...parseProblems, ...(result.problems ?? [])];
  print(JSON.stringify({ file, url, charset, ...result, ...(problems.length ? { problems } : {}) }, null, 2));
  return 0;
}

// Run as a command, not when a test imports `main`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2));
