// What a page weighs as a reader's browser receives it: gzipped HTML (inline CSS and scripts
// included), CSS and JavaScript, with the budgets of ../shared/guide/QUALITY.md. Pure helpers on
// strings, shared by `npm run size` (scripts/size-report.ts) and the budget test
// (tests/dist/budgets.test.ts), so the report and the gate never disagree.
//
// JavaScript is counted the way the browser loads it: every module script of the page and,
// transitively, what it imports statically (the Vite chunk graph, read with es-module-lexer, the
// lexer Vite itself uses). Dynamic imports load later and are left out, with one exception: a
// widget's island, which src/widgets/islands.ts imports as soon as the widget scrolls into view,
// counts on every page that shows that widget. Search (Pagefind) loads only when the reader opens
// it, so it is not part of any page's weight.
import { gzipSync } from 'node:zlib';
// the asm.js build: synchronous, no WebAssembly to initialise first
import { parse } from 'es-module-lexer/js';
import { parseHTML } from 'linkedom';

/** 1 kB = 1 000 bytes throughout (the round-trip budget is about bytes on the wire). */
export const KB = 1000;

/**
 * Gzip as a server compressing on the fly would (zlib's default level 6; level 9 saves well under
 * 1 % on these pages, so a host that precompresses sends a little less, never more).
 */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(typeof content === 'string' ? Buffer.from(content, 'utf8') : content, { level: 6 }).length;
}

export const PAGE_TYPES = [
  { type: 'home', label: 'startpagina' },
  { type: 'chapter', label: 'hoofdstuk' },
  { type: 'sub-chapter', label: 'subhoofdstuk' },
  { type: 'widget', label: 'widgetpagina' },
  { type: 'preset', label: 'presetpagina' },
  { type: 'embed', label: 'embed' },
  { type: 'figures', label: 'cijferpagina’s' },
  { type: 'search', label: 'zoeken' },
  { type: 'glossary', label: 'begrippen' },
  { type: 'other', label: 'overig' },
] as const;
export type PageType = (typeof PAGE_TYPES)[number]['type'];

