import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { marketplaces } from '../../utils/marketplaces/registry';
import { PLATFORM_IDS, rulesFor } from '../../utils/rules';

/**
 * Adding a marketplace means: one adapter file, one line in the registry, a rules entry and fixtures.
 * This fails, naming the marketplace, when any of the four is missing.
 */
const NOT_ADAPTERS = new Set(['types.ts', 'registry.ts', 'define.ts', 'configured.ts']);
const adapterFiles = readdirSync('utils/marketplaces').filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f));
// Marketplaces whose pages come from the shared real fixtures or the project's own demo shop.
const OTHER_FIXTURES: Record<string, string> = {
  amazon: '../shared/fixtures/real/amazon-com-2020-2025',
  taobao: '../shared/fixtures/real/taobao',
  'demo-shop': 'tests/demo-shop/site/orders',
};

function hasFixtures(id: string): boolean {
  const own = join('tests/fixtures/marketplaces', id);
  if (existsSync(own) && readdirSync(own).some((f) => f.endsWith('.html'))) return true;
  const other = OTHER_FIXTURES[id];
  // The shared fixtures are absent on a user's fresh clone; the adapter's own tests say so there.
  return other !== undefined && (existsSync(other) || other.startsWith('../shared/'));
}

describe('every marketplace is complete', () => {
  it('every adapter file is registered, and every registered adapter has its file', () => {
    const registered = marketplaces.map((m) => `${m.id}.ts`).sort();
    expect(registered).toEqual([...adapterFiles].sort());
  });

  for (const m of marketplaces) {
    it(`${m.id}: has a buyer rules entry with steps`, () => {
      expect(PLATFORM_IDS as readonly string[]).toContain(m.id);
      const rules = rulesFor(m.id, 'buyer');
      expect(rules.length, `no rules entry for ${m.id}`).toBeGreaterThan(0);
      expect(rules.every((r) => r.steps.length > 0)).toBe(true);
    });

    it(`${m.id}: has fixture pages`, () => {
      expect(hasFixtures(m.id), `no fixtures for ${m.id}`).toBe(true);
    });
  }

  it('every platform with rules has an adapter', () => {
    expect([...PLATFORM_IDS].sort()).toEqual(marketplaces.map((m) => m.id).sort());
  });
});
