// Corrections: what the site corrected, when and why, so that a reader who quoted an earlier
// version can see what changed. content/corrections/*.yaml (one file per document); shown on
// /correcties/ and on every corrected page.
import { z } from 'zod';

export const correctionSchema = z
  .object({
    /** used as the anchor on /correcties/ */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    date: z.coerce.date(),
    /** the pages it changed, as site paths: "/hoofdstukken/onder-druk/granieten-kern/" */
    pages: z.array(z.string().regex(/^\/([a-z0-9-]+\/)+$/)).min(1),
    /** what the page said, briefly */
    was: z.string().min(10),
    /** what it says now */
    now: z.string().min(10),
    /** why: what the source says, with its place ("‘Onder druk’, kader ‘Volgens Hilhorst’") */
    why: z.string().min(10),
  })
  .strict();
export type Correction = z.infer<typeof correctionSchema>;

/** Newest first, then by id: the order of /correcties/. */
export function sortCorrections(list: readonly Correction[]): Correction[] {
  return [...list].sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

/** The corrections of one page (its path), newest first. */
export function correctionsFor(list: readonly Correction[], page: string): Correction[] {
  return sortCorrections(list.filter((c) => c.pages.includes(page)));
}

/**
 * Where readers report an error: CONTACT_EMAIL when the build sets it, otherwise correcties@ at
 * the site's own host (README, Deploying: make sure that mailbox exists). Build-time only.
 */
export function correctionsAddress(site: URL, env: Record<string, string | undefined> = process.env): string {
  return env.CONTACT_EMAIL?.trim() || `correcties@${site.hostname}`;
}
