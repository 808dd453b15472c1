// Build-time files for every named preset of the gordijnbeweging: SVG, PNG and CSV downloads
// (what the share bar offers without JavaScript) and the 1200×630 social preview image.
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { csvFormat } from 'd3-dsv';
import { gordijnSpec, type GordijnState } from '../../../../widgets/gordijnbeweging/state.ts';
import { standaloneGordijnSvg, previewSvg } from '../../../../widgets/gordijnbeweging/static.ts';
import { gordijnCsvRows, CSV_COLUMNS } from '../../../../widgets/gordijnbeweging/describe.ts';
import { stateTitle } from '../../../../widgets/gordijnbeweging/titles.ts';

export const getStaticPaths = (() =>
  Object.entries(gordijnSpec.presets).flatMap(([name, preset]) => {
    const state: GordijnState = { ...gordijnSpec.defaults, ...preset.state };
    return ['svg', 'png', 'csv', 'voorbeeld.png'].map((kind) => ({
      params: { file: kind === 'voorbeeld.png' ? `${name}-voorbeeld.png` : `${name}.${kind}` },
      props: { state, kind },
    }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { state, kind } = props as { state: GordijnState; kind: string };
  switch (kind) {
    case 'svg':
      return new Response(standaloneGordijnSvg(state), { headers: { 'Content-Type': 'image/svg+xml' } });
    case 'csv':
      return new Response(`\ufeff${csvFormat(gordijnCsvRows(state), [...CSV_COLUMNS])}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
    case 'png': {
      const png = await sharp(Buffer.from(standaloneGordijnSvg(state, 2))).png().toBuffer();
      return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
    }
    default: {
      const png = await sharp(Buffer.from(previewSvg(state, stateTitle(state)))).png().toBuffer();
      return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
    }
  }
};
