// npm run new-marketplace -- <id> [--host example.com] [--name "Example Shop"]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Scaffolds a marketplace: its folder (order reader and chat spec), its line in both registries, a rules
 * entry that publishes no deadline yet, and a fixture folder. What it writes reads nothing and claims no
 * number until filled in; tests/unit/marketplaces/registry.test.ts fails until fixture pages are added.
 */

export interface ScaffoldOptions {
  /** The repository's root (a copy of it in the tests). */
  root: string;
  id: string;
  host?: string;
  name?: string;
}

/** A JS identifier for an id: `tiktok-shop` → `tiktokShop`, `1688` → `m1688`. */
export function identifierFor(id: string): string {
  const camel = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return /^\d/.test(camel) ? `m${camel}` : camel;
}

function insertAfterLast(text: string, linePattern: RegExp, line: string, file: string): string {
  const lines = text.split('\n');
  const at = lines.reduce((last, l, i) => (linePattern.test(l) ? i : last), -1);
  if (at < 0) throw new Error(`${file}: no line matching ${linePattern}`);
  lines.splice(at + 1, 0, line);
  return lines.join('\n');
}

/** Adds `entry` as the last element of the array literal that starts at `opener`. */
function appendToList(text: string, opener: string, entry: string, file: string): string {
  const start = text.indexOf(opener);
  if (start < 0) throw new Error(`${file}: "${opener}" not found`);
  const end = text.indexOf('\n]', start);
  if (end < 0) throw new Error(`${file}: the list after "${opener}" has no end`);
  return `${text.slice(0, end)}\n  ${entry}${text.slice(end)}`;
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const full = path.join(root, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
}

function adapterSource(id: string, v: string, host: string, name: string): string {
  return `import { configured, EN } from '../configured';
import { hostRe } from '../define';
import { ${v}Chat } from './chat';

/**
 * ${name}. Not checked against a real page: every field (fixture: tests/fixtures/marketplaces/${id}).
 * Scaffolded: replace the URL patterns, selectors and labels with the site's own, and define its
 * order-number shape once in chat.ts for both readers.
 */
const HOSTS = ['${host}'];
const H = hostRe(HOSTS);

export const ${v} = configured({
  id: '${id}',
  name: { en: '${name}', zh: '${name}' },
  hosts: HOSTS,
  currency: 'USD',
  urls: {
    'order-list': [new RegExp(\`^\${H}/orders/?(?:[?#]|$)\`)],
    'order-detail': [new RegExp(\`^\${H}/orders/[^/?#]+\`)],
    chat: [new RegExp(\`^\${H}/messages/\`)],
  },
  chat: ${v}Chat,
  testUrls: {
    'order-list': ['https://www.${host}/orders'],
    'order-detail': ['https://www.${host}/orders/1234567890'],
    chat: ['https://www.${host}/messages/1'],
  },
  detail: {
    detail: ['main', 'body'],
    ...EN,
    required: ['orderId', 'placedAt', 'amounts.total', 'items'],
  },
});
`;
}

function chatSource(v: string, host: string, id: string, name: string): string {
  return `import type { ChatAdapter } from '../../chat/types';

/**
 * ${name} buyer–seller messages. NOT checked against a real page: every selector below is a placeholder
 * to replace with the chat UI's own. orderPatterns stays empty until the site's order-number shape is
 * known: then define it here once (export const ORDER_NUMBER) and let index.ts import it.
 */
export const ${v}Chat: ChatAdapter = {
  id: '${id}',
  name: '${name}',
  matches: ['*://*.${host}/messages/*'],
  urls: [/^(?:[a-z0-9-]+\\.)*${host.replace(/\./g, '\\.')}\\/messages\\//],
  variants: [
    {
      list: '[data-orderproof-fill-in="message-list"]',
      message: '[data-orderproof-fill-in="message"]',
      roles: {},
      text: '[data-orderproof-fill-in="message-text"]',
    },
  ],
  orderPatterns: [],
};
`;
}

function rulesSource(id: string, v: string, name: string): string {
  return `import type { RuleSource, RulesEntryInput } from '../schema';
import { buyerEvidence, CHECKED, forScenarios, nonePublished, tx } from './helpers';

/** Scaffolded: no source checked yet, so no deadline is published. Replace with the site's own rules. */
const sources: RuleSource[] = [{ id: '${id}-help', citation: '${name} help centre (not yet checked)' }];

const buyer = forScenarios(['not-received'] as const, (scenario) => ({
  id: \`${id}.buyer.\${scenario}\`,
  owner: '${id}',
  ownerKind: 'platform',
  role: 'buyer',
  scenario,
  title: tx('${name}：联系卖家', '${name}: contact the seller'),
  steps: [
    {
      id: 'contact-seller',
      title: tx('联系卖家', 'Contact the seller'),
      where: tx('我的订单 → 该订单 → 联系卖家', 'My orders → the order → Contact the seller'),
      evidence: buyerEvidence(scenario),
      deadlines: [nonePublished(tx('尚未核对来源：没有期限可以显示', 'No source checked yet: no deadline to show'))],
      writtenComplaint: true,
    },
  ],
  sources,
  checked: CHECKED,
  confidence: { level: 'secondary', note: tx('脚手架生成，尚未核对来源', 'Scaffolded; not yet checked against a source') },
}));

export const ${v}Rules: RulesEntryInput[] = buyer;
`;
}

const FIXTURE_README = (id: string) => `# ${id} fixture

Put a saved order page here as \`detail.html\` (personal data replaced) and its values in
\`expected.json\` (see ../etsy for the shape). tests/unit/marketplaces/registry.test.ts fails until
a page is here; own-fixtures.test.ts then checks every value.
`;

/** Writes the new marketplace's files and registers it. Returns the paths written or changed. */
export function scaffold({ root, id, host = `${id}.com`, name = id }: ScaffoldOptions): string[] {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`"${id}": an id is lower-case letters, digits and dashes`);
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(host)) throw new Error(`"${host}" is no host name`);
  if (/['`\\]/.test(name)) throw new Error('the name may not hold quotes or backslashes');
  const dir = path.join('utils/marketplaces', id);
  if (existsSync(path.join(root, dir))) throw new Error(`${dir} exists already`);
  const v = identifierFor(id);
  const written: Record<string, string> = {
    [path.join(dir, 'index.ts')]: adapterSource(id, v, host, name),
    [path.join(dir, 'chat.ts')]: chatSource(v, host, id, name),
    [`utils/rules/data/${id}.ts`]: rulesSource(id, v, name),
    [`tests/fixtures/marketplaces/${id}/README.md`]: FIXTURE_README(id),
  };
  for (const [file, text] of Object.entries(written)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const registry = 'utils/marketplaces/registry.ts';
  edit(root, registry, (t) =>
    appendToList(
      insertAfterLast(
        t,
        /^import \{ \w+ \} from '\.\/[\w-]+\/index';$/,
        `import { ${v} } from './${id}/index';`,
        registry,
      ),
      'export const marketplaces',
      `${v},`,
      registry,
    ),
  );
  const chatRegistry = 'utils/marketplaces/chat-registry.ts';
  edit(root, chatRegistry, (t) =>
    appendToList(
      insertAfterLast(
        t,
        /^import \{ \w+ \} from '\.\/[\w-]+\/chat';$/,
        `import { ${v}Chat } from './${id}/chat';`,
        chatRegistry,
      ),
      'export const chatAdapters',
      `${v}Chat,`,
      chatRegistry,
    ),
  );
  // The languages its pages come in: English until the new adapter's sites are known (label-coverage.test.ts).
  const langs = 'utils/marketplaces/site-languages.ts';
  edit(root, langs, (t) => {
    const end = t.lastIndexOf('\n};');
    if (end < 0) throw new Error(`${langs}: the SITE_LANGUAGES object has no end`);
    return `${t.slice(0, end)}\n  '${id}': [{ site: '${host}', langs: ['en'] }],${t.slice(end)}`;
  });
  const ids = 'utils/rules/ids.ts';
  edit(root, ids, (t) => appendToList(t, 'export const PLATFORM_IDS', `'${id}',`, ids));
  const owners = 'utils/rules/owners.ts';
  edit(root, owners, (t) => {
    const anchor = "  'demo-shop': {";
    if (!t.includes(anchor)) throw new Error(`${owners}: the demo-shop name is not found`);
    return t.replace(anchor, `  '${id}': { zh: '${name}', en: '${name}' },\n${anchor}`);
  });
  const rules = 'utils/rules/index.ts';
  edit(root, rules, (t) => {
    const withImport = insertAfterLast(
      t,
      /^import \{ \w+ \} from '\.\/data\/[\w-]+';$/,
      `import { ${v}Rules } from './data/${id}';`,
      rules,
    );
    if (!withImport.includes('  ...paymentChannelRules,'))
      throw new Error(`${rules}: "...paymentChannelRules," not found`);
    return withImport.replace('  ...paymentChannelRules,', `  ...${v}Rules,\n  ...paymentChannelRules,`);
  });
  return [...Object.keys(written), registry, chatRegistry, langs, ids, owners, rules];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const opt = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const id = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!id) {
    console.error('usage: npm run new-marketplace -- <id> [--host example.com] [--name "Example Shop"]');
    process.exit(2);
  }
  const host = opt('--host');
  const name = opt('--name');
  for (const f of scaffold({ root: process.cwd(), id, ...(host ? { host } : {}), ...(name ? { name } : {}) }))
    console.log(f);
  console.log(
    `\nNext: fill in ${path.join('utils/marketplaces', id)}, add a fixture page, then run the registry test.`,
  );
}
