// Every registered widget in the built site, without a browser: its released pages and files,
// the static chart with both layouts, the table, the summary and the preset links on every page
// that shows it, deterministic ids, heading levels that follow the page, a compact embed, and
// download files that say what they are.
import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, fileForPath, DIST } from '../helpers/dist.ts';
import { WIDGETS } from '../../src/widgets/registry.ts';
import { renderPreset } from '../../src/lib/widget-kit/render.ts';
import { presetFilePath, presetPagePath, widgetPath } from '../../src/lib/widget-kit/urls.ts';
import { parseTableCsv } from '../../src/lib/widget-kit/table.ts';

const pages = builtPages();
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`${path} is niet gebouwd`);
  return found;
};

describe('released widget pages and files stay where they were', () => {
  // Links to these were shared before the kit; each must keep answering.
  const released = [
    '/grafieken/',
    '/grafieken/gordijnbeweging/',
    '/grafieken/gordijnbeweging/hoogconjunctuur/',
    '/grafieken/gordijnbeweging/crisis-zonder-fonds/',
    '/grafieken/gordijnbeweging/crisis-met-fonds/',
    '/embed/gordijnbeweging/',
    ...['normaal', 'hoogconjunctuur', 'crisis-zonder-fonds', 'crisis-met-fonds'].flatMap((p) =>
      ['svg', 'png', 'csv', 'voorbeeld.png'].map((k) => `/grafieken/gordijnbeweging/bestanden/${k === 'voorbeeld.png' ? `${p}-voorbeeld.png` : `${p}.${k}`}`),
    ),
  ];
  for (const path of released) it(path, () => expect(fileForPath(path), path).toBeDefined());
});

