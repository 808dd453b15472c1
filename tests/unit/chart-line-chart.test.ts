import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { lineChartSvg } from '../../src/lib/charts/line-chart.ts';

const svgOf = (markup: string) => parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document.querySelector('svg')!;
/** x pixels of every point of a Plot line path, per subpath */
const subpathXs = (d: string) =>
  d
    .split('M')
    .filter(Boolean)
    .map((sub) => sub.split('L').map((pt) => Number(pt.split(',')[0])));

describe('the static line chart', () => {
  const chart = (series: Parameters<typeof lineChartSvg>[0]) => svgOf(lineChartSvg(series, { yLabel: 'aantal', xKind: 'stap', labelledBy: 't s' }));

  it('draws a series with a shorter x range over its own part of the axis only', () => {
    const svg = chart([
      { name: 'lang', points: Array.from({ length: 11 }, (_, i) => ({ x: i, y: 10 + i })) },
      { name: 'kort', points: [{ x: 6, y: 5 }, { x: 7, y: 6 }, { x: 8, y: 7 }] },
    ]);
    // default tones: the first series petrol, the second ochre
    const long = svg.querySelector('g[stroke="#0b5a5f"] path')!.getAttribute('d')!;
    const short = svg.querySelector('g[stroke="#8a4b00"] path')!.getAttribute('d')!;
    const longXs = subpathXs(long)[0]!;
    const shortXs = subpathXs(short)[0]!;
    expect(longXs).toHaveLength(11);
    expect(shortXs).toHaveLength(3);
    // the short series starts where x = 6 is on the long one, and ends at x = 8
    expect(shortXs[0]).toBeCloseTo(longXs[6]!, 0);
    expect(shortXs.at(-1)).toBeCloseTo(longXs[8]!, 0);
  });

  it('breaks a line at a null value and labels each line at its last value, without overlap', () => {
    const svg = chart([
      { name: 'met gat', tone: 'oker', points: [{ x: 0, y: 1 }, { x: 1, y: null }, { x: 2, y: 3 }, { x: 3, y: 4 }, { x: 4, y: null }] },
      { name: 'vlak', tone: 'petrol', points: [{ x: 0, y: 4 }, { x: 4, y: 4 }] },
    ]);
    const gap = svg.querySelector('g[stroke="#8a4b00"] path')!;
    expect(subpathXs(gap.getAttribute('d')!).map((xs) => xs.length)).toEqual([1, 2]);
    const labels = [...svg.querySelectorAll('text.bu-direct-label')];
    expect(labels.map((l) => l.textContent)).toEqual(['met gat', 'vlak']);
    // 'met gat' ends at x = 3 (x = 4 has no value), 'vlak' at x = 4: both at y = 4, so nudged apart
    const [a, b] = labels.map((l) => [Number(l.getAttribute('x')), Number(l.getAttribute('y'))] as const);
    expect(a![0]).toBeLessThan(b![0]);
    expect(Math.abs(a![1] - b![1])).toBeGreaterThanOrEqual(15);
    expect(svg.getAttribute('aria-labelledby')).toBe('t s');
  });

  it('adds its layout class to the chart’s own, in one class attribute (a second one would be ignored)', () => {
    const markup = lineChartSvg([{ name: 'a', points: [{ x: 0, y: 1 }, { x: 1, y: 2 }] }], { yLabel: 'y', xKind: 'stap', labelledBy: 't', className: 'chart-smal' });
    expect(markup.match(/<svg[^>]*>/)![0].match(/ class=/g)).toHaveLength(1);
    const classes = svgOf(markup).getAttribute('class')!.split(' ');
    expect(classes).toContain('chart-smal');
    expect(classes.length).toBeGreaterThan(1);
  });
});
