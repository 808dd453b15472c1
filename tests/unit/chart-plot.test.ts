import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { finishPlotSvg, PLOT_CLASS, plotToSvg, themedPlotOptions } from '../../src/lib/charts/plot.ts';
import { dutchTickFormat, stepDecimals } from '../../src/lib/charts/format.ts';
import { directLabels } from '../../src/lib/charts/parts.ts';
import { FONT } from '../../src/lib/charts/theme.ts';

const svgOf = (markup: string) => parseHTML(`<!doctype html><html><body>${markup}</body></html>`).document.querySelector('svg')!;

const data = [
  { x: 0, y: 0.123456 },
  { x: 1, y: 1.5 },
  { x: 2, y: 2.987654 },
];

describe('plotToSvg', () => {
  it('makes one named image: no inner ARIA labels, role img, the given name', () => {
    const svg = svgOf(plotToSvg({ marks: [Plot.line(data, { x: 'x', y: 'y' }), Plot.ruleY([0])] }, { label: 'Een lijn' }));
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Een lijn');
    expect(svg.querySelectorAll('[aria-label]')).toHaveLength(0);
    expect(svg.querySelectorAll('[aria-description]')).toHaveLength(0);
    const named = svgOf(plotToSvg({ marks: [Plot.line(data, { x: 'x', y: 'y' })] }, { labelledBy: 'titel samenvatting' }));
    expect(named.getAttribute('aria-labelledby')).toBe('titel samenvatting');
    expect(named.hasAttribute('aria-label')).toBe(false);
  });

  it('leaves the size to CSS (viewBox only) and rounds coordinates to a tenth', () => {
    const markup = plotToSvg({ width: 640, height: 300, marks: [Plot.line(data, { x: 'x', y: 'y' })] }, { label: 'x' });
    const svg = svgOf(markup);
    expect(svg.hasAttribute('width')).toBe(false);
    expect(svg.hasAttribute('height')).toBe(false);
    expect(svg.getAttribute('viewBox')).toBe('0 0 640 300');
    expect(svg.querySelector('path')!.getAttribute('d')).not.toMatch(/\d\.\d{2}/);
  });

  it('applies the theme: font as presentation attributes rather than inline CSS, text in the page’s own colour', () => {
    const svg = svgOf(plotToSvg({ marks: [Plot.ruleY([0])] }, { label: 'x' }));
    expect(svg.getAttribute('font-size')).toBe(`${FONT.base}px`);
    expect(svg.getAttribute('font-family')).toMatch(/^system-ui/);
    // no fixed colour: text and axes in currentColor follow the page, in the light and the dark scheme
    expect(svg.getAttribute('color')).toBeNull();
    expect(svg.getAttribute('fill')).toBe('currentColor');
    // the caller's style keys win
    expect(themedPlotOptions({ style: { fontSize: '14px' } }).style).toMatchObject({ fontSize: '14px', background: 'transparent' });
    expect(svgOf(plotToSvg({ style: { fontSize: '14px' }, marks: [Plot.ruleY([0])] }, { label: 'x' })).getAttribute('font-size')).toBe('14px');
  });

  it('leaves no inline CSS for the Content-Security-Policy to block: no style attribute, no <style>, the class bu-plot', () => {
    const markup = plotToSvg({ marks: [Plot.line(data, { x: 'x', y: 'y' }), Plot.text(data, { x: 'x', y: 'y', text: 'y' })] }, { label: 'x' });
    expect(markup).not.toMatch(/\sstyle=/);
    expect(markup).not.toMatch(/<style/);
    expect(svgOf(markup).getAttribute('class')).toBe(PLOT_CLASS);
    // a style with no SVG attribute of its own must go to the component's CSS, not silently vanish
    expect(() => plotToSvg({ style: { overflow: 'visible' }, marks: [Plot.ruleY([0])] }, { label: 'x' })).toThrow(/CSS van het onderdeel/);
  });

  it('writes tick labels the Dutch way unless the chart brings its own format', () => {
    const svg = svgOf(plotToSvg({ y: { ticks: 6 }, marks: [Plot.line(data, { x: 'x', y: 'y' })] }, { label: 'x' }));
    const ticks = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(ticks).toContain('1,5');
    expect(ticks).not.toContain('1.5');
    const own = svgOf(plotToSvg({ y: { ticks: 6, tickFormat: (d: number) => `${d} x` }, marks: [Plot.line(data, { x: 'x', y: 'y' })] }, { label: 'x' }));
    expect([...own.querySelectorAll('text')].map((t) => t.textContent)).toContain('1.5 x');
  });

  it('lets chart parts draw with Plot’s own scales before the markup is made', () => {
    const svg = svgOf(
      plotToSvg({ width: 400, height: 200, marks: [Plot.line(data, { x: 'x', y: 'y' })] }, { label: 'x' }, {
        after: (plot) => directLabels(plot, [{ key: 'a', text: 'eind', x: plot.scale('x')!.apply(2), y: plot.scale('y')!.apply(2.987654) }]),
      }),
    );
    const label = svg.querySelector('text.bu-direct-label')!;
    expect(label.textContent).toBe('eind');
    // Plot's default right margin is 20: x = 2 sits at 380, the label 6 px to its right
    expect(label.getAttribute('x')).toBe('386');
  });

  it('refuses a chart without an accessible name, and a Plot figure instead of an svg', () => {
    expect(() => plotToSvg({ marks: [Plot.ruleY([0])] }, { label: ' ' })).toThrow(/toegankelijke naam/);
    expect(() => plotToSvg({ title: 'Titel', marks: [Plot.ruleY([0])] }, { label: 'x' })).toThrow(/figure/);
    const { document } = parseHTML('<!doctype html><html><body><figure></figure></body></html>');
    expect(() => finishPlotSvg(document.querySelector('figure')!, { label: 'x' })).toThrow(/figure/);
  });
});

describe('Dutch tick format', () => {
  it('gives numbers the step’s decimals at most, and years as years', () => {
    const f = dutchTickFormat();
    const ticks = [0, 0.5, 1, 1.5];
    expect(ticks.map((t, i) => f(t, i, ticks))).toEqual(['0', '0,5', '1', '1,5']);
    expect(f(0.30000000000000004, 0, [0.1, 0.2, 0.30000000000000004])).toBe('0,3');
    expect(f(12500, 0, [10000, 12500])).toBe('12.500');
    expect(dutchTickFormat('year')(2005)).toBe('2005');
    expect(f(new Date('2005-01-01T00:00:00Z'), 0, [new Date('2005-01-01T00:00:00Z'), new Date('2010-01-01T00:00:00Z')])).toBe('2005');
    expect(f(new Date('2005-03-01T00:00:00Z'), 0, [new Date('2005-01-01T00:00:00Z'), new Date('2005-03-01T00:00:00Z')])).toBe('mrt 2005');
    expect([0.5, 0.25, 50, 0.1 + 0.2].map(stepDecimals)).toEqual([1, 2, 0, 1]);
  });
});
