import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '../../utils/db/database';
import { errorText } from '../../utils/error-text';
import { saveFromPage } from '../../utils/export/save-from-page';
import { t, type MessageKey } from '../../utils/i18n';
import { FileButton } from '../shared/FileButton';
import type { Recipe } from '../../utils/schemas/recipe';
import {
  deleteRecipe,
  exportRecipes,
  importRecipes,
  listRecipes,
  recipeFileSchema,
  setRecipeLabels,
} from '../../utils/recipes/store';

/** Larger than any file of recipes OrderProof writes (10 000 recipes). */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

function RecipeRow({ recipe }: { recipe: Recipe }) {
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState('');
  const db = getDb();
  const save = () => {
    const labels = (draft ?? '')
      .split('|')
      .map((s) => s.trim())
      .filter(Boolean);
    setRecipeLabels(db, recipe.id, labels).then(
      () => setDraft(undefined),
      (err: unknown) => setError(errorText(err)),
    );
  };
  return (
    <li data-testid={`recipe-${recipe.field}`}>
      <strong>{recipe.site}</strong> · {t(`pageKind_${recipe.kind.replace('-', '_')}` as MessageKey)} ·{' '}
      {t(`fact_${recipe.field}` as MessageKey)}
      <div className="muted small">
        {draft === undefined ? (
          <span data-testid="recipe-labels">“{recipe.anchor.labels.join(' | ')}”</span>
        ) : (
          <>
            <input
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              aria-label={t('recipeLabels')}
              data-testid="recipe-label-input"
            />{' '}
            <button type="button" onClick={save} data-testid="recipe-label-save">
              {t('recipeSave')}
            </button>
          </>
        )}{' '}
        · {t(`recipeRelation_${recipe.anchor.relation.replace('-', '_')}` as MessageKey)} ·{' '}
        {t(`recipeSource_${recipe.source}`)}
      </div>
      {error ? <span className="bad">{error}</span> : null}
      {draft === undefined ? (
        <button type="button" className="link" onClick={() => setDraft(recipe.anchor.labels.join(' | '))}>
          {t('recipeEdit')}
        </button>
      ) : null}{' '}
      <button
        type="button"
        className="link"
        onClick={() => void deleteRecipe(db, recipe.id)}
        data-testid="recipe-remove"
      >
        {t('recipeRemove')}
      </button>
    </li>
  );
}

/** Fields learned by pointing: listed, label editable, removable; exported and imported as a file, and in backups. */
export function RecipeSettings() {
  const db = getDb();
  const recipes = useLiveQuery(() => listRecipes(db), []);
  const [message, setMessage] = useState('');
  const exportAll = async () => {
    const file = await exportRecipes(db);
    const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
    await saveFromPage(blob, `OrderProof_learned-fields_${new Date().toISOString().slice(0, 10)}.json`);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      if (file.size > MAX_FILE_BYTES) throw new Error(file.name);
      // Another user's file is data to check, never trusted: schema first, then nothing replaces the user's own.
      const parsed = recipeFileSchema.safeParse(JSON.parse(await file.text()));
      if (!parsed.success)
        throw new Error(`${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
      const r = await importRecipes(db, parsed.data.recipes);
      setMessage(t('recipesImported', r.added, r.kept));
    } catch (err) {
      setMessage(t('recipesImportFailed', errorText(err)));
    }
  };
  return (
    <fieldset data-testid="recipe-settings">
      <legend>{t('recipesHeading')}</legend>
      <p className="muted small">{t('recipesIntro')}</p>
      {recipes?.length ? (
        <ul className="recipe-list">
          {recipes.map((r) => (
            <RecipeRow key={r.id} recipe={r} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('recipesNone')}</p>
      )}
      <div className="row-actions">
        <button type="button" onClick={() => void exportAll().catch((e: unknown) => setMessage(errorText(e)))}>
          {t('recipesExport')}
        </button>{' '}
        <FileButton
          label={t('recipesImport')}
          testId="recipe-import"
          accept="application/json,.json"
          onFiles={(files) => void importFile(files[0])}
        />
      </div>
      <p className="muted small">{t('recipesInBackups')}</p>
      {message ? <p role="status">{message}</p> : null}
    </fieldset>
  );
}
