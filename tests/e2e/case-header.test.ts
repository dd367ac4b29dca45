import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ORDER_ID } from '../demo-shop/server';
import { launch, type Session } from '../support/e2e/chromium';
import { saveOnPage } from '../support/e2e/save';
import { readStore } from '../support/e2e/store';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe("the library's case header", () => {
  it("keeps nothing of the previous case: no Verify result, and Enter in the title field does not rename the new case to the old one's title", async () => {
    s = await launch({ lang: 'en-US' });
    const page = await saveOnPage(s);
    await page.goto(`${s.shop.origin}/about.html`);
    const popup = await s.openPopup(await s.tabIdOf(page));
    await page.bringToFront();
    await popup.getByTestId('popup-save').click();
    await expect
      .poll(() => popup.getByTestId('save-result').textContent(), { timeout: 30_000 })
      .toContain('No order was recognised');
    await popup.close();

    const lib = await s.context.newPage();
    await lib.goto(s.extensionUrl('library.html'));
    await expect.poll(() => lib.getByTestId('library-case').count()).toBe(2);
    const cases = (await readStore(lib)).cases;
    const a = cases.find((c) => c.orderRef === DEMO_ORDER_ID)!;
    const b = cases.find((c) => c.id !== a.id)!;
    await lib.locator(`[data-testid="library-case"][data-case-id="${a.id}"]`).click();
    await expect.poll(() => lib.getByTestId('case-title').inputValue()).toBe(a.title);
    await lib.getByTestId('library-verify').click();
    await expect.poll(() => lib.getByTestId('library-verify-ok').count(), { timeout: 20_000 }).toBe(1);

    await lib.locator(`[data-testid="library-case"][data-case-id="${b.id}"]`).click();
    await expect.poll(() => lib.getByTestId('case-title').inputValue()).toBe(b.title);
    expect(await lib.getByTestId('library-verify-ok').count()).toBe(0);
    await lib.getByTestId('case-title').press('Enter');
    await lib.getByTestId('case-title').blur();
    const after = await readStore(lib);
    expect(after.cases.find((c) => c.id === b.id)?.title).toBe(b.title);
    expect(after.audit.filter((e) => e.caseId === b.id).map((e) => e.action)).not.toContain('edit');
  });
});
