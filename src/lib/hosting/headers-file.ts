// The `_headers` file that Netlify and Cloudflare Pages read from the root of the published
// directory (https://docs.netlify.com/routing/headers/, https://developers.cloudflare.com/pages/
// configuration/headers/): blocks of a URL path, then indented `Name: value` lines.
//
//   # comment
//   /_astro/*
//     Cache-Control: public, max-age=31536000, immutable
//
// The build writes it (src/integrations/hosting.ts) and the local server (scripts/static-server.ts)
// reads it back with the same functions, so `npm run serve` sends exactly what the host sends.
// Supported path forms: exact paths and one `*` splat (matches anything, slashes included). Both
// hosts give a request the headers of every rule that matches it, and join a header that two
// rules set with ", " (for Content-Security-Policy that means two policies, both enforced): rules
// must therefore set each header on any one path once at most (`overlappingHeaders` finds where not).

export interface HeaderRule {
  /** URL path, e.g. "/hoofdstukken/" or "/_astro/*" */
  path: string;
  headers: [name: string, value: string][];
  /** a comment line written above the rule */
  comment?: string;
}

/** Cloudflare Pages' limits: 100 rules, 2 000 characters per line (its headers documentation). */
export const CLOUDFLARE_MAX_RULES = 100;
export const CLOUDFLARE_MAX_LINE = 2000;

const HEADER_NAME = /^[A-Za-z0-9-]+$/;

function checkPath(path: string): void {
  if (!path.startsWith('/')) throw new Error(`_headers: een pad begint met "/": "${path}"`);
  if ((path.match(/\*/g) ?? []).length > 1) throw new Error(`_headers: hoogstens één * per pad: "${path}"`);
  if (/\s|:/.test(path)) throw new Error(`_headers: geen spaties of :plaatshouders in een pad: "${path}"`);
}

/** The file's text. */
export function formatHeadersFile(rules: readonly HeaderRule[], preamble: readonly string[] = []): string {
  const blocks = rules.map((rule) => {
    checkPath(rule.path);
    const lines = rule.comment ? [`# ${rule.comment}`] : [];
    lines.push(rule.path);
    for (const [name, value] of rule.headers) {
      if (!HEADER_NAME.test(name)) throw new Error(`_headers: ongeldige headernaam "${name}"`);
      if (/[\r\n]/.test(value)) throw new Error(`_headers: een waarde past op één regel (${name})`);
      lines.push(`  ${name}: ${value}`);
    }
    return lines.join('\n');
  });
  return `${[...preamble.map((l) => `# ${l}`), ...(preamble.length > 0 ? [''] : []), blocks.join('\n\n')].join('\n')}\n`;
}

/** Reads the file back; throws with the line number on anything it does not understand. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const path = line.trim();
      checkPath(path);
      current = { path, headers: [] };
      rules.push(current);
      return;
    }
    const match = /^\s+([^:\s]+):\s*(.*?)\s*$/.exec(line);
    if (!current || !match || !HEADER_NAME.test(match[1]!)) throw new Error(`_headers, regel ${i + 1}: niet te lezen: "${line}"`);
    current.headers.push([match[1]!, match[2]!]);
  });
  return rules;
}

/** Whether a rule's path matches a request path. */
export function pathMatches(pattern: string, pathname: string): boolean {
  const star = pattern.indexOf('*');
  if (star === -1) return pattern === pathname;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  return pathname.length >= prefix.length + suffix.length && pathname.startsWith(prefix) && pathname.endsWith(suffix);
}

/** The headers a host sends for a request path: every matching rule's, a repeated name joined with ", ". */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const result = new Map<string, string>();
  const names = new Map<string, string>(); // lower case → the spelling first used
  for (const rule of rules) {
    if (!pathMatches(rule.path, pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const spelled = names.get(key) ?? name;
      names.set(key, spelled);
      result.set(spelled, result.has(spelled) ? `${result.get(spelled)}, ${value}` : value);
    }
  }
  return result;
}

/** For each of the given paths, the headers that more than one matching rule sets (should be none). */
export function overlappingHeaders(rules: readonly HeaderRule[], pathnames: readonly string[]): string[] {
  const problems: string[] = [];
  for (const pathname of pathnames) {
    const seen = new Map<string, string>();
    for (const rule of rules) {
      if (!pathMatches(rule.path, pathname)) continue;
      for (const [name] of rule.headers) {
        const key = name.toLowerCase();
        const earlier = seen.get(key);
        if (earlier !== undefined) problems.push(`${pathname}: ${name} uit ${earlier} en ${rule.path}`);
        seen.set(key, rule.path);
      }
    }
  }
  return problems;
}
