import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await b.newContext({ viewport: { width: 320, height: 640 } });
const p = await ctx.newPage();
await p.goto('http://localhost:4390/zoeken/?q=bijstand');
await p.locator('pagefind-results').scrollIntoViewIfNeeded();
for (let i = 0; i < 4; i++) {
  await p.waitForTimeout(1500);
  console.log(await p.evaluate(() => [...document.querySelectorAll('.zoek-uitslag li.pf-result')].slice(0, 8).map((li) => `${li.getAttribute('aria-hidden') ? 'P' : 'R'}${getComputedStyle(li).visibility[0]}@${Math.round(li.getBoundingClientRect().top)}`).join(' ')));
}
await b.close();
