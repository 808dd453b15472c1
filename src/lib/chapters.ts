// Ordering and grouping of chapters, shared by the chapter index, the home page and tests.
import { sitePath } from './site-path.ts';
import type { ChapterKind } from './themes.ts';

export interface ChapterLike {
  id: string;
  data: { order: number; kind: ChapterKind; title: string; parent?: string | undefined };
}

export function sortChapters<T extends ChapterLike>(chapters: readonly T[]): T[] {
  return [...chapters].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'nl'));
}

export function chapterHref(id: string): string {
  return sitePath(`/hoofdstukken/${id}/`);
}
