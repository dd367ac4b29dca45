import { Scoreboard } from './ground-truth';
import { genericOnly } from './page-reader';
import { realLocaleCases } from './real-locales-cases';
import { realPageCases } from './real-pages-cases';

/**
 * The held-out proxy: every shared real page read with its adapter switched off, by the generic reader
 * alone (structured data, labels, layout), as on a page family no adapter has met. A missing value is
 * counted (the printed table, per marketplace and page kind); a wrong value fails its own test.
 */
const board = new Scoreboard({
  missingPasses: true,
  title: 'Held-out proxy: the generic reader alone on every shared real page',
});
realPageCases(board, genericOnly);
realLocaleCases(board, genericOnly);
