import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (let run = 0; run < 3; run++) {
const ctx = await b.newContext({ viewport: { width: 390, height: 844 } });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
await p.addInitScript(() => {
  (window as any).shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).shifts.push({ v: e.value.toFixed(3), t: Math.round(e.startTime), src: e.sources.map((s: any) => { const n = s.node; const d = n?.nodeType === 1 ? n : n?.parentElement; return `${d?.tagName}.${d?.className}[${d?.getAttribute?.('aria-hidden')}] vis=${d ? getComputedStyle(d).visibility : ''} ${JSON.stringify(s.previousRect)}→${JSON.stringify(s.currentRect)}`; }) });
  }).observe({ type: 'layout-shift', buffered: true });
});
await p.goto('http://localhost:4390/zoeken/?q=bijstand');
await p.locator('pagefind-results').scrollIntoViewIfNeeded();
await p.locator('pagefind-results .pf-result-link').first().waitFor({ timeout: 30_000 });
await p.waitForTimeout(3000);
console.log(JSON.stringify(await p.evaluate(() => (window as any).shifts), null, 1).slice(0, 3000));
await ctx.close();
}
await b.close();
