// Pure helpers for `npm run bench` (scripts/bench*.ts): summaries of timings, and the rules that
// make a tenfold copy of the content for the build benchmark. Nothing here measures time; no test
// asserts a wall-clock time (timings on a shared 2-core machine are noisy).

export interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
}

/** Median, 95th percentile (the value below which 95 % of the samples lie) and maximum. */
export function stats(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new Error('stats: geen metingen');
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { n: s.length, median: q(0.5), p95: q(0.95), max: s.at(-1)! };
}

/** "mediaan 4,1 ms, p95 7,9 ms, max 12,0 ms (n=400)" */
export function formatStats(s: Stats, unit = 'ms'): string {
  const f = (v: number) => v.toFixed(1).replace('.', ',');
  return `mediaan ${f(s.median)} ${unit}, p95 ${f(s.p95)} ${unit}, max ${f(s.max)} ${unit} (n=${s.n})`;
}

/**
 * One copy of a chapter file for the tenfold build: the file (and, for a bundle's sub-pages, its
 * folder) gets the suffix "-kopie-<n>", its title says which copy it is, and a sub-page points to
 * its own copy of the overview. `relPath` is relative to content/chapters/, e.g.
 * "werk-aan-de-winkel/inleiding.mdx".
 */
export function chapterCopy(relPath: string, text: string, copy: number): { relPath: string; text: string } {
  const suffix = `-kopie-${copy}`;
  const parts = relPath.split('/');
  parts[0] = parts.length === 1 ? parts[0]!.replace(/\.mdx$/, `${suffix}.mdx`) : `${parts[0]}${suffix}`;
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!front) throw new Error(`${relPath}: geen front matter`);
  const data = front[1]!
    .replace(/^title: (['"]?)(.*)\1$/m, (_, q: string, title: string) => `title: ${q}${title} (kopie ${copy})${q}`)
    .replace(/^parent: (.+)$/m, (_, parent: string) => `parent: ${parent.trim()}${suffix}`);
  return { relPath: parts.join('/'), text: `---\n${data}\n---\n${text.slice(front[0].length)}` };
}
