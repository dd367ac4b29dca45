import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outermost, textLines } from '../../../utils/extract/dom';
import { extractPage } from '../../../utils/marketplaces/extract-page';
import { loadPage } from '../../../scripts/saved-page';
import { docFromHtml } from '../../support/dom';
import { main } from '../../../scripts/extract';

/** Pages that break parsers and readers: each must give an answer, say what it could not read, and never throw. */
describe('hostile pages', () => {
  const amazonUrl = 'https://www.amazon.com/gp/your-account/order-details?orderID=112-1234567-1234567';
  const order =
    '<div id="orderDetails"><span>Order placed March 3, 2024</span> <span>Order # 112-1234567-1234567</span><div>Grand Total: $5.00</div></div>';

  it('a <style> jsdom cannot parse (unclosed calc): the page is read without its CSS and says so', () => {
    const html = `<html><head><style>.a{width:calc(}</style></head><body style="width:calc(">${order}</body></html>`;
    const { doc, problems } = loadPage(html, amazonUrl);
    expect(problems.join(' ')).toMatch(/without its CSS/);
    const r = extractPage(new URL(amazonUrl), doc);
    expect(r.orders[0]).toMatchObject({
      orderId: '112-1234567-1234567',
      amounts: { total: { amount: 5, currency: 'USD' } },
    });
  });

  it('markup nested 100,000 levels deep: lines are read without a stack overflow', () => {
    // A node-shaped chain rather than a jsdom tree: jsdom itself needs minutes to build one this deep,
    // a browser does not, and the reader must cope either way.
    type FakeNode = { nodeType: number; tagName?: string; textContent?: string; childNodes: FakeNode[] };
    const leaf: FakeNode = { nodeType: 3, textContent: 'Order number: 55512345', childNodes: [] };
    let cur: FakeNode = leaf;
    for (let i = 0; i < 100_000; i++) cur = { nodeType: 1, tagName: i % 2 ? 'DIV' : 'SPAN', childNodes: [cur] };
    expect(textLines(cur as unknown as Node)).toEqual(['Order number: 55512345']);
  });

  it('broken markup: unclosed tags, stray closers, NUL and control characters, a lone surrogate', () => {
    const html = `<table><tr><td>Order #<td>112-1234567-1234567</tr></table></div></span><p>Grand Total:<p>$5.00\u0000\u0007\ud800<div><b><i>unclosed`;
    const r = extractPage(new URL(amazonUrl), docFromHtml(html, amazonUrl));
    expect(r.marketplace).toBe('amazon');
    expect(r.orders[0]?.orderId).toBe('112-1234567-1234567');
  });

  it('a reader that throws: extractPage answers, names the failure and sets "changed"', () => {
    const doc = docFromHtml(order, amazonUrl);
    const boom = () => {
      throw new Error('boom');
    };
    Object.defineProperty(doc, 'querySelector', { value: boom });
    Object.defineProperty(doc, 'querySelectorAll', { value: boom });
    const r = extractPage(new URL(amazonUrl), doc);
    expect(r.marketplace).toBe('amazon');
    expect(r.problems?.some((p) => /boom/.test(p))).toBe(true);
    expect(r.changed).toBeDefined();
  });

  it('thousands of nested item boxes: outermost keeps the outer ones, in page order', () => {
    const doc = docFromHtml(
      `<div>${Array.from({ length: 5000 }, (_, i) => `<div class="x" id="o${i}"><p class="y"></p><div class="x"></div></div>`).join('')}</div>`,
    );
    const outer = outermost(doc, ['.x', '.y']);
    expect(outer).toHaveLength(5000);
    expect(outer[0]?.id).toBe('o0');
    expect(outer[4999]?.id).toBe('o4999');
  }, 60_000);

  it('JSON state that is not JSON, huge, or hostile is ignored', () => {
    const html = `<script type="application/ld+json">{"@type":"Order", broken</script>
      <script>window.__STATE__ = {"orderId": "9912345678", "a": ${'['.repeat(5000)}${']'.repeat(5000)}};</script>
      <script type="application/json">${'{"order":'.repeat(3000)}1${'}'.repeat(3000)}</script><p>nothing else</p>`;
    const r = extractPage(new URL('https://shop.example.org/o/1'), docFromHtml(html));
    expect(r.problems ?? []).toEqual([]);
  });

  it('npm run extract: a 20 MB page with unreadable CSS exits 0 and reports what it could not read', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'orderproof-hostile-'));
    const file = path.join(dir, 'big.html');
    const filler = `<script>var junk = "${'x'.repeat(20 * 1024 * 1024)}";</script>`;
    writeFileSync(file, `<html><head><style>.a{width:calc(}</style>${filler}</head><body>${order}</body></html>`);
    // The command's `main` in this process (tests/unit/extract/cli.test.ts runs the command itself).
    const printed: string[] = [];
    expect(main([file, '--url', amazonUrl], (text) => printed.push(text))).toBe(0);
    const out = printed.join('\n');
    const r = JSON.parse(out) as { kind: string; orders: { orderId?: string }[]; problems?: string[] };
    expect(r.kind).toBe('order-detail');
    expect(r.orders[0]?.orderId).toBe('112-1234567-1234567');
    expect(r.problems?.join(' ')).toMatch(/without its CSS/);
  }, 180_000);
});
