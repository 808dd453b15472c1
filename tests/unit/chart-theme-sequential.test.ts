// The map's ordered colour scale (SEQUENTIAL in src/lib/charts/theme.ts), held to what its comment
// claims, in the light and the dark scheme: the order is carried by lightness alone (so it reads in
// greyscale), neighbouring classes stay apart under simulated protanopia, deuteranopia and
// tritanopia (Machado 2009, via culori, as the series palette's test does), and the white borders
// between municipalities stay visible on the palest class only through the map's outline.
import { describe, expect, it } from 'vitest';
import { converter, differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, type Color } from 'culori';
import { DARK_INK, INK, SEQUENTIAL } from '../../src/lib/charts/theme.ts';

const lab = converter('lab65');
const grey = (hex: string) => lab(hex)!.l;
const deltaE = differenceCiede2000();
const VISIONS: Record<string, (c: Color) => Color> = {
  normaal: (c) => c,
  protanopie: filterDeficiencyProt(1),
  deuteranopie: filterDeficiencyDeuter(1),
  tritanopie: filterDeficiencyTrit(1),
};
/** L* steps a reader tells apart in greyscale without looking hard */
const MIN_STEP_L = 10;
/** neighbouring classes: a clearly visible difference (ΔE2000) */
const MIN_STEP_DE = 10;

describe.each([
  ['licht', SEQUENTIAL.colors, INK.background, -1],
  ['donker', SEQUENTIAL.dark, DARK_INK.background, 1],
] as const)('the map scale, %s', (_scheme, colors, background, direction) => {
  it('has five classes', () => expect(colors).toHaveLength(5));
  it(`runs in one direction of lightness, each step at least ${MIN_STEP_L} L* (greyscale)`, () => {
    for (let i = 1; i < colors.length; i++) expect(direction * (grey(colors[i]!) - grey(colors[i - 1]!)), `${colors[i - 1]} → ${colors[i]}`).toBeGreaterThanOrEqual(MIN_STEP_L);
  });
  it.each(Object.keys(VISIONS))(`keeps neighbouring classes apart under %s vision (ΔE2000 ≥ ${MIN_STEP_DE})`, (vision) => {
    const see = (h: string) => VISIONS[vision]!(parse(h)!);
    for (let i = 1; i < colors.length; i++) expect(deltaE(see(colors[i]!), see(colors[i - 1]!)), `${colors[i - 1]} → ${colors[i]}`).toBeGreaterThanOrEqual(MIN_STEP_DE);
  });
  it('the class that stands out most (many recipients) is the one furthest from the page background', () => {
    const distance = (h: string) => Math.abs(grey(h) - grey(background));
    expect(distance(colors.at(-1)!)).toBeGreaterThan(distance(colors[0]!));
  });
});
