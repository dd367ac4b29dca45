import { browser } from 'wxt/browser';

/** Resolves with how a download ended: 'complete' (the file is on disk) or 'interrupted'. */
export function whenDownloadEnds(downloadId: number): Promise<'complete' | 'interrupted'> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (state: 'complete' | 'interrupted') => {
      if (settled) return;
      settled = true;
      browser.downloads.onChanged.removeListener(listener);
      resolve(state);
    };
    const listener = (delta: { id: number; state?: { current?: string } }) => {
      if (delta.id !== downloadId) return;
      const state = delta.state?.current;
      if (state === 'complete' || state === 'interrupted') settle(state);
    };
    browser.downloads.onChanged.addListener(listener);
    // A small pack may be written before the listener is in place.
    void browser.downloads.search({ id: downloadId }).then(([item]) => {
      if (item?.state === 'complete' || item?.state === 'interrupted') settle(item.state);
    });
  });
}
