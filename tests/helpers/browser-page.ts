// Helpers for browser tests: a page that records console errors, Content-Security-Policy
// violations and requests to other origins, and an axe-core run with the WCAG tags the site is
// held to.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import axe from 'axe-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  foreignRequests: string[];
  requests: string[];
  /** every `securitypolicyviolation` event in any frame: "directive blocked-uri (source:line)" */
  cspViolations: string[];
}

export async function openWatchedPage(browser: Browser, baseUrl: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const watched: WatchedPage = { page, context, consoleErrors: [], foreignRequests: [], requests: [], cspViolations: [] };
  // The browser reports what the policy blocked as an event in the page (and as a console error,
  // which consoleErrors also gets); the binding survives navigations and works in iframes.
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => watched.cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // @ts-expect-error the binding is exposed above
      window.__reportCspViolation(`${e.effectiveDirective} ${e.blockedURI || '(inline)'} (${e.sourceFile || location.pathname}:${e.lineNumber})${e.sample ? ` ${e.sample}` : ''}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') watched.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => watched.consoleErrors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    watched.requests.push(url);
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) watched.foreignRequests.push(url);
  });
  return watched;
}

export interface AxeViolationSummary {
  id: string;
  impact: string | null | undefined;
  targets: string[];
}

export async function runAxe(page: Page): Promise<AxeViolationSummary[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  // evaluated through the DevTools protocol, which the page's CSP does not govern (a <script>
  // tag from addScriptTag would be an inline script the policy rightly blocks)
  if (!hasAxe) await page.evaluate(axe.source);
  const result = await page.evaluate(async (tags) => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v: { id: string; impact?: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, WCAG_TAGS);
  return result as AxeViolationSummary[];
}
