import { describe, expect, it } from 'vitest';
import { readingRoute } from '../../src/lib/reading-route.ts';

const chapter = (id: string, kind: 'document' | 'thema', order: number, sources: string[], parent?: string) => ({
  id,
  data: { kind, order, title: id, sources: sources.map((s) => ({ id: s })), ...(parent ? { parent } : {}) },
});
const years: Record<string, number> = { oud: 2005, nieuw: 2019, midden: 2007 };

describe('the reading route', () => {
  it('starts with what the bijstand is, then the documents by the year they were written, then the themes', () => {
    const route = readingRoute(
      [
        chapter('thema-b', 'thema', 110, ['nieuw']),
        chapter('nieuw', 'document', 10, ['nieuw']),
        chapter('hoe-hoog', 'thema', 95, ['oud']),
        chapter('oud', 'document', 30, ['oud']),
        chapter('wat-is-de-bijstand', 'thema', 99, ['oud']),
        chapter('midden', 'document', 20, ['midden']),
        chapter('deel', 'document', 1, ['oud'], 'oud'),
        chapter('thema-a', 'thema', 100, ['oud']),
      ],
      (id) => years[id]!,
    );
    expect(route.map((c) => c.id)).toEqual(['wat-is-de-bijstand', 'hoe-hoog', 'oud', 'midden', 'nieuw', 'thema-a', 'thema-b']);
  });
  it('leaves out an introduction chapter that does not exist, and parts of chapters', () => {
    const route = readingRoute([chapter('a', 'thema', 1, ['oud']), chapter('b', 'document', 2, ['oud']), chapter('c', 'document', 3, ['oud'], 'b')], (id) => years[id]!);
    expect(route.map((c) => c.id)).toEqual(['b', 'a']);
  });
});
