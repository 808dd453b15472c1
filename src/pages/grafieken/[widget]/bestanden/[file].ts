// Build-time files for every preset of every widget: SVG, PNG and CSV downloads (what the share
// bar offers without JavaScript) and the 1200×630 social preview image. Each file says what it
// is: title, state in words, source and link.
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { WIDGETS } from '../../../../widgets/registry.ts';
import type { WidgetDefinition } from '../../../../lib/widget-kit/spec.ts';
import { renderPreset, chartSvg } from '../../../../lib/widget-kit/render.ts';
import { standaloneSvg, previewSvg } from '../../../../lib/widget-kit/standalone.ts';
import { tableCsv } from '../../../../lib/widget-kit/table.ts';
import { canonicalStatePath } from '../../../../lib/widget-kit/urls.ts';
import { SITE_NAME } from '../../../../lib/site.ts';

type Kind = 'svg' | 'png' | 'csv' | 'voorbeeld.png';

export const getStaticPaths = (() =>
  WIDGETS.flatMap((def) =>
    Object.keys(def.spec.state.presets).flatMap((preset) =>
      (['svg', 'png', 'csv', 'voorbeeld.png'] as Kind[]).map((kind) => ({
        params: { widget: def.spec.name, file: kind === 'voorbeeld.png' ? `${preset}-voorbeeld.png` : `${preset}.${kind}` },
        props: { def, preset, kind },
      })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { def, preset, kind } = props as { def: WidgetDefinition; preset: string; kind: Kind };
  const { spec } = def;
  const render = renderPreset(def, preset);
  const link = new URL(canonicalStatePath(spec.state, render.state, spec.defaultPreset, render.vintageQuery), site).href;
  const size = spec.view.layouts.breed;
  const chart = chartSvg(def, render, 'breed', `${spec.name}-bestand`);
  const text = { title: render.title, state: render.words, source: spec.source, link, site: `${spec.title} · ${SITE_NAME}` };
  switch (kind) {
    case 'svg':
      return new Response(standaloneSvg(chart, size, text), { headers: { 'Content-Type': 'image/svg+xml' } });
    case 'csv':
      return new Response(tableCsv(spec.table, render.state, render.model, { ...text, unit: spec.unit, licence: spec.licence }), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8' },
      });
    case 'png': {
      const png = await sharp(Buffer.from(standaloneSvg(chart, size, text, 2))).png().toBuffer();
      return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
    }
    default: {
      const png = await sharp(Buffer.from(previewSvg(chart, size, text))).png().toBuffer();
      return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
    }
  }
};
