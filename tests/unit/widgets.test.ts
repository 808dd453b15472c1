// The kit's checks for every registered widget, without a browser: the spec is valid, every
// preset renders both layouts with no text under 12 px, the model is computed once per state,
// the table's CSV reads back as the table, and each preset's chart matches its golden SVG
// (normalised; regenerate with UPDATE_GOLDEN=1 after an intended change, and look at the diff).
import { describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WIDGETS } from '../../src/widgets/registry.ts';
import { validateWidget, LAYOUT_NAMES, MIN_CHART_FONT_PX } from '../../src/lib/widget-kit/spec.ts';
import { chartSvg, renderPreset, renderState } from '../../src/lib/widget-kit/render.ts';
import { parseTableCsv, tableCsv } from '../../src/lib/widget-kit/table.ts';
import { decodeState, presetState, stateQuery } from '../../src/lib/widget-kit/state.ts';
import { normaliseSvg, parseSvg, textsWithSizes } from '../helpers/svg.ts';

const GOLDEN = join(import.meta.dirname, 'golden');

for (const def of WIDGETS) {
  const { spec } = def;
  const presets = Object.keys(spec.state.presets);

  describe(`widget ${spec.name}`, () => {
    it('has a valid spec', () => {
      expect(validateWidget(def)).toEqual([]);
    });

    for (const preset of presets) {
      for (const layout of LAYOUT_NAMES) {
        it(`${preset}, ${layout}: every text at least ${MIN_CHART_FONT_PX} px, the drawing within its frame, matching its golden SVG`, () => {
          const render = renderPreset(def, preset);
          const markup = chartSvg(def, render, layout, `${spec.name}-golden`);
          const svg = parseSvg(markup);
          const texts = textsWithSizes(svg);
          expect(texts.length).toBeGreaterThan(0);
          for (const t of texts) expect(t.size, `"${t.text}"`).toBeGreaterThanOrEqual(MIN_CHART_FONT_PX);
          const { width, height } = spec.view.layouts[layout];
          expect(svg.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
          for (const t of svg.querySelectorAll('text, tspan')) {
            const y = Number(t.getAttribute('y') ?? NaN);
            if (!Number.isNaN(y)) expect(y, t.textContent ?? '').toBeLessThanOrEqual(height);
          }

          const file = join(GOLDEN, spec.name, `${preset}-${layout}.svg`);
          const normalised = normaliseSvg(markup);
          if (process.env.UPDATE_GOLDEN === '1') {
            mkdirSync(join(GOLDEN, spec.name), { recursive: true });
            writeFileSync(file, normalised);
          }
          expect(existsSync(file), `${file} ontbreekt: maak hem met UPDATE_GOLDEN=1 npm run test:unit`).toBe(true);
          expect(normalised).toBe(readFileSync(file, 'utf8'));
        });
      }
    }

    it('computes the model once per state for the view, summary, table and titles', () => {
      const state = presetState(spec.state, presets.at(-1)!)!;
      const model = vi.spyOn(spec, 'model');
      try {
        const render = renderState(def, state);
        chartSvg(def, render, 'smal', 'x');
        chartSvg(def, render, 'breed', 'x');
        expect(model).toHaveBeenCalledTimes(1);
      } finally {
        model.mockRestore();
      }
    });

    it('has a different title for every preset, and every preset opens by its link', () => {
      const titles = presets.map((p) => renderPreset(def, p).title);
      expect(new Set(titles).size).toBe(presets.length);
      for (const p of presets) {
        const d = decodeState(spec.state, `?preset=${p}`);
        expect(d.notices).toEqual([]);
        expect(stateQuery(spec.state, d.state)).toBe(stateQuery(spec.state, presetState(spec.state, p)!));
      }
    });

    it('writes a CSV that says what it is and reads back as the table on the page', () => {
      for (const p of presets) {
        const render = renderPreset(def, p);
        const meta = { title: render.title, state: render.words, unit: spec.unit, source: spec.source, licence: spec.licence, link: 'https://example.nl/x' };
        const csv = tableCsv(spec.table, render.state, render.model, meta);
        expect(csv.startsWith('\ufeff')).toBe(true); // Excel reads UTF-8 only with a BOM
        expect(csv).toContain('\r\n');
        const back = parseTableCsv(csv);
        expect(back.meta).toEqual({ Titel: meta.title, Stand: meta.state, Eenheid: meta.unit, Bron: meta.source, Licentie: meta.licence, Link: meta.link });
        expect(back.heads).toEqual(render.table.heads);
        expect(back.rows).toEqual(render.table.rows.map((r) => r.map((c) => c.text)));
      }
    });
  });
}
