import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 } });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
await p.addInitScript(() => {
  (window as any).seen = new Set();
  const snap = () => {
    const r = document.querySelector('pagefind-results');
    if (r) for (const el of r.querySelectorAll('li, .pf-skeleton, [class*=skeleton]')) {
      const cs = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (rect.height > 0 && cs.visibility === 'visible') (window as any).seen.add(`inUitslag=${!!el.closest('.zoek-uitslag')} uitslagHidden=${el.closest('.zoek-uitslag')?.hasAttribute('hidden')} matches=${el.matches('.zoek-uitslag[data-astro-cid-m7zfqosv] .pf-result[aria-hidden=true]')} trans=${getComputedStyle(el).transitionDuration}/${getComputedStyle(el).transitionProperty} opacity=${getComputedStyle(el).opacity} cv=${getComputedStyle(el).contentVisibility} ancestorsVis=${(() => { let a = el.parentElement, out = []; while (a) { out.push(getComputedStyle(a).visibility[0]); a = a.parentElement } return out.join('') })()} anim=${getComputedStyle(el).animationName} inline=${el.getAttribute('style')} vrules=${[...document.styleSheets, ...document.adoptedStyleSheets].flatMap(s => { try { return [...s.cssRules] } catch { return [] } }).filter(r => (r as any).style?.visibility).map(r => (r as any).selectorText + '=' + (r as any).style.visibility + '@' + ((r as any).parentStyleSheet?.href ?? 'inline')).join(' ; ')} sheets=${[...document.styleSheets].some(s => { try { return [...s.cssRules].some(r => r.cssText.includes('aria-hidden')) } catch { return false } })} ${el.tagName}.${el.className} aria-hidden=${el.getAttribute('aria-hidden')} h=${Math.round(rect.height)} parent=${el.parentElement?.tagName}.${el.parentElement?.className}`);
    }
    requestAnimationFrame(snap);
  };
  requestAnimationFrame(snap);
});
await p.goto('http://localhost:4390/zoeken/?q=bijstand');
await p.locator('pagefind-results').scrollIntoViewIfNeeded();
await p.locator('pagefind-results .pf-result-link').first().waitFor({ timeout: 30_000 });
await p.waitForTimeout(2000);
console.log([...(await p.evaluate(() => [...(window as any).seen]))].join('\n'));
await b.close();
