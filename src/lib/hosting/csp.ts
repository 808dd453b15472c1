// The site's Content-Security-Policy, made per page from the page as built: `script-src 'self'`
// and `style-src 'self'` plus the SHA-256 hash of each inline <script> and <style> on that page,
// never 'unsafe-inline'. Build-time code (node:crypto), used by src/integrations/hosting.ts.
//
// Why our own hashes rather than Astro's `security.csp`: Astro puts the hashes of every page's
// styles and scripts into every page's <meta> (about 0,9 kB gzipped more HTML per page, against a
// 14 kB budget), does not hash `is:inline` scripts, and writes no header for a static build
// without an adapter. Hashing the finished HTML covers whatever ends up in it, page by page.
import { createHash } from 'node:crypto';

/** Script types a browser does not execute: data blocks need no hash. */
const DATA_SCRIPT = /^(application\/(ld\+)?json|text\/plain)$/i;

const RAW_TEXT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;

export interface InlineCode {
  /** the text of each inline script that runs (no src, not a data block), as the browser hashes it */
  scripts: string[];
  /** the text of each <style> element */
  styles: string[];
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** The inline scripts and styles of an HTML page (raw text elements: the bytes are what the browser hashes). */
export function inlineCode(html: string): InlineCode {
  const code: InlineCode = { scripts: [], styles: [] };
  for (const [, tag, attrs, text] of html.matchAll(RAW_TEXT)) {
    if (tag!.toLowerCase() === 'style') code.styles.push(text!);
    else if (attribute(attrs!, 'src') === undefined && !DATA_SCRIPT.test(attribute(attrs!, 'type') ?? '')) code.scripts.push(text!);
  }
  return code;
}

/** The CSP source for a text: `'sha256-…'`. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Inline code that no hash can allow, so that the policy would block it: style="" and on…=""
 * attributes, javascript: URLs, and <style> inside an inline <svg> (there the browser decodes
 * entities before hashing, so the file's bytes are not what it hashes). Empty for a clean page.
 */
export function inlineCodeProblems(html: string): string[] {
  const problems: string[] = [];
  // text of scripts and styles is not markup; text elsewhere cannot hold a bare `style="` (it is escaped)
  const markup = html.replace(RAW_TEXT, (_m, tag: string) => `<${tag}></${tag}>`);
  for (const m of markup.matchAll(/<([a-zA-Z][\w:-]*)\b[^>]*?\s(style|on[a-z]+)\s*=\s*["']?/g)) {
    problems.push(`${m[2]}-attribuut op <${m[1]}>`);
  }
  for (const m of markup.matchAll(/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/gi)) problems.push(`javascript:-URL (${m[0].trim()})`);
  for (const svg of html.matchAll(/<svg\b[\s\S]*?<\/svg>/gi)) {
    if (/<style\b/i.test(svg[0])) problems.push('<style> in een inline <svg>');
  }
  return problems;
}

export interface PolicyOptions {
  code: InlineCode;
  /**
   * Who may show the page in a frame: `'self'` for the site's own pages; `null` leaves it open,
   * for the embed pages that other sites show in an iframe.
   */
  frameAncestors: string | null;
}

const unique = (values: string[]) => [...new Set(values)];

/** The page's policy as directives, in a fixed order. */
export function policyDirectives({ code, frameAncestors }: PolicyOptions): [string, string[]][] {
  return [
    ['default-src', ["'none'"]],
    // 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly (it allows compiling Wasm, not eval)
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...unique(code.scripts.map(cspHash))]],
    ['style-src', ["'self'", ...unique(code.styles.map(cspHash))]],
    // data: for the icons in Pagefind's stylesheet; blob: for the PNG made from a chart's SVG (share bar)
    ['img-src', ["'self'", 'data:', 'blob:']],
    // the search index, the glossary for search, a data widget's vintages
    ['connect-src', ["'self'"]],
    // Pagefind's search worker
    ['worker-src', ["'self'"]],
    ['form-action', ["'self'"]],
    ['base-uri', ["'none'"]],
    ...(frameAncestors === null ? [] : ([['frame-ancestors', [frameAncestors]]] as [string, string[]][])),
  ];
}

export function formatPolicy(directives: readonly [string, readonly string[]][]): string {
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The policy the host sends as a header. */
export function contentSecurityPolicy(options: PolicyOptions): string {
  return formatPolicy(policyDirectives(options));
}

/** Directives a browser ignores (and complains about) in a <meta> policy. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The same policy for the <meta> fallback, without what a <meta> cannot carry. */
export function metaPolicy(options: PolicyOptions): string {
  return formatPolicy(policyDirectives(options).filter(([name]) => !HEADER_ONLY.has(name)));
}

/**
 * Puts the policy in a <meta http-equiv> right after <meta charset>, before any script or style
 * (a <meta> policy covers only what comes after it). Throws when the page has no <meta charset>
 * or already has a policy.
 */
export function insertCspMeta(html: string, policy: string): string {
  if (/<meta\s+http-equiv=["']?content-security-policy/i.test(html)) throw new Error('de pagina heeft al een CSP-<meta>');
  const charset = /<meta\s+charset=["']?utf-8["']?\s*\/?>/i.exec(html);
  if (!charset) throw new Error('geen <meta charset="utf-8"> om de CSP-<meta> achter te zetten');
  const at = charset.index + charset[0].length;
  if (/<(script|style|link)\b/i.test(html.slice(0, charset.index))) throw new Error('een script of stijl staat vóór <meta charset>: de CSP-<meta> zou die niet dekken');
  return `${html.slice(0, at)}<meta http-equiv="content-security-policy" content="${policy.replace(/"/g, '&quot;')}">${html.slice(at)}`;
}
