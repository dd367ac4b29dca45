import { beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { OrderProofDB } from '../../../utils/db/database';

const recorded = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../utils/export/export-case', () => ({
  exportCase: () =>
    Promise.resolve({ blob: new Blob(['zip']), filename: 'pack.zip', bytes: 3, head: 'h', seal: { caseId: 'c' } }),
}));
vi.mock('../../../utils/export/record-export', () => ({
  recordExport: () => {
    recorded.calls++;
    return Promise.resolve();
  },
}));

const { exportPackFromPage } = await import('../../../utils/export/save-from-page');

type Delta = { id: number; state?: { current?: string } };

/** A downloads API whose one download ends when the test says so. */
function fakeDownloads() {
  const listeners = new Set<(d: Delta) => void>();
  vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'OrderProof',
    version: '0.1.0',
  });
  // The promise overloads of the downloads API (the typings' last overload is the callback one).
  (vi.spyOn(browser.downloads, 'download') as unknown as MockInstance<() => Promise<number>>).mockResolvedValue(42);
  (vi.spyOn(browser.downloads, 'search') as unknown as MockInstance<() => Promise<[]>>).mockResolvedValue([]);
  vi.spyOn(browser.downloads.onChanged, 'addListener').mockImplementation((l) => void listeners.add(l));
  vi.spyOn(browser.downloads.onChanged, 'removeListener').mockImplementation((l) => void listeners.delete(l));
  return { end: (state: string) => listeners.forEach((l) => l({ id: 42, state: { current: state } })) };
}

const settle = () => new Promise((r) => setTimeout(r, 10));

describe("the library's export", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    recorded.calls = 0;
  });

  it('is logged only once the download is complete on disk', async () => {
    const downloads = fakeDownloads();
    const done = exportPackFromPage({} as OrderProofDB, 'c', undefined);
    await settle();
    expect(recorded.calls).toBe(0);
    downloads.end('complete');
    await expect(done).resolves.toMatchObject({ filename: 'pack.zip', downloadId: 42 });
    expect(recorded.calls).toBe(1);
  });

  it('is not logged when the download is interrupted', async () => {
    const downloads = fakeDownloads();
    const done = exportPackFromPage({} as OrderProofDB, 'c', undefined);
    await settle();
    downloads.end('interrupted');
    await expect(done).rejects.toThrow(/interrupted; nothing was logged/);
    expect(recorded.calls).toBe(0);
  });
});
