import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { debuggerCapture } from '../../../utils/capture/debugger';
import { CaptureRun } from '../../../utils/capture/context';
import type { PagePort } from '../../../utils/capture/page-port';
import { setCatalogue } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';

setCatalogue('en', en);

/** A 1×1 PNG: the debugger's picture of the (one-tile) page. */
const PNG_B64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
const metrics = {
  scrollX: 0,
  scrollY: 120,
  viewport: { width: 800, height: 600 },
  visible: { width: 800, height: 600 },
  pageSize: { width: 800, height: 2400 },
  devicePixelRatio: 1,
};

/** Records, in one list, what the page was asked and what the debugger was sent. */
function recorder(blank: number) {
  const steps: string[] = [];
  const port = (async (request: { type: string }) => {
    steps.push(request.type);
    if (request.type === 'tools.measure') return metrics;
    if (request.type === 'tools.preload') return { images: 4, blank, pageHeight: 2400 };
    return { ok: true };
  }) as PagePort;
  const layout = { contentSize: { width: 800, height: 2400 }, layoutViewport: { clientWidth: 800, clientHeight: 600 } };
  Object.assign(fakeBrowser, {
    debugger: {
      attach: async () => void steps.push('attach'),
      detach: async () => void steps.push('detach'),
      sendCommand: async (_target: unknown, method: string) => {
        steps.push(method);
        if (method === 'Page.getLayoutMetrics') return layout;
        if (method === 'Page.captureScreenshot') return { data: PNG_B64 };
        return {};
      },
    },
  });
  return { steps, port };
}

describe('the debugger full page', () => {
  let run: CaptureRun;
  beforeEach(async () => {
    fakeBrowser.reset();
    const tab = await fakeBrowser.tabs.create({ url: 'https://shop.example/orders/1', active: true });
    run = new CaptureRun(tab.id!, tab.windowId!, 'https://shop.example/orders/1', 60_000);
  });
  afterEach(() => run.finish());

  it('wakes lazy pictures and lets them load before the viewport is resized and pictured', async () => {
    const { steps, port } = recorder(0);
    const shot = await debuggerCapture(run, port, 100_000);
    expect(shot.method).toBe('debugger:Page.captureScreenshot');
    const preload = steps.indexOf('tools.preload');
    expect(preload).toBeGreaterThanOrEqual(0);
    expect(preload).toBeLessThan(steps.indexOf('attach'));
    expect(preload).toBeLessThan(steps.indexOf('Emulation.setDeviceMetricsOverride'));
    expect(steps.indexOf('Page.captureScreenshot')).toBeGreaterThan(
      steps.indexOf('Emulation.setDeviceMetricsOverride'),
    );
    // The view is put back where the user had it, after the pass through the page and after the picture.
    expect(steps.filter((s) => s === 'tools.restore')).toHaveLength(2);
    expect(steps.at(-1)).toBe('tools.restore');
    expect(run.health).toEqual([]);
  });

  it('says in the capture health how many pictures were still blank', async () => {
    const { port } = recorder(2);
    await debuggerCapture(run, port, 100_000);
    expect(run.health).toContain(en.healthBlankImages.message.replace('$P1$', '2'));
  });
});
