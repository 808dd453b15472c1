// Property tests of every registered widget's URL codec (QUALITY.md, Robustness): tens of
// thousands of clean, sloppy, random and hostile links, on each kind of page a widget stands on.
// For every link: decoding never throws and gives a valid state; nothing from the link but
// validated values reaches what the widget shows; and there is a notice exactly when the link
// was not clean (tests/helpers/widget-links.ts defines clean). Links and values are generated
// from each field's shape, so a widget is covered by registering it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WIDGETS } from '../../src/widgets/registry.ts';
import { decodeLink } from '../../src/lib/widget-kit/link.ts';
import { chartSvg, renderState } from '../../src/lib/widget-kit/render.ts';
import { canonicalStatePath, embedStatePath } from '../../src/lib/widget-kit/urls.ts';
import type { FieldCodec } from '../../src/lib/widget-kit/state.ts';
import { MARKER, anyLink, cleanLink, isClean, linkModes, mutatedLink, type AnySpec } from '../helpers/widget-links.ts';
import { proefWidget } from '../helpers/data-widget-fixture.ts';

/** Runs per property and page kind; the suite makes some 60 000 links per widget. */
const RUNS = Number(process.env.CODEC_RUNS ?? 2500);

/** Every registered widget, and a data widget made for the tests (`data=` links) until one is registered. */
const TARGETS = [...WIDGETS, ...(WIDGETS.some((w) => w.spec.vintages) ? [] : [proefWidget])];

/** Everything a widget shows for a state, as text: where a link's markup would surface. */
function shown(def: (typeof WIDGETS)[number], state: Record<string, unknown>, vintage: string | undefined): string[] {
  const r = renderState(def, state, vintage);
  const { spec } = def;
  return [
    r.title,
    r.words,
    r.summary,
    r.caption,
    ...r.table.rows.flat().map((c) => c.text),
    canonicalStatePath(spec.state, state, spec.defaultPreset, r.vintageQuery),
    embedStatePath(spec.state, state, spec.defaultPreset, r.vintageQuery),
  ];
}

for (const def of TARGETS) {
  const spec = def.spec as AnySpec;
  const fields = Object.entries(spec.state.fields) as [string, FieldCodec<unknown>][];

  /** The state is one the widget can draw: the schema accepts it and every value survives its own link. */
  function expectDrawable(state: Record<string, unknown>, query: string): void {
    expect(spec.state.schema.safeParse(state).success, query).toBe(true);
    for (const [key, field] of fields) {
      const again = field.decode(field.encode(state[key]));
      expect(again !== undefined && (field.equals ? field.equals(again, state[key]) : Object.is(again, state[key])), `${query}: ${key}`).toBe(true);
    }
  }

  describe(`URL codec of ${spec.name}`, () => {
    for (const mode of linkModes(spec)) {
      describe(mode.name, () => {
        it('opens every link the site writes on the state it was written for, without a notice', () => {
          fc.assert(
            fc.property(cleanLink(spec, mode.options), ({ query, state }) => {
              const d = decodeLink(spec, query, mode.options);
              expect(d.state, query).toEqual(state);
              expect(d.notices, query).toEqual([]);
            }),
            { numRuns: RUNS },
          );
        });

        it('shows a notice exactly when a sloppy or broken link was not clean, and always a drawable state', () => {
          let sloppy = 0;
          fc.assert(
            fc.property(fc.oneof(mutatedLink(spec, mode.options), cleanLink(spec, mode.options).map((c) => c.query)), (query) => {
              const d = decodeLink(spec, query, mode.options);
              expectDrawable(d.state, query);
              const clean = isClean(spec, query, mode.options, d.state);
              if (!clean) sloppy++;
              expect(d.notices.length > 0, `${query}: ${clean ? 'schoon, maar met melding' : 'niet schoon, maar zonder melding'} ${JSON.stringify(d.notices.map((n) => n.code))}`).toBe(!clean);
            }),
            { numRuns: RUNS * 2 },
          );
          // half the links are mutated: most of those must be unclean, or the property says little
          // (about 80 % of the mutated ones are: 1 750–2 050 of 5 000 links; 1 250 leaves room for chance)
          expect(sloppy).toBeGreaterThan(RUNS * 0.5);
        });

        it('turns any string at all into a drawable state, with nothing of the link in what it shows', () => {
          fc.assert(
            fc.property(fc.oneof(anyLink(spec, mode.options), mutatedLink(spec, mode.options)), (query) => {
              const d = decodeLink(spec, query, mode.options);
              expectDrawable(d.state, query);
              expect(d.preset === undefined || Object.hasOwn(spec.state.presets, d.preset), query).toBe(true);
              const clean = isClean(spec, query, mode.options, d.state);
              expect(d.notices.length > 0, query).toBe(!clean);
              // notices are the kit's own sentences: no markup, nothing copied from the link
              for (const n of d.notices) {
                expect(n.text, query).not.toMatch(/[<>"&]/);
                expect(n.text.toLowerCase(), query).not.toContain(MARKER);
              }
              // all that is shown as one text: the same check, in two expect() calls per link
              // instead of two per table cell (a data widget's table has hundreds of cells)
              const all = shown(def, d.state, d.vintage?.vintage.id).join('\n');
              expect(all.toLowerCase(), query).not.toContain(MARKER);
              expect(all, query).not.toMatch(/<|>/);
            }),
            { numRuns: RUNS },
          );
        });
      });
    }

    it('draws the state of any hostile link in both layouts, with none of the link in the SVG', () => {
      fc.assert(
        fc.property(fc.oneof(anyLink(spec, {}), mutatedLink(spec, {})), fc.constantFrom('smal' as const, 'breed' as const), (query, layout) => {
          const d = decodeLink(spec, query, {});
          const svg = chartSvg(def, renderState(def, d.state, d.vintage?.vintage.id), layout, 'p');
          expect(svg.toLowerCase()).not.toContain(MARKER);
          expect(svg).not.toMatch(/<(script|foreignObject|img|iframe)\b|\son[a-z]+=/i);
        }),
        { numRuns: 150 },
      );
    });
  });
}
