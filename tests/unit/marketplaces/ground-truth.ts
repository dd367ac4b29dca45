import { afterAll, describe, expect, it } from 'vitest';

/**
 * Real saved pages against their ground truth, one test per value: a page is read once (jsdom parses it
 * once, when the file's tests are collected), then each ground-truth value is its own `it`, so a wrong or
 * missing value fails under its own name. The score per marketplace is printed after the file as a report.
 */

export interface Check {
  field: string;
  got: unknown;
  /** `undefined` or `null`: the page has no such value, and the extraction must have none either. */
  want: unknown;
}

type Verdict = 'right' | 'wrong' | 'missing';

/**
 * Nothing read: no value, an empty list, or a count of none (an order with no shipments or items read, a
 * page with no orders read). A count or list that has something in it is a value, right or wrong.
 */
function nothingRead({ field, got }: Check): boolean {
  if (got === undefined || got === null) return true;
  if (Array.isArray(got)) return got.every((x) => x === undefined || x === null);
  return got === 0 && /(?:count|shipments|items|rows)$/i.test(field);
}

function verdict(c: Check): Verdict {
  const { got, want } = c;
  if (want === undefined || want === null) return got === undefined || got === false ? 'right' : 'wrong';
  if (JSON.stringify(got) === JSON.stringify(want)) return 'right';
  if (nothingRead(c)) return 'missing';
  return JSON.stringify(got) === JSON.stringify(want) ? 'right' : 'wrong';
}

/** The checks of one page, filled by the page's reader. */
export class PageChecks {
  readonly checks: Check[] = [];
  /** Ground truth counted apart: not printed on the saved page, or with no comparable Order field. */
  readonly unscored = { notOnPage: 0, noField: 0 };

  constructor(public market: string) {}

  check(field: string, got: unknown, want: unknown): void {
    this.checks.push({ field, got, want });
  }

  /** Ground truth that says a field must be absent (no refund, no recipient): a present value is wrong. */
  absent(field: string, got: unknown): void {
    this.checks.push({ field, got, want: undefined });
  }
}

interface Tally {
  right: number;
  wrong: string[];
  missing: string[];
  notOnPage: number;
  noField: number;
}

export interface BoardOptions {
  /**
   * A missing value is counted, not failed (the held-out proxy: a reader that is expected to miss some
   * fields, and must never be wrong). A wrong value fails its test either way.
   */
  missingPasses?: boolean;
  /** The report's title line. */
  title?: string;
}

export class Scoreboard {
  private readonly tallies = new Map<string, Tally>();

  /** Call at the top level of a test file: the report prints once the file's tests have run. */
  constructor(private readonly options: BoardOptions = {}) {
    afterAll(() => this.print());
  }

  /** Right, wrong and missing per marketplace and page kind, as counted so far. */
  totals(): { key: string; right: number; wrong: number; missing: number }[] {
    return [...this.tallies].map(([key, t]) => ({
      key,
      right: t.right,
      wrong: t.wrong.length,
      missing: t.missing.length,
    }));
  }

  /** One saved page: `read` runs once and records its checks; each check becomes a test. */
  page(market: string, name: string, read: (p: PageChecks) => void): void {
    describe(name, () => {
      const p = new PageChecks(market);
      read(p);
      const t = this.tally(p.market);
      t.notOnPage += p.unscored.notOnPage;
      t.noField += p.unscored.noField;
      for (const c of p.checks) {
        const v = verdict(c);
        if (v === 'right') t.right++;
        else
          (v === 'wrong' ? t.wrong : t.missing).push(
            `${name} ${c.field}: got ${JSON.stringify(c.got)}, want ${JSON.stringify(c.want ?? 'nothing')}`,
          );
        it(c.field, () => {
          if (c.want === undefined || c.want === null) {
            expect(c.got === false ? undefined : c.got).toBeUndefined();
            return;
          }
          if (this.options.missingPasses && nothingRead(c) && verdict(c) === 'missing') return;
          expect(c.got ?? undefined, 'missing from the extraction').toBeDefined();
          expect(JSON.parse(JSON.stringify(c.got)) as unknown).toEqual(c.want);
        });
      }
    });
  }

  private tally(market: string): Tally {
    let t = this.tallies.get(market);
    if (!t) this.tallies.set(market, (t = { right: 0, wrong: [], missing: [], notOnPage: 0, noField: 0 }));
    return t;
  }

  private print(): void {
    if (this.options.title) console.log(this.options.title);
    let right = 0;
    let all = 0;
    let wrong = 0;
    for (const t of this.totals()) {
      right += t.right;
      wrong += t.wrong;
      all += t.right + t.wrong + t.missing;
    }
    console.log(
      `ALL: ${right}/${all} ground-truth fields right (${((100 * right) / Math.max(1, all)).toFixed(1)}%), ${wrong} wrong`,
    );
    for (const [m, s] of this.tallies) {
      const total = s.right + s.wrong.length + s.missing.length;
      console.log(
        `${m}: ${s.right}/${total} ground-truth fields right (${((100 * s.right) / Math.max(1, total)).toFixed(1)}%), ${s.wrong.length} wrong, ${s.missing.length} missing` +
          (s.notOnPage || s.noField
            ? `; not scored: ${s.notOnPage} not printed on the saved page (or the export disagrees with it), ${s.noField} without a comparable Order field`
            : ''),
      );
      for (const x of s.wrong) console.log(`  WRONG ${x}`);
      for (const x of s.missing) console.log(`  missing ${x}`);
    }
  }
}
