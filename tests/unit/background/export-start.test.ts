import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { OrderProofDB } from '../../../utils/db/database';

const language = vi.hoisted(() => ({ resolve: undefined as ((lang: 'en') => void) | undefined }));

vi.mock('../../../utils/export/export-case', () => ({
  exportCase: vi.fn(),
  // The settings read is held open until the test lets it go.
  exportLanguage: vi.fn(() => new Promise<'en'>((resolve) => (language.resolve = resolve))),
}));

const { exportCaseToDownloads } = await import('../../../entrypoints/background/export');

type Api = Record<string, unknown>;

describe("the background's export in Chrome (an offscreen document builds the pack)", () => {
  const createObjectURL = URL.createObjectURL;

  beforeEach(() => {
    fakeBrowser.reset();
    // Chrome's service worker has no blob URLs.
    (URL as unknown as Api).createObjectURL = undefined;
  });
  afterEach(() => {
    URL.createObjectURL = createObjectURL;
    language.resolve = undefined;
    vi.restoreAllMocks();
  });

  it('asks for the offscreen document while the settings are still being read, and sends the build after both', async () => {
    const order: string[] = [];
    const runtime = browser.runtime as unknown as Api;
    runtime.getContexts = vi.fn(() => Promise.resolve([]));
    (browser as unknown as Api).offscreen = {
      createDocument: vi.fn(() => {
        order.push('offscreen asked for');
        return Promise.resolve();
      }),
    };
    vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ version: '1.2.3' } as never);
    const sent: unknown[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
      sent.push(message);
      order.push('build sent');
      // The build fails here: the test is about what happens before it.
      return Promise.resolve({ ok: false, error: 'stop here' });
    });

    const done = exportCaseToDownloads({} as OrderProofDB, 'case-1').catch((err: unknown) => String(err));
    await vi.waitFor(() => expect(order).toContain('offscreen asked for'));
    expect(language.resolve).toBeDefined();
    expect(sent).toEqual([]);

    language.resolve!('en');
    expect(await done).toMatch(/stop here/);
    expect(order).toEqual(['offscreen asked for', 'build sent']);
    expect(sent).toEqual([
      expect.objectContaining({ type: 'offscreen.export', target: 'offscreen', caseId: 'case-1', lang: 'en' }),
    ]);
  });
});
