import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identifierFor, scaffold } from '../../../scripts/new-marketplace';
import { repoRoot } from '../../support/fixtures';

/** The files the scaffolder edits, copied so the real tree is never touched. */
const EDITED = [
  'utils/marketplaces/registry.ts',
  'utils/marketplaces/chat-registry.ts',
  'utils/marketplaces/site-languages.ts',
  'utils/rules/ids.ts',
  'utils/rules/owners.ts',
  'utils/rules/index.ts',
];

let root = '';
let written: string[] = [];
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'new-marketplace-'));
  for (const f of EDITED) cpSync(path.join(repoRoot, f), path.join(root, f));
  cpSync(path.join(repoRoot, 'utils/marketplaces/etsy'), path.join(root, 'utils/marketplaces/etsy'), {
    recursive: true,
  });
  written = scaffold({ root, id: 'acme-shop', host: 'acme.test', name: 'Acme Shop' });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new-marketplace', () => {
  it('writes the adapter folder, its chat spec, a rules entry and a fixture folder', () => {
    for (const f of [
      'utils/marketplaces/acme-shop/index.ts',
      'utils/marketplaces/acme-shop/chat.ts',
      'utils/rules/data/acme-shop.ts',
      'tests/fixtures/marketplaces/acme-shop/README.md',
    ]) {
      expect(written).toContain(f);
      expect(existsSync(path.join(root, f)), f).toBe(true);
    }
  });

  it('registers the adapter and its chat spec as the last entry of each list', () => {
    expect(read('utils/marketplaces/registry.ts')).toContain("import { acmeShop } from './acme-shop/index';");
    expect(read('utils/marketplaces/registry.ts')).toMatch(/ {2}acmeShop,\n\];/);
    expect(read('utils/marketplaces/chat-registry.ts')).toContain("import { acmeShopChat } from './acme-shop/chat';");
    expect(read('utils/marketplaces/chat-registry.ts')).toMatch(/ {2}acmeShopChat,\n\];/);
  });

  it("lists the new site's language (English) for the label-coverage audit", () => {
    expect(read('utils/marketplaces/site-languages.ts')).toMatch(
      / {2}'acme-shop': \[\{ site: 'acme\.test', langs: \['en'\] \}\],\n\};/,
    );
  });

  it('adds the platform id, its display name and its rules to the rules index', () => {
    expect(read('utils/rules/ids.ts')).toMatch(/ {2}'acme-shop',\n\] as const;/);
    expect(read('utils/rules/owners.ts')).toContain("'acme-shop': { zh: 'Acme Shop', en: 'Acme Shop' },");
    expect(read('utils/rules/index.ts')).toContain("import { acmeShopRules } from './data/acme-shop';");
    expect(read('utils/rules/index.ts')).toContain('  ...acmeShopRules,\n  ...paymentChannelRules,');
  });

  it('hangs the chat spec on the adapter and publishes no deadline in the stub rules', () => {
    expect(read('utils/marketplaces/acme-shop/index.ts')).toContain('chat: acmeShopChat,');
    expect(read('utils/rules/data/acme-shop.ts')).toContain('nonePublished(');
    expect(read('utils/rules/data/acme-shop.ts')).not.toContain('published(0');
  });

  it('escapes the host in the chat URL pattern', () => {
    expect(read('utils/marketplaces/acme-shop/chat.ts')).toContain('acme\\.test\\/messages');
  });

  it('refuses a marketplace that exists already', () => {
    expect(() => scaffold({ root, id: 'etsy' })).toThrow(/exists already/);
  });

  it('refuses an id that is not lower-case words joined by dashes', () => {
    expect(() => scaffold({ root, id: 'Acme Shop' })).toThrow(/lower-case/);
  });

  it('makes identifiers of ids', () => {
    expect(identifierFor('tiktok-shop')).toBe('tiktokShop');
    expect(identifierFor('1688')).toBe('m1688');
  });
});
