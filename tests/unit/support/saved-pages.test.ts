import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDoc } from '../../support/dom';
import { realDir } from '../../support/fixtures';

/** The real-page cases share one parse of each saved page: a page some test changed must never be handed on. */
describe('saved pages parsed once for the unit run', () => {
  const dir = path.join(realDir, 'amazon-de');
  const file = path.join(
    dir,
    readdirSync(dir).find((f) => f.endsWith('.html'))!,
  );
  const url = 'https://www.amazon.de/gp/your-account/order-details?orderID=1';

  it('hands the same document to the next reader while nothing changed it', () => {
    expect(loadDoc(file, url)).toBe(loadDoc(file, url));
  });

  it('parses the page afresh once a test has changed it, whether or not the change was reported yet', async () => {
    const first = loadDoc(file, url);
    first.body.setAttribute('data-changed', '1');
    const second = loadDoc(file, url);
    expect(second).not.toBe(first);
    expect(second.body.hasAttribute('data-changed')).toBe(false);
    second.body.setAttribute('data-changed', '2');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const third = loadDoc(file, url);
    expect(third).not.toBe(second);
    expect(third.body.hasAttribute('data-changed')).toBe(false);
  });
});
