import Dexie from 'dexie';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { OrderProofDB } from '../../../utils/db/database';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../../utils/db/versions';
import { buildBackup } from '../../../utils/export/backup';
import { restoreBackup } from '../../../utils/import/restore-backup';
import {
  deleteRecipe,
  exportRecipes,
  importRecipes,
  listRecipes,
  recipesForUrl,
  saveRecipe,
  setRecipeLabels,
} from '../../../utils/recipes/store';
import type { Recipe } from '../../../utils/recipes';
import { caseWithScreenshot, freshDb } from '../../support/db';

const recipe = (field: Recipe['field'], over: Partial<Recipe> = {}): Recipe => ({
  id: `shop.example.org order-detail ${field}`,
  site: 'shop.example.org',
  kind: 'order-detail',
  field,
  anchor: { labels: ['Delivered'], relation: 'same-line' },
  createdAt: 10,
  updatedAt: 10,
  source: 'learned',
  ...over,
});

describe('schema version 5: recipes', () => {
  it('opens a version 4 database with its records and an empty recipe table', async () => {
    const name = `migrate-4-to-5-${Math.random()}`;
    const v4 = new Dexie(name);
    for (const v of SCHEMA_VERSIONS) if (v.version <= 4) v4.version(v.version).stores(v.stores);
    await v4.open();
    await v4.table('settings').put({ key: 'kept', value: 1 });
    await v4.table('stamps').put({ id: 's1', status: 'pending', caseId: 'c1' });
    v4.close();
    const db = new OrderProofDB(name);
    await db.open();
    expect(LATEST_VERSION).toBe(5);
    expect(db.verno).toBe(5);
    expect(await db.settings.get('kept')).toEqual({ key: 'kept', value: 1 });
    expect(await db.stamps.count()).toBe(1);
    expect(await db.recipes.count()).toBe(0);
    await saveRecipe(db, recipe('deliveredAt'));
    expect(await recipesForUrl(db, 'https://www.shop.example.org/orders/2')).toHaveLength(1);
    db.close();
    await Dexie.delete(name);
  });
});

describe('recipe store', () => {
  it('replaces a field’s recipe when pointed again, edits labels, removes', async () => {
    const db = freshDb();
    await saveRecipe(db, recipe('deliveredAt'));
    await saveRecipe(
      db,
      recipe('deliveredAt', { createdAt: 20, updatedAt: 20, anchor: { labels: ['Arrived'], relation: 'next-line' } }),
    );
    const [one] = await listRecipes(db);
    expect(one).toMatchObject({ createdAt: 10, updatedAt: 20, anchor: { labels: ['Arrived'] } });
    await setRecipeLabels(db, one!.id, ['Arrived', 'Delivered on'], 30);
    expect((await listRecipes(db))[0]).toMatchObject({
      updatedAt: 30,
      anchor: { labels: ['Arrived', 'Delivered on'] },
    });
    await expect(setRecipeLabels(db, one!.id, ['  '])).rejects.toThrow();
    expect(await recipesForUrl(db, 'https://other.example/')).toEqual([]);
    await deleteRecipe(db, one!.id);
    expect(await listRecipes(db)).toEqual([]);
  });

  it('imports another user’s recipes as imported, never replacing the user’s own', async () => {
    const db = freshDb();
    await saveRecipe(db, recipe('deliveredAt'));
    const theirs = [recipe('deliveredAt', { anchor: { labels: ['Other'], relation: 'same-line' } }), recipe('carrier')];
    expect(await importRecipes(db, theirs)).toEqual({ added: 1, kept: 1 });
    const all = await listRecipes(db);
    expect(all.find((r) => r.field === 'deliveredAt')).toMatchObject({
      source: 'learned',
      anchor: { labels: ['Delivered'] },
    });
    expect(all.find((r) => r.field === 'carrier')?.source).toBe('imported');
    expect((await exportRecipes(db)).recipes).toHaveLength(2);
  });
});

describe('recipes in backups', () => {
  it('are written into backup.json and restored with the cases', async () => {
    const db = freshDb();
    await caseWithScreenshot(db);
    await saveRecipe(db, recipe('deliveredAt'));
    const backup = await buildBackup(db, { now: new Date('2026-11-27T00:00:00Z') });
    expect(backup.index.recipes).toHaveLength(1);
    const target = freshDb();
    const r = await restoreBackup(target, backup.bytes);
    expect(r).toMatchObject({ ok: true, cases: 1, recipes: 1 });
    expect(await listRecipes(target)).toEqual([{ ...recipe('deliveredAt'), source: 'imported' }]);
  });

  it('refuses a backup whose recipes do not match their schema, writing nothing', async () => {
    const db = freshDb();
    await caseWithScreenshot(db);
    await saveRecipe(db, recipe('deliveredAt'));
    const files = unzipSync((await buildBackup(db)).bytes);
    const index = JSON.parse(new TextDecoder().decode(files['backup.json'])) as { recipes: Recipe[] };
    index.recipes[0] = { ...index.recipes[0]!, id: 'elsewhere.example order-detail total' };
    files['backup.json'] = strToU8(JSON.stringify(index));
    const target = freshDb();
    const r = await restoreBackup(target, zipSync(files));
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(/recipes\.0\.id/);
    expect(await target.cases.count()).toBe(0);
    expect(await target.recipes.count()).toBe(0);
  });
});
