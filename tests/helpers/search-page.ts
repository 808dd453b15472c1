// The search page in browser tests: wait until every result a query finds has loaded.
import type { Page } from 'playwright-core';

/**
 * Pagefind shows a placeholder per result and loads each when it scrolls into view; jumping
 * straight to the end loads only the first and the last few (14 of 67 for "bijstand" at 320 px).
 * So walk down the list a screen at a time until every placeholder holds its result, then go
 * back to the top. Returns the results' paths.
 */
export async function loadAllResults(page: Page, timeout = 45_000): Promise<string[]> {
  await page.locator('pagefind-results .pf-result').first().waitFor({ state: 'attached', timeout: 15_000 });
  const until = Date.now() + timeout;
  for (;;) {
    const { results, loaded } = await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight * 0.8) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      return { results: document.querySelectorAll('pagefind-results .pf-result').length, loaded: document.querySelectorAll('pagefind-results .pf-result-link').length };
    });
    if (loaded === results && results > 0) break;
    if (Date.now() > until) throw new Error(`zoekresultaten laden niet uit: ${loaded} van ${results} na ${timeout} ms`);
    await page.waitForTimeout(300);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return page.locator('pagefind-results .pf-result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
