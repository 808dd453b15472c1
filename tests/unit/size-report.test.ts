import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  BUDGETS,
  chunkImports,
  formatKb,
  gzipSize,
  measurePage,
  overBudget,
  pageAssets,
  pageType,
  resolveModule,
  staticClosure,
  summariseByType,
  textTable,
  type ChunkImports,
  type PageSize,
  type SiteFiles,
} from '../../src/lib/size-report.ts';

describe('page types', () => {
  it.each([
    ['/', 'home'],
    ['/hoofdstukken/een-betere-bijstand/', 'chapter'],
    ['/hoofdstukken/zachte-hand/utrecht/', 'sub-chapter'],
    ['/hoofdstukken/', 'other'],
    ['/grafieken/gordijnbeweging/', 'widget'],
    ['/grafieken/gordijnbeweging/crisis-met-fonds/', 'preset'],
    ['/grafieken/', 'other'],
    ['/embed/gordijnbeweging/', 'embed'],
    ['/cijfers/', 'figures'],
    ['/cijfers/statistiek/reeks/', 'figures'],
    ['/zoeken/?q=bijstand', 'search'],
    ['/begrippen/', 'glossary'],
    ['/404.html', 'other'],
    ['/over/', 'other'],
  ] as const)('%s is a %s page', (path, type) => {
    expect(pageType(path)).toBe(type);
  });
});

