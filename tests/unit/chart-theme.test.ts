import { describe, expect, it } from 'vitest';
import { converter, differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, parse, wcagContrast, type Color } from 'culori';
import { FONT, INK, PLOT_STYLE, SERIES, tone } from '../../src/lib/charts/theme.ts';

// Colour-vision simulation: culori's filters apply the matrices of Machado, Oliveira & Fernandes,
// "A physiologically-based model for simulation of color vision deficiency", IEEE TVCG 15(6),
// 2009, in linear sRGB. Severity 1 simulates dichromats (protanopia, deuteranopia), the hardest case.
const color = (hex: string): Color => parse(hex)!;
const protan = filterDeficiencyProt(1);
const deutan = filterDeficiencyDeuter(1);
const VISIONS = {
  normaal: (hex: string) => color(hex),
  protanopie: (hex: string) => protan(color(hex)),
  deuteranopie: (hex: string) => deutan(color(hex)),
} as const;
const deltaE = differenceCiede2000();
const lab = converter('lab65');
const lightness = (c: string) => lab(c)!.l;

// Thresholds. ΔE2000 ≈ 1 is just noticeable for large patches side by side; for thin lines and
// small marks the noticeable difference is several times larger (Stone, Szafir & Setlur 2014,
// "An engineering model for color difference as a function of size"). Our lines are 2.5 px
// wide, so we ask 15 for every pair, under every simulated vision. In greyscale only lightness
// is left; we ask the same 15, as a difference in CIE L*, or else a different dash pattern.
const MIN_DELTA_E = 15;
const MIN_DELTA_L = 15;

const pairs = SERIES.flatMap((a, i) => SERIES.slice(i + 1).map((b) => [a, b] as const));

describe('chart theme', () => {
  it('keeps the site’s own colours as the first entries and tokens', () => {
    expect(SERIES[0].color).toBe('#0b5a5f');
    expect(SERIES[1].color).toBe('#8a4b00');
    expect(SERIES[0].fill).toBe('#d7ebe9');
    expect(SERIES[1].fill).toBe('#f6e3c6');
    expect(INK.text).toBe('#1c1f23');
    expect(INK.muted).toBe('#4a5159');
    expect(PLOT_STYLE.background).toBe('transparent');
  });

  it('has a palette of at least five entries, each with its own dash pattern and marker', () => {
    expect(SERIES.length).toBeGreaterThanOrEqual(5);
    expect(new Set(SERIES.map((s) => s.dash ?? 'solid')).size).toBe(SERIES.length);
    expect(new Set(SERIES.map((s) => s.marker)).size).toBe(SERIES.length);
    expect(new Set(SERIES.map((s) => s.name)).size).toBe(SERIES.length);
  });

  it.each(SERIES.map((s) => [s.name, s] as const))('%s: at least 4.5:1 against white (its label is text in that colour)', (_name, s) => {
    expect(wcagContrast(s.color, INK.background)).toBeGreaterThanOrEqual(4.5);
    // a line drawn over its own light fill must stay visible (WCAG 1.4.11, 3:1)
    expect(wcagContrast(s.color, s.fill)).toBeGreaterThanOrEqual(3);
  });

  it('text and muted text are readable on white and on every fill', () => {
    for (const bg of [INK.background, ...SERIES.map((s) => s.fill)]) {
      expect(wcagContrast(INK.text, bg)).toBeGreaterThanOrEqual(4.5);
      expect(wcagContrast(INK.muted, bg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('tells every pair apart in greyscale: by lightness, or else by dash pattern', () => {
    for (const [a, b] of pairs) {
      const dL = Math.abs(lightness(a.color) - lightness(b.color));
      if (dL < MIN_DELTA_L) expect(a.dash, `${a.name} en ${b.name}: ΔL* ${dL.toFixed(1)} en dezelfde streep`).not.toBe(b.dash);
    }
    // the case the rule is for: petrol and ochre are nearly the same grey
    expect(Math.abs(lightness(SERIES[0].color) - lightness(SERIES[1].color))).toBeLessThan(MIN_DELTA_L);
  });

  it.each(Object.keys(VISIONS))('keeps every pair of colours apart under %s vision (ΔE2000 ≥ 15)', (vision) => {
    const simulate = VISIONS[vision as keyof typeof VISIONS];
    for (const [a, b] of pairs) {
      const d = deltaE(simulate(a.color), simulate(b.color));
      expect(d, `${a.name} en ${b.name}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
    }
  });

  it('simulates colour blindness for real (red and green merge for deuteranopes)', () => {
    // guards the test above against a filter that does nothing
    expect(deltaE('#d62728', '#2ca02c')).toBeGreaterThan(40);
    expect(deltaE(VISIONS.deuteranopie('#d62728'), VISIONS.deuteranopie('#2ca02c'))).toBeLessThan(25);
  });

  it('never sets chart text below 12 px', () => {
    expect(FONT.min).toBeGreaterThanOrEqual(12);
    for (const size of [FONT.small, FONT.base, FONT.large]) expect(size).toBeGreaterThanOrEqual(FONT.min);
    expect(Number.parseFloat(PLOT_STYLE.fontSize)).toBeGreaterThanOrEqual(FONT.min);
  });

  it('finds a tone by index (wrapping around) or by name, and rejects unknown names', () => {
    expect(tone(0)).toBe(SERIES[0]);
    expect(tone(SERIES.length + 1)).toBe(SERIES[1]);
    expect(tone(-1)).toBe(SERIES.at(-1));
    expect(tone('oker').color).toBe('#8a4b00');
    // @ts-expect-error an unknown token name
    expect(() => tone('rood')).toThrow(/onbekende grafiekkleur/);
  });
});
