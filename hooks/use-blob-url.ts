import { useEffect, useState } from 'react';
import { getDb } from '../utils/db/database';
import { readBlob } from '../utils/db/store';

/** An object URL for a stored file, revoked when the component lets go of it. */
export function useBlobUrl(sha256: string | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!sha256) return;
    let made: string | undefined;
    let live = true;
    void readBlob(getDb(), sha256).then((blob) => {
      if (!blob || !live) return;
      made = URL.createObjectURL(blob);
      setUrl(made);
    });
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [sha256]);
  return url;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}