/** The kind of page a URL path is, by the site's routes (src/pages/). */
export function pageType(path: string): PageType {
  const parts = path.split(/[?#]/)[0]!.split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  const [top, ...rest] = parts;
  switch (top) {
    case 'hoofdstukken':
      return rest.length === 1 ? 'chapter' : rest.length === 2 ? 'sub-chapter' : 'other';
    case 'grafieken':
      return rest.length === 1 ? 'widget' : rest.length === 2 ? 'preset' : 'other';
    case 'embed':
      return rest.length === 1 ? 'embed' : 'other';
    case 'cijfers':
      return 'figures';
    case 'zoeken':
      return 'search';
    case 'begrippen':
      return 'glossary';
    default:
      return 'other';
  }
}

export interface ChunkImports {
  /** specifiers imported statically (loaded with the module) */
  static: string[];
  /** specifiers imported dynamically with a plain string (loaded later, if at all) */
  dynamic: string[];
  /** widget name → specifier of its island chunk, from the lazy map of src/widgets/islands.ts */
  islands: Record<string, string>;
}

/**
 * The imports of one built module. The island map is found by its keys, the glob paths
 * "./<name>/island.ts" that Vite keeps as strings, each followed by the dynamic import of that
 * widget's chunk.
 */
export function chunkImports(code: string): ChunkImports {
  const [imports] = parse(code);
  const found: ChunkImports = { static: [], dynamic: [], islands: {} };
  const dynamicAt: { at: number; spec: string }[] = [];
  for (const i of imports) {
    if (i.n === undefined) continue; // import.meta, or a dynamic import of a computed URL
    if (i.d === -1) found.static.push(i.n);
    else if (i.d >= 0) {
      found.dynamic.push(i.n);
      dynamicAt.push({ at: i.ss, spec: i.n });
    }
  }
  const keys = [...code.matchAll(/["'`]\.\/([\w-]+)\/island\.ts["'`]\s*:/g)].map((m) => ({ name: m[1]!, at: m.index! }));
  keys.forEach((key, k) => {
    const end = keys[k + 1]?.at ?? Infinity;
    const target = dynamicAt.find((d) => d.at > key.at && d.at < end);
    if (target) found.islands[key.name] = target.spec;
  });
  return found;
}

/** A module's URL path from the URL of the module that imports it ("/_astro/a.js" + "./b.js"). */
export function resolveModule(from: string, specifier: string): string {
  return new URL(specifier, new URL(from, 'https://site.invalid')).pathname;
}

/** Every module a set of entry modules loads statically, the entries included, in load order. */
export function staticClosure(entries: readonly string[], importsOf: (url: string) => ChunkImports | undefined): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    for (const spec of importsOf(url)?.static ?? []) visit(resolveModule(url, spec));
  };
  entries.forEach(visit);
  return [...seen];
}

/** What a page's HTML asks for: its scripts, styles and widgets. */
export interface PageAssets {
  moduleScripts: string[];
  /** inline scripts (classic and module), as text */
  inlineScripts: string[];
  inlineStyles: string[];
  stylesheets: string[];
  /** widget names of every [data-widget] on the page */
  widgets: string[];
  /** the words of <main> a reader reads, without markup, popovers, charts or scripts */
  mainText: string;
}

export function pageAssets(html: string, pagePath: string): PageAssets {
  const { document } = parseHTML(html);
  const url = (src: string) => new URL(src, new URL(pagePath, 'https://site.invalid')).pathname;
  const scripts = [...document.querySelectorAll('script')].filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript');
  return {
    moduleScripts: scripts.filter((s) => s.type === 'module' && s.getAttribute('src')).map((s) => url(s.getAttribute('src')!)),
    inlineScripts: scripts.filter((s) => !s.getAttribute('src')).map((s) => s.textContent ?? ''),
    inlineStyles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
    stylesheets: [...document.querySelectorAll('link[rel~="stylesheet"][href]')].map((l) => url(l.getAttribute('href')!)),
    widgets: [...new Set([...document.querySelectorAll('[data-widget]')].map((w) => w.getAttribute('data-widget') ?? ''))].filter(Boolean),
    mainText: mainText(document.querySelector('main')),
  };
}

function mainText(main: Element | null): string {
  if (!main) return '';
  const copy = main.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll('[popover], svg, script, style, template')) el.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The built site's modules and stylesheets, by URL path; `imports` for JavaScript only. */
export interface SiteFiles {
  text(url: string): string | undefined;
  imports(url: string): ChunkImports | undefined;
}

export interface PageSize {
  path: string;
  type: PageType;
  /** gzipped bytes of the HTML file, inline CSS and scripts included */
  html: number;
  /** gzipped CSS: the inline styles together, plus each stylesheet file */
  css: number;
  /** gzipped JavaScript loaded up front: inline scripts together, plus each module file */
  js: number;
  /** of `js`: the widget islands, loaded when the widget scrolls into view */
  islandJs: number;
  /**
   * gzipped words of <main> alone (no markup, popovers, charts): the floor no markup change goes
   * below, so a page whose text is near the HTML budget can only get under it by being split
   */
  text: number;
  widgets: string[];
  /** URL paths of the JavaScript files counted, in load order */
  jsFiles: string[];
}

/** Sizes of one page. Throws when a widget on the page has no island chunk, rather than count it as 0. */
export function measurePage(path: string, html: string, files: SiteFiles): PageSize {
  const assets = pageAssets(html, path);
  const up = staticClosure(assets.moduleScripts, files.imports);
  const missing = [...up, ...assets.stylesheets].find((url) => files.text(url) === undefined);
  if (missing) throw new Error(`${path}: ${missing} ontbreekt in de build`);
  const islandEntries = assets.widgets.map((name) => {
    const owner = up.find((url) => files.imports(url)?.islands[name]);
    if (!owner) throw new Error(`${path}: widget "${name}" staat op de pagina, maar geen script laadt zijn island (src/widgets/islands.ts)`);
    return resolveModule(owner, files.imports(owner)!.islands[name]!);
  });
  const islandFiles = staticClosure(islandEntries, files.imports).filter((url) => !up.includes(url));
  const fileSize = (url: string) => {
    const text = files.text(url);
    if (text === undefined) throw new Error(`${path}: ${url} ontbreekt in de build`);
    return gzipSize(text);
  };
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const joined = (parts: string[]) => (parts.join('').trim() ? gzipSize(parts.join('\n')) : 0);
  const islandJs = sum(islandFiles.map(fileSize));
  return {
    path,
    type: pageType(path),
    html: gzipSize(html),
    css: joined(assets.inlineStyles) + sum(assets.stylesheets.map(fileSize)),
    js: joined(assets.inlineScripts) + sum(up.map(fileSize)) + islandJs,
    islandJs,
    text: assets.mainText ? gzipSize(assets.mainText) : 0,
    widgets: assets.widgets,
    jsFiles: [...up, ...islandFiles],
  };
}

/** The budgets of ../shared/guide/QUALITY.md, in gzipped bytes. */
export const BUDGETS = {
  /** HTML with its inline critical CSS: the first round trip (10 TCP segments of 1 460 bytes, less the response headers) */
  html: 14 * KB,
  /** JavaScript before the reader opens search, on a page without a widget */
  jsText: 5 * KB,
  /** JavaScript on a page with a widget, its islands included */
  jsWidget: 35 * KB,
  css: 12 * KB,
} as const;

export type Measure = 'html' | 'css' | 'js';

export interface BudgetCheck {
  measure: Measure;
  size: number;
  budget: number;
}

/** The budget of each measure for this page: JavaScript depends on whether it shows a widget. */
export function budgetsFor(page: Pick<PageSize, 'widgets'>): Record<Measure, number> {
  return { html: BUDGETS.html, css: BUDGETS.css, js: page.widgets.length > 0 ? BUDGETS.jsWidget : BUDGETS.jsText };
}

/** Every measure of a page that is over its budget. */
export function overBudget(page: PageSize): BudgetCheck[] {
  const budgets = budgetsFor(page);
  return (['html', 'css', 'js'] as const).filter((m) => page[m] > budgets[m]).map((m) => ({ measure: m, size: page[m], budget: budgets[m] }));
}

/** "13,9 kB": Dutch decimal comma, one decimal. */
export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1).replace('.', ',')} kB`;
}

export interface TypeSummary {
  type: PageType;
  label: string;
  pages: number;
  median: Record<Measure, number>;
  max: Record<Measure, number>;
  overBudget: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

/** Per page type (in PAGE_TYPES order, empty types left out): count, medians, maxima, pages over budget. */
export function summariseByType(pages: readonly PageSize[]): TypeSummary[] {
  return PAGE_TYPES.flatMap(({ type, label }) => {
    const ofType = pages.filter((p) => p.type === type);
    if (ofType.length === 0) return [];
    const stat = (f: (xs: number[]) => number) => ({
      html: f(ofType.map((p) => p.html)),
      css: f(ofType.map((p) => p.css)),
      js: f(ofType.map((p) => p.js)),
    });
    return [{ type, label, pages: ofType.length, median: stat(median), max: stat((xs) => Math.max(...xs)), overBudget: ofType.filter((p) => overBudget(p).length > 0).length }];
  });
}

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function textTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
