import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
for (const [path, name, y] of process.argv.slice(2).map((a) => a.split(','))) {
  await p.goto(`http://localhost:4390${path}`);
  if (y) await p.evaluate((sel) => document.querySelector(sel)?.scrollIntoView(), y);
  await p.screenshot({ path: `/tmp/shot-${name}.png` });
}
await b.close();
