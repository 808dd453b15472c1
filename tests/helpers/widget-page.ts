// Helpers for browser tests of widgets: wait for an instance to hydrate, and read what it shows.
import type { Page } from 'playwright-core';

export async function hydrated(page: Page, selector = '[data-widget]'): Promise<void> {
  await page.locator(`${selector}[data-hydrated="true"]`).first().waitFor({ timeout: 15_000 });
}

/** What a widget instance shows: chart geometry, summary, table, notice, controls. */
export async function widgetSnapshot(page: Page, selector = '[data-widget]') {
  return page.evaluate((sel) => {
    const root = document.querySelector<HTMLElement>(sel)!;
    const svg = root.querySelector('[data-chart] svg')!;
    const notice = root.querySelector<HTMLElement>('[data-notice]')!;
    return {
      chart: [...svg.querySelectorAll('rect[class], text[class]')].map((e) => `${e.getAttribute('class')}:${e.getAttribute('x')}:${e.getAttribute('width') ?? e.textContent}`),
      controls: [...root.querySelectorAll<HTMLInputElement>('[data-controls] input')].map((i) => (i.type === 'checkbox' ? String(i.checked) : i.value)),
      summary: root.querySelector('[data-summary]')!.textContent!.trim(),
      table: [...root.querySelectorAll('[data-table] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()).join('|')),
      notice: notice.hidden ? '' : notice.textContent!.trim(),
      current: [...root.querySelectorAll('[data-preset-link][aria-current]')].map((a) => a.getAttribute('data-preset-link')),
    };
  }, selector);
}

/**
 * Hydrates every widget on the page as a reader would: scrolls each into view (they hydrate on
 * visibility) and waits until each has taken over its chart. Returns how many there were.
 */
export async function hydrateAll(page: Page): Promise<number> {
  const roots = page.locator('[data-widget]');
  const n = await roots.count();
  for (let i = 0; i < n; i++) {
    await roots.nth(i).scrollIntoViewIfNeeded();
    await page.locator('[data-widget]').nth(i).and(page.locator('[data-hydrated="true"]')).waitFor({ timeout: 15_000 });
  }
  return n;
}

/** Works a widget's first control once, whatever kind it is, as a reader would. */
export async function workFirstControl(page: Page, selector = '[data-widget]'): Promise<void> {
  const root = page.locator(selector).first();
  const range = root.locator('[data-controls] input[type="range"]').first();
  if (await range.count()) {
    await range.focus();
    const before = await range.inputValue();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    // a slider that opens at its minimum (kostendelersnorm: no housemates) moves the other way
    if ((await range.inputValue()) === before) for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    return;
  }
  // a checkbox in a fieldset the current state disables (budget-in-de-tijd's stages on its
  // activation panel) cannot be worked, nor one in a folded chooser (steden's <details>)
  const check = root.locator('[data-controls] input[type="checkbox"]:not(:disabled):visible').first();
  if (await check.count()) return check.click();
  await root.locator('[data-controls] select').first().selectOption({ index: 1 });
}
