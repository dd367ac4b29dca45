import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { currentSpace } from '../utils/db/storage-guard';
import type { SpaceAssessment } from '../utils/db/space';
import { LATCH_KEY, loadLatch, type WritesStopped } from '../utils/db/write-latch';

export interface StorageStatus {
  /** Undefined where the browser gives no estimate. */
  space?: SpaceAssessment;
  stopped?: WritesStopped;
  refresh: () => void;
}

/** The store's space and whether writes are stopped, kept current while the page is open. */
export function useStorageStatus(everyMs = 10_000): StorageStatus {
  const [state, setState] = useState<Omit<StorageStatus, 'refresh'>>({});
  const refresh = useCallback(() => {
    void Promise.all([currentSpace(), loadLatch()]).then(([space, stopped]) =>
      setState({ ...(space ? { space } : {}), ...(stopped ? { stopped } : {}) }),
    );
  }, []);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, everyMs);
    const onChanged = (changes: Record<string, unknown>) => {
      if (LATCH_KEY in changes) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      clearInterval(timer);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [refresh, everyMs]);
  return { ...state, refresh };
}
