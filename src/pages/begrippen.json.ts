// /begrippen.json: the glossary for the search page, which shows a term's definition above the
// results when the query names it, and offers the nearest terms for a word the site lacks.
// Fetched only when a reader searches.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const GET: APIRoute = async () => {
  const terms = (await getCollection('glossary'))
    .map((t) => ({ id: t.id, term: t.data.term, definition: t.data.definition }))
    .sort((a, b) => a.term.localeCompare(b.term, 'nl'));
  return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json' } });
};
