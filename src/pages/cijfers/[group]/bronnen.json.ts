// The details of every figure on one figures page (FigureDetails by figure id): what a figure's
// source popover in a chapter fetches when the reader opens it (src/components/Cijfer.astro). The
// same quote and note stand on the figures page itself, for readers without JavaScript.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Figure } from '../../../lib/figures.ts';
import { figureDetails, figureGroups } from '../../../lib/figure-view.ts';

export const getStaticPaths = (async () => {
  const documents = (await getCollection('sources')).map((s) => ({ id: s.id, title: s.data.title }));
  const figures = (await getCollection('figures')).map((f) => f.data);
  return figureGroups(documents, figures).map((g) => ({ params: { group: g.group }, props: { figures: g.figures } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { figures } = props as { figures: Figure[] };
  const sources = (await getCollection('sources')).map((s) => s.data);
  const lookup = (id: string) => sources.find((s) => s.id === id);
  const details = Object.fromEntries(figures.map((f) => [f.id, figureDetails(f, lookup)]));
  return new Response(JSON.stringify(details), { headers: { 'Content-Type': 'application/json' } });
};
