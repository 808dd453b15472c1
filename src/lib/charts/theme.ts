// The one place for chart colours and type, for Plot charts at build time and D3 parts in the
// browser alike. The values match the site's CSS tokens (src/styles/global.css), so a chart looks
// like the page around it. Pure data: no DOM, no Plot, no D3.
//
// Why the series palette looks like this (tests/unit/chart-theme.test.ts checks every claim):
// - every colour has at least 4.5:1 contrast against white. WCAG 1.4.11 asks 3:1 for graphics, but
//   a line's direct label is drawn in the line's own colour, and text asks 4.5:1 (WCAG 1.4.3);
// - colour is never the only carrier (WCAG 1.4.1): every entry has its own dash pattern and marker
//   shape, and lines are labelled directly at their end;
// - in greyscale, petrol and ochre are almost the same grey; they differ by dash pattern (solid
//   against dashed), as they always have on this site;
// - under simulated protanopia and deuteranopia the colours themselves stay apart as well, so
//   filled shapes (bars, areas), which have no dash pattern, can still be told apart.
// The first two entries are the site's own petrol and ochre, so existing charts look the same.

/** A marker shape, named as Plot's `symbol` option and d3-shape's symbols name them. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'star';

export interface SeriesTone {
  /** token name, usable instead of an index: `tone: 'oker'` */
  name: string;
  /** line, bar and label colour */
  color: string;
  /** a light fill of the same hue, for areas and curtains behind a line of `color` */
  fill: string;
  /** SVG stroke-dasharray; null draws a solid line */
  dash: string | null;
  marker: MarkerShape;
  /** the same colour and fill in the dark scheme (see DARK_INK) */
  dark: { color: string; fill: string };
}

export const SERIES = [
  { name: 'petrol', color: '#0b5a5f', fill: '#d7ebe9', dash: null, marker: 'circle', dark: { color: '#009c9c', fill: '#173a3a' } },
  { name: 'oker', color: '#8a4b00', fill: '#f6e3c6', dash: '6 4', marker: 'square', dark: { color: '#e3a653', fill: '#3d2b12' } },
  { name: 'blauw', color: '#2f62c8', fill: '#dde6f7', dash: '2 3', marker: 'triangle', dark: { color: '#6badff', fill: '#1c2a44' } },
  { name: 'grijsgroen', color: '#6a7665', fill: '#e4e9e2', dash: '10 3 2 3', marker: 'diamond', dark: { color: '#7a8c76', fill: '#1f251d' } },
  { name: 'inkt', color: '#1c1f23', fill: '#e6e8ea', dash: '14 4', marker: 'star', dark: { color: '#e6e9eb', fill: '#2b3034' } },
] as const satisfies readonly SeriesTone[];

export type SeriesToneName = (typeof SERIES)[number]['name'];
/** A series' look: its index in the palette (wrapping around) or its token name. */
export type ToneRef = number | SeriesToneName;

/** The palette entry for an index (wrapping around, so a sixth series reuses the first) or a name. */
export function tone(ref: ToneRef): SeriesTone {
  if (typeof ref === 'number') {
    const n = SERIES.length;
    return SERIES[((Math.trunc(ref) % n) + n) % n]!;
  }
  const found = SERIES.find((s) => s.name === ref);
  if (!found) throw new Error(`onbekende grafiekkleur "${ref}"; kies uit ${SERIES.map((s) => s.name).join(', ')}`);
  return found;
}

/** Colours that are not a series: text, axes, grid, background. */
export const INK = {
  /** chart text, axis lines and ticks: the page's text colour */
  text: '#1c1f23',
  /** secondary text: sources, units, reference labels */
  muted: '#4a5159',
  /** Plot draws its grid in the text colour at 10 % opacity; the D3 parts do the same */
  grid: '#1c1f23',
  gridOpacity: 0.1,
  axis: '#1c1f23',
  /** the page background the charts sit on (a chart itself stays transparent) */
  background: '#ffffff',
  /** a bar or line that marks an approximation is drawn at this opacity */
  approximateOpacity: 0.55,
} as const;

/**
 * The dark scheme (prefers-color-scheme: dark). Charts keep writing the light colours as SVG
 * attributes, so that a downloaded SVG or PNG is the same light file in either scheme; on the
 * page, src/styles/scheme.css swaps each light colour for its counterpart here
 * (`[fill='#0b5a5f']` → `fill: var(--bu-chart-petrol)`, #009c9c when dark).
 * tests/unit/chart-theme-dark.test.ts checks that the stylesheet and this table agree, and holds the dark palette to the same contrast and
 * colour-vision claims as the light one. `background` is the page's dark background token.
 */
export const DARK_INK = {
  text: '#e6e9eb',
  muted: '#a3adb5',
  background: '#121517',
} as const;

/**
 * The ordered scale of a choropleth map (bijstand per gemeente): five classes from few to many.
 * Lightness alone carries the order, so the map reads in greyscale and under colour blindness
 * (ColorBrewer's YlGnBu, a single ordered ramp from yellow to blue, without a red–green contrast);
 * every step is at least 10 L* apart (tests/unit/chart-theme-sequential.test.ts). In the dark
 * scheme the ramp runs the other way round in lightness (few = dark, many = bright), so that "more"
 * still stands out from the dark page; the legend uses the same colours, so it says so too.
 * "No value" is the ink fill, hatched by the map itself.
 */
export const SEQUENTIAL = {
  name: 'kaart',
  colors: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  dark: ['#1f3550', '#22617f', '#2a8f99', '#74c0a8', '#e2eeb0'],
} as const;

/** Every colour a chart writes, light → dark: what the stylesheet must swap. */
export function darkCounterparts(): Record<string, string> {
  const map: Record<string, string> = { [INK.text]: DARK_INK.text, [INK.muted]: DARK_INK.muted, [INK.background]: DARK_INK.background };
  for (const s of SERIES) {
    map[s.color] = s.dark.color;
    map[s.fill] = s.dark.fill;
  }
  SEQUENTIAL.colors.forEach((c, i) => (map[c] = SEQUENTIAL.dark[i]!));
  return map;
}

/**
 * Type sizes in CSS pixels of the chart's own coordinate system. QUALITY.md: on a 390 px phone
 * every chart text is at least 12 CSS px, so nothing in a chart may be smaller than `min`.
 */
export const FONT = {
  family: 'system-ui, sans-serif',
  min: 12,
  /** tick labels, annotations, sources */
  small: 12,
  /** the default for chart text: direct labels, bar labels */
  base: 13,
  /** emphasised text inside a chart */
  large: 14,
  labelWeight: 600,
} as const;

/** Stroke widths of the marks. */
export const STROKE = {
  line: 2.5,
  rule: 1,
  annotation: 1.5,
} as const;

/**
 * The `style` option that every Plot chart gets. No colour: Plot draws its text and axes in
 * currentColor, which is then the page's text colour, in the light and the dark scheme alike.
 */
export const PLOT_STYLE = {
  fontSize: `${FONT.base}px`,
  fontFamily: FONT.family,
  background: 'transparent',
} as const;
