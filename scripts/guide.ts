// npm run guide -- --platform amazon --role buyer --problem not-received --market US --date delivered=2026-03-01 --today 2026-03-05
import { guideReport } from '../utils/rules/guide-cli';
import { marketFromUrl } from '../utils/rules/markets';
import { adapterForUrl } from '../utils/marketplaces/registry';

const args = process.argv.slice(2);
const one = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const many = (name: string) => args.flatMap((a, i) => (a === `--${name}` && args[i + 1] ? [args[i + 1]!] : []));
const pairs = (list: string[]) =>
  Object.fromEntries(list.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));

const url = one('url');
const platform = one('platform') ?? (url ? adapterForUrl(new URL(url))?.id : undefined) ?? 'other';
const market = one('market') ?? (url ? marketFromUrl(url) : undefined);
const report = guideReport({
  platform,
  role: (one('role') ?? 'buyer') as 'buyer' | 'seller',
  problem: (one('problem') ?? 'general') as never,
  ...(market ? { market } : {}),
  conditions: pairs(many('condition')),
  dates: pairs(many('date')),
  steps: pairs(many('step')),
  today: one('today') ?? new Date().toISOString().slice(0, 10),
  lang: (one('lang') ?? 'en') as 'en',
  timeZone: one('tz') ?? 'UTC',
});
console.log(JSON.stringify(report, null, 2));
