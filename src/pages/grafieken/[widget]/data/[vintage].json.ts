// Every released data vintage of every data widget stays in the build, so that a link from a
// debate keeps showing the numbers it showed then (the link names its vintage: `data=…`).
import type { APIRoute, GetStaticPaths } from 'astro';
import { WIDGETS } from '../../../../widgets/registry.ts';
import type { WidgetDefinition } from '../../../../lib/widget-kit/spec.ts';

export const getStaticPaths = (() =>
  WIDGETS.flatMap((def) =>
    (def.spec.vintages?.released ?? []).map((v) => ({ params: { widget: def.spec.name, vintage: v.id }, props: { def, vintage: v.id } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { def, vintage } = props as { def: WidgetDefinition; vintage: string };
  return new Response(JSON.stringify(def.words.loadData!(vintage)), { headers: { 'Content-Type': 'application/json' } });
};
