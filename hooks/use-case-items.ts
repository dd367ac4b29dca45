import { useCallback, useSyncExternalStore } from 'react';
import { getDb } from '../utils/db/database';
import { sharedCaseItems } from '../utils/db/case-items';
import type { Evidence } from '../utils/schemas/records';

/** A case's items, oldest first, live; read whole once and then only what changed (utils/db/case-items.ts). */
export function useCaseItems(caseId: string): Evidence[] | undefined {
  const store = sharedCaseItems(getDb());
  const subscribe = useCallback((onChange: () => void) => store.subscribe(caseId, onChange), [store, caseId]);
  return useSyncExternalStore(subscribe, () => store.current(caseId));
}
