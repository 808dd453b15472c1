// The reading route for students (/studenten/, and the student route on the home page): first
// what the bijstand is, then the five documents in the order they were written (so each reads
// against what came before), then the theme chapters that connect them. Pure: takes the chapters
// and the documents' years, so the order is tested without a build.
import { sortChapters, type ChapterLike } from './chapters.ts';

/** The chapters that explain the system itself: read first, in this order, where they exist. */
export const INTRODUCTION_CHAPTERS = ['wat-is-de-bijstand', 'hoe-hoog'] as const;

export interface RouteChapter extends ChapterLike {
  data: ChapterLike['data'] & { sources: readonly { id: string }[] };
}

export function readingRoute<T extends RouteChapter>(chapters: readonly T[], yearOf: (documentId: string) => number): T[] {
  const tops = sortChapters(chapters.filter((c) => !c.data.parent));
  const intro = INTRODUCTION_CHAPTERS.map((id) => tops.find((c) => c.id === id)).filter((c): c is T => c !== undefined);
  const documentYear = (c: T) => Math.min(...c.data.sources.map((s) => yearOf(s.id)));
  const documents = tops.filter((c) => c.data.kind === 'document').sort((a, b) => documentYear(a) - documentYear(b) || a.data.order - b.data.order);
  const themes = tops.filter((c) => c.data.kind === 'thema' && !intro.includes(c));
  return [...intro, ...documents, ...themes];
}
