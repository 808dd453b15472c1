// The dark scheme of the chart theme (src/lib/charts/theme.ts) and of the site's tokens
// (src/styles/global.css, the dark scheme in src/styles/scheme.css): the dark palette keeps the light one's promises (text contrast on the
// dark background, lines visible on their fills, pairs apart in greyscale and under simulated
// colour blindness), and the stylesheet swaps exactly the colours the theme writes, to exactly
// the theme's dark counterparts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { converter, differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, parse, wcagContrast, type Color } from 'culori';
import { DARK_INK, INK, SERIES, darkCounterparts } from '../../src/lib/charts/theme.ts';

const styles = (file: string) => readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
/** the page's own tokens (global.css) and the chart tokens, dark scheme and chart rules (scheme.css) */
const pageCss = styles('global.css');
const css = styles('scheme.css');
const color = (hex: string): Color => parse(hex)!;
const deltaE = differenceCiede2000();
const lightness = (c: string) => converter('lab65')(c)!.l;
const VISIONS = { normaal: (h: string) => color(h), protanopie: (h: string) => filterDeficiencyProt(1)(color(h)), deuteranopie: (h: string) => filterDeficiencyDeuter(1)(color(h)) };
const pairs = SERIES.flatMap((a, i) => SERIES.slice(i + 1).map((b) => [a, b] as const));

/** The custom properties of the first block whose selector matches, as name → value. */
function tokens(selector: RegExp, source = css): Record<string, string> {
  const block = selector.exec(source);
  if (!block) throw new Error(`geen blok ${selector}`);
  return Object.fromEntries([...block[1]!.matchAll(/(--bu-[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}
const light = { ...tokens(/^:root\s*\{([^}]*)\}/m, pageCss), ...tokens(/^:root\s*\{([^}]*)\}/m) };
const dark = tokens(/prefers-color-scheme:\s*dark\)\s*\{\s*:root:not\(\[data-color-scheme='light'\]\)\s*\{([^}]*)\}/);

describe('dark chart palette', () => {
  it.each(SERIES.map((s) => [s.name, s] as const))('%s: at least 4.5:1 on the dark background, and visible on its own dark fill', (_n, s) => {
    expect(wcagContrast(s.dark.color, DARK_INK.background)).toBeGreaterThanOrEqual(4.5);
    expect(wcagContrast(s.dark.color, s.dark.fill)).toBeGreaterThanOrEqual(3);
  });
  it('text and muted text are readable on the dark background and every dark fill', () => {
    for (const bg of [DARK_INK.background, ...SERIES.map((s) => s.dark.fill)]) {
      expect(wcagContrast(DARK_INK.text, bg)).toBeGreaterThanOrEqual(4.5);
      expect(wcagContrast(DARK_INK.muted, bg)).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('tells every pair apart in greyscale by lightness, or else by dash pattern', () => {
    for (const [a, b] of pairs) {
      if (Math.abs(lightness(a.dark.color) - lightness(b.dark.color)) < 15) expect(a.dash, `${a.name} en ${b.name}`).not.toBe(b.dash);
    }
  });
  it.each(Object.keys(VISIONS))('keeps every pair apart under %s vision (ΔE2000 ≥ 15)', (vision) => {
    const simulate = VISIONS[vision as keyof typeof VISIONS];
    for (const [a, b] of pairs) expect(deltaE(simulate(a.dark.color), simulate(b.dark.color)), `${a.name} en ${b.name}`).toBeGreaterThanOrEqual(15);
  });
});

describe('the stylesheet and the chart theme agree', () => {
  const counterparts = darkCounterparts();
  /** attribute rules: `[fill='#0b5a5f' i] { fill: var(--bu-chart-petrol); }` */
  const rules = [...css.matchAll(/\[(fill|stroke|color)='(#[0-9a-f]{6})' i\]\s*\{\s*\1:\s*var\((--bu-chart-[a-z-]+)\);\s*\}/g)].map((m) => ({ attr: m[1]!, hex: m[2]!, token: m[3]! }));

  it('finds the tokens and the rules', () => {
    expect(Object.keys(counterparts).length).toBeGreaterThanOrEqual(12);
    expect(rules.length).toBeGreaterThanOrEqual(24);
  });
  it.each(Object.entries(counterparts))('%s: its fill and stroke point at a token that is %s in the dark scheme and itself in the light one', (hex, darkHex) => {
    for (const attr of ['fill', 'stroke']) {
      const rule = rules.find((r) => r.attr === attr && r.hex === hex);
      expect(rule, `[${attr}='${hex}' i] ontbreekt in global.css`).toBeDefined();
      expect(light[rule!.token], `${rule!.token} licht`).toBe(hex);
      expect(dark[rule!.token], `${rule!.token} donker`).toBe(darkHex);
    }
  });
  it('swaps no colour the theme does not write, and axes drawn in currentColor follow the text', () => {
    for (const r of rules) expect(Object.keys(counterparts), r.hex).toContain(r.hex);
    expect(rules.find((r) => r.attr === 'color' && r.hex === INK.axis)?.token).toBe('--bu-chart-ink');
  });
  it('the page tokens are the theme’s ink, in both schemes', () => {
    expect(light['--bu-color-text']).toBe(INK.text);
    expect(light['--bu-color-text-muted']).toBe(INK.muted);
    expect(dark['--bu-color-text']).toBe(DARK_INK.text);
    expect(dark['--bu-color-text-muted']).toBe(DARK_INK.muted);
    expect(dark['--bu-color-bg']).toBe(DARK_INK.background);
  });
  it('every text colour of the dark scheme is readable on every dark background', () => {
    const backgrounds = ['--bu-color-bg', '--bu-color-bg-subtle', '--bu-color-primary-tint', '--bu-color-accent-tint'].map((t) => dark[t]!);
    for (const fg of ['--bu-color-text', '--bu-color-text-muted', '--bu-color-link', '--bu-color-link-visited', '--bu-color-primary', '--bu-color-accent']) {
      for (const bg of backgrounds) expect(wcagContrast(dark[fg]!, bg), `${fg} op ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(wcagContrast(dark['--bu-color-on-primary']!, dark['--bu-color-primary']!)).toBeGreaterThanOrEqual(4.5);
    expect(wcagContrast(light['--bu-color-on-primary']!, light['--bu-color-primary']!)).toBeGreaterThanOrEqual(4.5);
  });
});