// shaped like Vite's output for src/widgets/islands.ts: a preload helper, then the glob map
const hydration = (islands: Record<string, string>) =>
  `const __vite__mapDeps=(i)=>i;var a=function(f){return f()};var o=Object.assign({${Object.entries(islands)
    .map(([name, file]) => `"./${name}/island.ts":()=>a(()=>import(\`./${file}\`),__vite__mapDeps([0]))`)
    .join(',')}});import.meta.url;export{o as t};`;

describe('the chunk graph', () => {
  it('tells static imports from dynamic ones, and skips computed and import.meta', () => {
    const code = 'import{t as e}from"./a.js";import"./b.js";export{x}from"./c.js";const u=`/p/`;await import(`./d.js`);await import(`${u}e.js`);import.meta.url;';
    const found = chunkImports(code);
    expect(found.static).toEqual(['./a.js', './b.js', './c.js']);
    expect(found.dynamic).toEqual(['./d.js']);
    expect(found.islands).toEqual({});
  });

  it('maps each widget of the island map to its own chunk, in any order and number', () => {
    expect(chunkImports(hydration({ gordijnbeweging: 'island.A1.js' })).islands).toEqual({ gordijnbeweging: './island.A1.js' });
    expect(chunkImports(hydration({ 'ww-vs-bijstand': 'island.B2.js', budget: 'island.C3.js', gordijnbeweging: 'island.A1.js' })).islands).toEqual({
      'ww-vs-bijstand': './island.B2.js',
      budget: './island.C3.js',
      gordijnbeweging: './island.A1.js',
    });
  });

  it('resolves specifiers against the importing module', () => {
    expect(resolveModule('/_astro/a.js', './b.js')).toBe('/_astro/b.js');
    expect(resolveModule('/_astro/a.js', '../x/c.js')).toBe('/x/c.js');
    expect(resolveModule('/_astro/a.js', '/pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
  });

  it('follows static imports transitively, once each, also through cycles', () => {
    const graph: Record<string, ChunkImports> = {
      '/_astro/entry.js': { static: ['./a.js', './b.js'], dynamic: ['./lazy.js'], islands: {} },
      '/_astro/a.js': { static: ['./shared.js'], dynamic: [], islands: {} },
      '/_astro/b.js': { static: ['./shared.js', './entry.js'], dynamic: [], islands: {} },
      '/_astro/shared.js': { static: [], dynamic: [], islands: {} },
      '/_astro/lazy.js': { static: [], dynamic: [], islands: {} },
    };
    expect(staticClosure(['/_astro/entry.js'], (u) => graph[u])).toEqual(['/_astro/entry.js', '/_astro/a.js', '/_astro/shared.js', '/_astro/b.js']);
  });
});

describe('a page’s assets and sizes', () => {
  const html = `<!doctype html><html><head><style>body{margin:0}</style><script>document.documentElement.classList.add('js')</script>
    <link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/entry.js"></script></head>
    <body><section data-widget="gordijnbeweging"></section><section data-widget="gordijnbeweging"></section>
    <script type="application/ld+json">{"not":"javascript"}</script><script type="module">console.log(1)</script></body></html>`;

  it('lists module scripts, inline scripts (not JSON data), styles, stylesheets and widgets once each', () => {
    const assets = pageAssets(html, '/grafieken/gordijnbeweging/');
    expect(assets.moduleScripts).toEqual(['/_astro/entry.js']);
    expect(assets.inlineScripts).toHaveLength(2);
    expect(assets.inlineStyles).toEqual(['body{margin:0}']);
    expect(assets.stylesheets).toEqual(['/_astro/site.css']);
    expect(assets.widgets).toEqual(['gordijnbeweging']);
  });

  it('takes the words a reader reads in <main>, without popovers, charts and scripts', () => {
    const main = '<main><h1>Titel</h1><p>Een <b>zin</b> <span popover>uitleg</span>met tekst.</p><svg><text>12</text></svg><script>x()</script></main>';
    const text = pageAssets(`<html><body><header>kop</header>${main}</body></html>`, '/').mainText;
    expect(text).toContain('Een zin met tekst.');
    for (const left of ['kop', 'uitleg', '12', 'x()']) expect(text).not.toContain(left);
  });

  const files = (texts: Record<string, string>): SiteFiles => ({
    text: (u) => texts[u],
    imports: (u) => (u.endsWith('.js') && texts[u] !== undefined ? chunkImports(texts[u]!) : undefined),
  });
  // letters from a fixed pseudo-random sequence: they do not compress away, and every run is the same
  let seed = 7;
  const letter = () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26));
  const island = `export default ${JSON.stringify(Array.from({ length: 4000 }, letter).join(''))}`;
  const site = files({
    '/_astro/entry.js': `import"./shared.js";${hydration({ gordijnbeweging: 'island.A1.js' })}`,
    '/_astro/shared.js': 'export const s=1;',
    '/_astro/island.A1.js': `import"./shared.js";import"./d3.js";${island}`,
    '/_astro/d3.js': 'export const d=2;',
    '/_astro/site.css': 'main{color:red}',
  });

  it('counts the island and its own imports on a page with the widget, and the shared chunk once', () => {
    const page = measurePage('/grafieken/gordijnbeweging/', html, site);
    expect(page.jsFiles).toEqual(['/_astro/entry.js', '/_astro/shared.js', '/_astro/island.A1.js', '/_astro/d3.js']);
    expect(page.islandJs).toBe(gzipSize(site.text('/_astro/island.A1.js')!) + gzipSize('export const d=2;'));
    expect(page.islandJs).toBeGreaterThan(2000); // random letters do not compress away
    expect(page.js).toBeGreaterThan(page.islandJs);
    expect(page.html).toBe(gzipSize(html));
    expect(page.css).toBe(gzipSize('body{margin:0}') + gzipSize('main{color:red}'));
  });

  it('counts no island on a page without the widget', () => {
    const text = html.replace(/ data-widget="gordijnbeweging"/g, '');
    const page = measurePage('/over/', text, site);
    expect(page.islandJs).toBe(0);
    expect(page.jsFiles).toEqual(['/_astro/entry.js', '/_astro/shared.js']);
  });

  it('refuses to measure a widget whose island no script loads, instead of counting it as nothing', () => {
    expect(() => measurePage('/x/', html.replace(/gordijnbeweging/g, 'onbekend'), site)).toThrow(/widget "onbekend"/);
  });

  it('refuses a module that is missing from the build', () => {
    expect(() => measurePage('/x/', html.replace('/_astro/entry.js', '/_astro/weg.js'), site)).toThrow(/weg\.js ontbreekt/);
  });

  it('gzipSize is the length of a real gzip stream of the text', () => {
    const text = 'bijstand '.repeat(500);
    expect(gunzipSync(gzipSync(text)).toString()).toBe(text);
    expect(gzipSize(text)).toBeLessThan(text.length / 10);
    expect(gzipSize(text)).toBe(gzipSync(Buffer.from(text), { level: 6 }).length);
  });
});

describe('budgets', () => {
  const page = (over: Partial<PageSize>): PageSize => ({ path: '/x/', type: 'other', html: 1000, css: 1000, js: 1000, islandJs: 0, text: 500, widgets: [], jsFiles: [], ...over });

  it('hold at the budget and fail one byte over it', () => {
    expect(overBudget(page({ html: BUDGETS.html, css: BUDGETS.css, js: BUDGETS.jsText }))).toEqual([]);
    expect(overBudget(page({ html: BUDGETS.html + 1 }))).toEqual([{ measure: 'html', size: BUDGETS.html + 1, budget: BUDGETS.html }]);
    expect(overBudget(page({ css: BUDGETS.css + 1 })).map((o) => o.measure)).toEqual(['css']);
  });

  it('allow a widget’s JavaScript only on a page that shows a widget', () => {
    expect(overBudget(page({ js: 20_000 })).map((o) => o.measure)).toEqual(['js']);
    expect(overBudget(page({ js: 20_000, widgets: ['gordijnbeweging'] }))).toEqual([]);
    expect(overBudget(page({ js: BUDGETS.jsWidget + 1, widgets: ['gordijnbeweging'] })).map((o) => o.budget)).toEqual([BUDGETS.jsWidget]);
  });

  it('summarise per type in the report’s order, with medians, maxima and the pages over budget', () => {
    const summary = summariseByType([
      page({ path: '/a/', type: 'chapter', html: 10_000 }),
      page({ path: '/b/', type: 'chapter', html: 20_000 }),
      page({ path: '/', type: 'home', html: 5_000 }),
    ]);
    expect(summary.map((s) => s.type)).toEqual(['home', 'chapter']);
    expect(summary[1]).toMatchObject({ pages: 2, median: { html: 15_000 }, max: { html: 20_000 }, overBudget: 1 });
  });
});

describe('formatting', () => {
  it('writes kilobytes with a decimal comma', () => {
    expect(formatKb(14_000)).toBe('14,0 kB');
    expect(formatKb(1_234)).toBe('1,2 kB');
  });

  it('aligns a text table', () => {
    expect(textTable(['a', 'bb'], [['xyz', '1'], ['q', '22']]).split('\n')).toEqual(['a    bb', '---  --', 'xyz   1', 'q    22']);
  });
});