describe('every page keeps its headings in order', () => {
  for (const p of pages) {
    it(`${p.path}: no heading skips a level`, () => {
      const levels = [...p.document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
      const skips = levels.flatMap((l, i) => (i > 0 && l > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${l}`] : []));
      expect(skips).toEqual([]);
    });
  }
});

for (const def of WIDGETS) {
  const { spec, words } = def;
  const presets = Object.keys(spec.state.presets);
  const shown = pages.flatMap((p) => [...p.document.querySelectorAll(`[data-widget="${spec.name}"]`)].map((root) => ({ page: p, root })));

  describe(`widget ${spec.name} in the built site`, () => {
    it('has a page per preset, with its own title and a 1200×630 preview image', () => {
      const titles = new Set<string>();
      for (const preset of presets) {
        const p = page(presetPagePath(spec.name, preset, spec.defaultPreset));
        const title = p.document.querySelector('h1')!.textContent!.trim();
        expect(title).toBe(renderPreset(def, preset).title);
        titles.add(title);
        const og = new URL(p.document.querySelector('meta[property="og:image"]')!.getAttribute('content')!).pathname;
        expect(og).toBe(presetFilePath(spec.name, preset, 'voorbeeld.png'));
        const png = readFileSync(fileForPath(og)!);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      }
      expect(titles.size).toBe(presets.length);
    });

    it('is shown on its own pages, its embed, and every chapter that lists it', () => {
      const paths = new Set(shown.map((s) => s.page.path));
      expect(paths).toContain(widgetPath(spec.name));
      expect(paths).toContain(`/embed/${spec.name}/`);
      for (const p of pages) {
        if (p.path.startsWith('/hoofdstukken/') && [...p.document.querySelectorAll('.page-meta a')].some((a) => a.getAttribute('href') === widgetPath(spec.name))) {
          // a chapter that links the widget in its header either shows it or links to it: both fine
          expect(p.document.querySelector(`a[href="${widgetPath(spec.name)}"]`)).not.toBeNull();
        }
      }
    });

    for (const { page: p, root } of shown) {
      const where = `${p.path} (${root.getAttribute('data-namespace') ?? root.getAttribute('data-mode')})`;
      const preset = root.getAttribute('data-preset')!;
      const render = renderPreset(def, preset);
      const embedded = root.getAttribute('data-mode') === 'embed';

      it(`${where}: static chart in both layouts, summary and ${embedded ? 'a link to the full page' : 'table'} for the preset`, () => {
        const svgs = [...root.querySelectorAll('[data-chart] > svg')];
        expect(svgs.map((s) => s.getAttribute('data-layout'))).toEqual(['smal', 'breed']);
        for (const svg of svgs) {
          expect(svg.getAttribute('role')).toBe('img');
          const labelledBy = svg.getAttribute('aria-labelledby')!.split(' ');
          for (const id of labelledBy) expect(p.document.getElementById(id), id).not.toBeNull();
          expect(svg.getAttribute('height')).toBe(String(spec.view.layouts[svg.getAttribute('data-layout') as 'smal'].height));
        }
        expect(root.querySelector('[data-summary]')!.textContent!.trim()).toBe(render.summary);
        expect(root.querySelector('[data-summary]')!.getAttribute('aria-live')).toBe('polite');
        expect(root.querySelector('.widget-nojs')!.textContent!.replace(/\s+/g, ' ')).toContain(render.words);
        if (embedded) {
          expect(root.querySelector('[data-table], [data-share-bar], .claims, [data-preset-nav]')).toBeNull();
          expect(root.querySelector('[data-full-link]')!.getAttribute('href')).toMatch(new RegExp(`^${widgetPath(spec.name)}`));
          return;
        }
        const rows = [...root.querySelectorAll('[data-table] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
        expect(rows).toEqual(render.table.rows.map((r) => r.map((c) => c.text)));
        expect([...root.querySelectorAll('[data-table] thead th')].map((th) => th.textContent!.trim())).toEqual(render.table.heads);
      });

      it.skipIf(embedded)(`${where}: links to every preset, marking the one shown`, () => {
        const links = [...root.querySelectorAll('[data-preset-nav] a')];
        expect(links.map((a) => a.getAttribute('href'))).toEqual(presets.map((name) => presetPagePath(spec.name, name, spec.defaultPreset)));
        expect(links.map((a) => a.textContent!.trim())).toEqual(presets.map((name) => spec.state.presets[name]!.label));
        expect(links.filter((a) => a.hasAttribute('aria-current')).map((a) => a.getAttribute('data-preset-link'))).toEqual([preset]);
      });

      it(`${where}: ids that belong to the instance, headings one level below its title`, () => {
        const prefix = root.getAttribute('data-id-prefix')!;
        const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
        expect(ids.filter((id) => !id.startsWith(`${prefix}-`))).toEqual([]);
        const title = root.querySelector('.widget-title')!;
        const level = Number(title.tagName[1]);
        const inner = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h !== title).map((h) => Number(h.tagName[1]));
        for (const l of inner) expect(l).toBe(level + 1);
        if (spec.kind === 'illustratie' && !embedded) expect(root.querySelectorAll('.claims li').length).toBe(words.claims!.says.length + words.claims!.assumes.length + words.claims!.doesNotSay.length);
      });

      it.skipIf(embedded)(`${where}: the share bar offers this preset's files, the embed with its sizing script, and a citation`, () => {
        for (const kind of ['svg', 'png', 'csv'] as const) {
          expect(root.querySelector(`[data-share="${kind}"]`)!.getAttribute('href')).toBe(presetFilePath(spec.name, preset, kind));
        }
        // linkedom leaves a textarea's text escaped
        const snippet = root.querySelector('[data-share-embed]')!.textContent!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
        expect(snippet).toMatch(new RegExp(`<iframe src="https?://[^"]+/embed/${spec.name}/`));
        expect(snippet).toMatch(/<script async src="https?:\/\/[^"]+\/insluiten\.js"><\/script>/);
        expect(root.querySelector('[data-share-citation]')!.textContent).toContain(render.title);
      });
    }

    it('has download files that carry title, state, source, licence and link', () => {
      for (const preset of presets) {
        const render = renderPreset(def, preset);
        const csv = parseTableCsv(readFileSync(fileForPath(presetFilePath(spec.name, preset, 'csv'))!, 'utf8'));
        expect(csv.meta.Titel).toBe(render.title);
        expect(csv.meta.Stand).toBe(render.words);
        expect(csv.meta.Bron).toBe(spec.source);
        expect(csv.meta.Licentie).toBe(spec.licence);
        expect(new URL(csv.meta.Link!).pathname).toBe(presetPagePath(spec.name, preset, spec.defaultPreset));
        expect(csv.rows).toEqual(render.table.rows.map((r) => r.map((c) => c.text)));
        const svg = readFileSync(fileForPath(presetFilePath(spec.name, preset, 'svg'))!, 'utf8');
        for (const part of [render.title, spec.source.slice(0, 30), new URL(csv.meta.Link!).pathname]) expect(svg).toContain(part.replace(/&/g, '&amp;'));
      }
    });
  });
}

describe('embedding', () => {
  it('ships the sizing script that embed snippets load', () => {
    const script = readFileSync(join(DIST, 'insluiten.js'), 'utf8');
    expect(script).toContain('bijstand-uitgelegd:hoogte');
    expect(existsSync(join(DIST, 'insluiten.js'))).toBe(true);
  });
});
