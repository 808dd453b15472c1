// The SVG of a static line chart (StaticLineChart.astro): Plot draws the frame, axes, grid and
// lines; the shared chart part draws the direct labels with Plot's own scales. Every series uses
// its own points, so series may cover different x ranges; a null value breaks the line.
import * as Plot from '@observablehq/plot';
import { plotToSvg } from './plot.ts';
import { directLabels, lineEnds } from './parts.ts';
import { simplifyLinePath } from './simplify-path.ts';
import { STROKE, tone, type ToneRef } from './theme.ts';
import type { XKind } from './table-rows.ts';

export interface LineChartSeries {
  name: string;
  /** the palette entry by name or index; default: the series' index */
  tone?: ToneRef;
  /** the series' own points; a null y is a gap in the line */
  points: readonly { x: Date | number; y: number | null }[];
}

export interface LineChartOptions {
  yLabel: string;
  xKind: XKind;
  /** ids of the elements that name the chart (its title and summary) */
  labelledBy: string;
  /** @default 640 */
  width?: number;
  /** @default 300 */
  height?: number;
  /** room at the right for the direct labels; @default 110 */
  marginRight?: number;
  /** room at the left for the y ticks; @default 48 */
  marginLeft?: number;
  /** a class for the <svg>, next to Plot's own (e.g. the layout it is: "chart-smal") */
  className?: string;
  /**
   * Drop points that lie within this many pixels of the line through their neighbours (see
   * simplify-path.ts); 0 keeps every point. The table under the chart keeps them all.
   * @default 0
   */
  simplify?: number;
}

/**
 * The two layouts of a static line chart: a phone's (laid out at 340 px, about the width of the
 * text column at 390 px, so that its 12–13 px text is drawn at that size) and a wide column's.
 * Both drop points closer to the line than a fraction of a pixel at the size they are shown (the
 * phone's is drawn at about its own size, the wide one at up to 1,15 times): 250 months over 200
 * or 480 px are more points than pixels, and they cost markup on every page with the chart.
 */
export const LINE_CHART_LAYOUTS = {
  smal: { width: 340, marginRight: 92, marginLeft: 44, heightFactor: 0.9, simplify: 0.5 },
  breed: { width: 640, marginRight: 110, marginLeft: 48, heightFactor: 1, simplify: 0.35 },
} as const;

export function lineChartSvg(series: readonly LineChartSeries[], options: LineChartOptions): string {
  const { yLabel, xKind, labelledBy, width = 640, height = 300, marginRight = 110, marginLeft = 48, className, simplify = 0 } = options;
  const looks = series.map((s, i) => tone(s.tone ?? i));
  return plotToSvg(
    {
      width,
      height,
      // room at the right for the direct labels
      marginRight,
      marginLeft,
      x: { label: null, type: xKind === 'maand' ? 'utc' : 'linear' },
      y: { label: yLabel, grid: true, zero: true },
      marks: [
        ...series.map((s, i) =>
          Plot.line(s.points, { x: 'x', y: 'y', stroke: looks[i]!.color, strokeWidth: STROKE.line, strokeDasharray: looks[i]!.dash ?? undefined }),
        ),
        Plot.ruleY([0]),
      ],
    },
    { labelledBy },
    {
      after: (svg) => {
        if (className) svg.classList.add(className);
        if (simplify > 0) for (const path of svg.querySelectorAll('g[aria-label="line"] path')) path.setAttribute('d', simplifyLinePath(path.getAttribute('d') ?? '', simplify));
        const x = svg.scale('x')!;
        const y = svg.scale('y')!;
        const ends = lineEnds(series.map((s, i) => ({ key: s.name, tone: s.tone ?? i, points: s.points })));
        directLabels(
          svg,
          ends.map((e) => ({ ...e, x: x.apply(e.x), y: y.apply(e.y) })),
          // inside the frame: Plot's y range runs from its bottom to its top
          { bounds: [Math.min(...y.range!), Math.max(...y.range!)] },
        );
      },
    },
  );
}
