import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { scaleBand, scaleLinear, scaleUtc } from 'd3-scale';
import { annotations, axisX, axisY, bars, directLabels, lineEnds, lines, placeLabels, type LineSeries } from '../../src/lib/charts/parts.ts';
import { dodge } from '../../src/lib/charts/labels.ts';
import { SERIES } from '../../src/lib/charts/theme.ts';

const SVG = 'http://www.w3.org/2000/svg';

function newSvg(markup?: string): { svg: Element; document: Document } {
  const { document } = parseHTML(`<!doctype html><html><body>${markup ?? ''}</body></html>`);
  let svg = document.querySelector('svg') as unknown as Element | null;
  if (!svg) {
    svg = document.createElementNS(SVG, 'svg') as unknown as Element;
    document.body.append(svg as never);
  }
  return { svg, document: document as unknown as Document };
}

/** The subpaths of a path's d attribute, each as a list of [x, y] points. */
function subpaths(d: string | null): [number, number][][] {
  return (d ?? '')
    .split('M')
    .filter(Boolean)
    .map((sub) => sub.split('L').map((pt) => pt.split(',').map(Number) as [number, number]));
}

const x = scaleLinear().domain([0, 10]).range([0, 200]);
const y = scaleLinear().domain([0, 100]).range([100, 0]);

describe('lines', () => {
  it('puts points where the scales say', () => {
    const { svg } = newSvg();
    lines(svg, [{ key: 'a', points: [{ x: 0, y: 0 }, { x: 5, y: 50 }, { x: 10, y: 100 }] }], { x, y });
    expect(subpaths(svg.querySelector('path.bu-line')!.getAttribute('d'))).toEqual([[[0, 100], [100, 50], [200, 0]]]);
  });

  it('draws a series with a different x range only over its own points', () => {
    const { svg } = newSvg();
    const series: LineSeries[] = [
      { key: 'lang', points: Array.from({ length: 11 }, (_, i) => ({ x: i, y: i * 10 })) },
      { key: 'kort', points: [{ x: 4, y: 20 }, { x: 6, y: 30 }, { x: 7, y: 25 }] },
    ];
    lines(svg, series, { x, y });
    const [long, short] = [...svg.querySelectorAll('path.bu-line')].map((p) => subpaths(p.getAttribute('d')));
    expect(long![0]).toHaveLength(11);
    expect(short).toEqual([[[80, 80], [120, 70], [140, 75]]]);
  });

  it('breaks the line at a missing value instead of drawing across it', () => {
    const { svg } = newSvg();
    lines(svg, [{ key: 'a', points: [{ x: 0, y: 10 }, { x: 1, y: 20 }, { x: 2, y: null }, { x: 3, y: 40 }, { x: 4, y: Number.NaN }, { x: 5, y: 60 }, { x: 6, y: 70 }] }], { x, y });
    const parts = subpaths(svg.querySelector('path.bu-line')!.getAttribute('d'));
    // three runs: 0–1, 3 (a lone point), 5–6; nothing joins 1 to 3 or 3 to 5
    expect(parts.map((p) => p.map(([px]) => x.invert(px)))).toEqual([[0, 1], [3], [5, 6]]);
  });

  it('sorts a series by x and gives each series its palette colour and dash', () => {
    const { svg } = newSvg();
    lines(
      svg,
      [
        { key: 'a', points: [{ x: 2, y: 0 }, { x: 1, y: 0 }] },
        { key: 'b', tone: 'oker', points: [{ x: 1, y: 0 }] },
      ],
      { x, y },
    );
    const [a, b] = [...svg.querySelectorAll('path.bu-line')];
    expect(subpaths(a!.getAttribute('d'))[0]!.map(([px]) => px)).toEqual([20, 40]);
    expect(a!.getAttribute('stroke')).toBe(SERIES[0].color);
    expect(a!.hasAttribute('stroke-dasharray')).toBe(false);
    expect(b!.getAttribute('stroke')).toBe('#8a4b00');
    expect(b!.getAttribute('stroke-dasharray')).toBe('6 4');
  });

  it('updates in place when called again, also on markup without D3 data (an island taking over)', () => {
    const { svg } = newSvg();
    const render = (target: Element, ys: number[], keys = ['a', 'b']) =>
      lines(
        target,
        keys.map((key, i) => ({ key, points: [{ x: 0, y: ys[i]! }, { x: 10, y: ys[i]! }] })),
        { x, y },
      );
    render(svg, [10, 20]);
    const first = svg.querySelector('path[data-key="b"]');
    render(svg, [30, 40]);
    expect(svg.querySelectorAll('g.bu-lines')).toHaveLength(1);
    expect(svg.querySelectorAll('path.bu-line')).toHaveLength(2);
    expect(svg.querySelector('path[data-key="b"]')).toBe(first);
    expect(first!.getAttribute('d')).toBe('M0,60L200,60');
    // a series that goes away is removed
    render(svg, [30], ['a']);
    expect(svg.querySelectorAll('path.bu-line')).toHaveLength(1);

    // the static HTML: same markup, no __data__ on the elements
    const { svg: hydrated } = newSvg(svg.outerHTML);
    const before = hydrated.querySelector('path[data-key="a"]');
    render(hydrated, [70], ['a']);
    expect(hydrated.querySelectorAll('path.bu-line')).toHaveLength(1);
    expect(hydrated.querySelector('path[data-key="a"]')).toBe(before);
    expect(before!.getAttribute('d')).toBe('M0,30L200,30');
  });

  it('finds each line’s last point with a value for its label', () => {
    const ends = lineEnds([
      { key: 'a', label: 'A', points: [{ x: 1, y: 5 }, { x: 3, y: 7 }, { x: 4, y: null }] },
      { key: 'leeg', points: [{ x: 1, y: null }] },
    ]);
    expect(ends).toEqual([{ key: 'a', text: 'A', x: 3, y: 7, tone: 0 }]);
  });
});

describe('bars', () => {
  it('draws each bar from zero to its value in its band, vertical and horizontal', () => {
    const band = scaleBand<string>().domain(['a', 'b']).range([0, 100]);
    const value = scaleLinear().domain([-10, 10]).range([200, 0]);
    const { svg } = newSvg();
    bars(svg, [{ key: 'a', category: 'a', value: 10 }, { key: 'b', category: 'b', value: -5, approximate: true }], { band, value });
    const [a, b] = [...svg.querySelectorAll('rect.bu-bar')];
    expect([a!.getAttribute('x'), a!.getAttribute('width'), a!.getAttribute('y'), a!.getAttribute('height')]).toEqual(['0', '50', '0', '100']);
    expect([b!.getAttribute('x'), b!.getAttribute('y'), b!.getAttribute('height')]).toEqual(['50', '100', '50']);
    expect(b!.getAttribute('fill-opacity')).toBe('0.55');

    const { svg: h } = newSvg();
    bars(h, [{ key: 'a', category: 'b', value: 5 }], { band, value: scaleLinear().domain([0, 10]).range([0, 300]), orientation: 'horizontal' });
    const r = h.querySelector('rect')!;
    expect([r.getAttribute('x'), r.getAttribute('width'), r.getAttribute('y'), r.getAttribute('height')]).toEqual(['0', '150', '50', '50']);
  });

  it('updates bars in place', () => {
    const band = scaleBand<string>().domain(['a', 'b']).range([0, 100]);
    const { svg } = newSvg();
    bars(svg, [{ key: 'a', category: 'a', value: 1 }], { band, value: y });
    const rect = svg.querySelector('rect');
    bars(svg, [{ key: 'a', category: 'a', value: 50 }, { key: 'b', category: 'b', value: 2 }], { band, value: y });
    expect(svg.querySelectorAll('rect')).toHaveLength(2);
    expect(svg.querySelector('rect[data-key="a"]')).toBe(rect);
    expect(rect!.getAttribute('height')).toBe('50');
  });
});

describe('axes', () => {
  it('writes tick labels the Dutch way: decimal commas and thousands points', () => {
    const { svg } = newSvg();
    axisY(svg, scaleLinear().domain([0, 3]).range([300, 0]), { at: 40, ticks: 6 });
    const labels = [...svg.querySelectorAll('.bu-axis-y .tick text')].map((t) => t.textContent);
    expect(labels).toEqual(['0', '0,5', '1', '1,5', '2', '2,5', '3']);
    axisX(svg, scaleLinear().domain([0, 5000]).range([0, 500]), { at: 300, ticks: 5 });
    expect([...svg.querySelectorAll('.bu-axis-x .tick text')].map((t) => t.textContent)).toContain('2.000');
  });

  it('puts each tick where the scale says and draws grid lines when asked', () => {
    const { svg } = newSvg();
    const s = scaleLinear().domain([0, 100]).range([200, 0]);
    axisY(svg, s, { at: 40, tickValues: [0, 50, 100], grid: 300 });
    const ticks = [...svg.querySelectorAll('.bu-axis-y .tick')];
    expect(ticks.map((t) => t.getAttribute('transform'))).toEqual(['translate(0,200)', 'translate(0,100)', 'translate(0,0)']);
    expect(svg.querySelector('.bu-axis-y')!.getAttribute('transform')).toBe('translate(40,0)');
    expect(svg.querySelectorAll('.bu-axis-y line.bu-grid')).toHaveLength(3);
    expect(svg.querySelector('.bu-axis-y line.bu-grid')!.getAttribute('x2')).toBe('300');
  });

  it('reads years at year starts and months otherwise on a time axis', () => {
    const { svg } = newSvg();
    axisX(svg, scaleUtc().domain([new Date('2000-01-01'), new Date('2020-01-01')]).range([0, 600]), { at: 0, ticks: 5 });
    expect([...svg.querySelectorAll('.tick text')].map((t) => t.textContent)).toEqual(['2000', '2005', '2010', '2015', '2020']);
    const { svg: m } = newSvg();
    axisX(m, scaleUtc().domain([new Date('2014-01-01'), new Date('2014-07-01')]).range([0, 600]), { at: 0, ticks: 3 });
    expect([...m.querySelectorAll('.tick text')].map((t) => t.textContent)).toEqual(['jan 2014', 'apr 2014', 'jul 2014']);
  });

  it('updates ticks in place, also on markup without D3 data', () => {
    const { svg } = newSvg();
    const s = scaleLinear().domain([0, 100]).range([200, 0]);
    axisY(svg, s, { at: 40, tickValues: [0, 50, 100], label: 'aantal' });
    const { svg: hydrated } = newSvg(svg.outerHTML);
    const tick50 = [...hydrated.querySelectorAll('.tick')][1];
    axisY(hydrated, s.copy().domain([0, 200]), { at: 40, tickValues: [0, 50, 100, 150, 200], label: 'aantal' });
    expect(hydrated.querySelectorAll('g.bu-axis-y')).toHaveLength(1);
    expect(hydrated.querySelectorAll('.bu-axis-y .tick')).toHaveLength(5);
    expect(hydrated.querySelectorAll('.bu-axis-label')).toHaveLength(1);
    // the old tick 50 is the new tick 50, moved
    expect(tick50!.isConnected).toBe(true);
    expect(tick50!.getAttribute('transform')).toBe('translate(0,150)');
  });
});

describe('direct labels', () => {
  it('nudges close labels apart so that they never overlap, keeping their order', () => {
    const placed = placeLabels(
      [
        { key: 'a', text: 'A', x: 100, y: 50 },
        { key: 'b', text: 'B', x: 100, y: 52 },
        { key: 'c', text: 'C', x: 100, y: 49 },
        { key: 'd', text: 'D', x: 100, y: 200 },
      ],
      { fontSize: 13 },
    );
    const ys = Object.fromEntries(placed.map((p) => [p.key, p.labelY]));
    expect(ys.b! - ys.a!).toBeGreaterThanOrEqual(15 - 1e-9);
    expect(ys.a! - ys.c!).toBeGreaterThanOrEqual(15 - 1e-9);
    // symmetric around the targets' centre of gravity, and a far label stays put
    expect((ys.a! + ys.b! + ys.c!) / 3).toBeCloseTo((50 + 52 + 49) / 3, 9);
    expect(ys.d).toBe(200);
  });

  it('never overlaps, keeps order, stays in bounds and leaves well-spaced labels alone (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { maxLength: 12 }), fc.double({ min: 4, max: 30, noNaN: true }), (targets, gap) => {
        const out = dodge(targets, gap, [0, 300]);
        const order = targets.map((t, i) => [t, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        for (let k = 1; k < order.length; k++) expect(out[order[k]![1]]! - out[order[k - 1]![1]]!).toBeGreaterThanOrEqual(gap - 1e-6);
        if ((targets.length - 1) * gap <= 300) for (const p of out) expect(p).toBeGreaterThanOrEqual(-1e-6), expect(p).toBeLessThanOrEqual(300 + 1e-6);
        const spaced = order.every(([t], k) => k === 0 || t - order[k - 1]![0] >= gap);
        if (spaced) expect(out).toEqual(targets);
      }),
    );
  });

  it('draws the labels in their line’s colour and updates them in place', () => {
    const { svg } = newSvg();
    directLabels(svg, [{ key: 'ww', text: 'WW', x: 200, y: 40, tone: 'oker' }, { key: 'bijstand', text: 'bijstand', x: 200, y: 44 }]);
    const [ww, bijstand] = [...svg.querySelectorAll('text.bu-direct-label')];
    expect(ww!.getAttribute('fill')).toBe('#8a4b00');
    expect(bijstand!.getAttribute('fill')).toBe(SERIES[1].color);
    expect(ww!.getAttribute('x')).toBe('206');
    expect(Math.abs(Number(bijstand!.getAttribute('y')) - Number(ww!.getAttribute('y')))).toBeGreaterThanOrEqual(15);
    directLabels(svg, [{ key: 'ww', text: 'WW', x: 200, y: 90, tone: 'oker' }, { key: 'bijstand', text: 'bijstand', x: 200, y: 10 }]);
    expect(svg.querySelectorAll('text.bu-direct-label')).toHaveLength(2);
    expect(ww!.getAttribute('y')).toBe('90');
  });
});

describe('annotations', () => {
  it('draws a rule at each x with its label, staggering labels that would collide', () => {
    const { svg } = newSvg();
    const t = scaleUtc().domain([new Date('2000-01-01'), new Date('2020-01-01')]).range([0, 600]);
    annotations(
      svg,
      [
        { key: 'wwb', x: new Date('2004-01-01'), label: 'Wet werk en bijstand' },
        { key: 'pw', x: new Date('2015-01-01'), label: 'Participatiewet' },
        { key: 'dichtbij', x: new Date('2016-01-01'), label: 'Iets' },
      ],
      { x: t, top: 20, bottom: 300 },
    );
    const groups = [...svg.querySelectorAll('g.bu-annotation')];
    const at = (iso: string) => `translate(${Math.round(t(new Date(iso)) * 10) / 10},0)`;
    expect(groups.map((g) => g.getAttribute('transform'))).toEqual([at('2004-01-01'), at('2015-01-01'), at('2016-01-01')]);
    expect(groups[0]!.querySelector('line')!.getAttribute('y2')).toBe('300');
    expect(groups.map((g) => g.querySelector('text')!.textContent)).toEqual(['Wet werk en bijstand', 'Participatiewet', 'Iets']);
    const rowY = groups.map((g) => g.querySelector('text')!.getAttribute('y'));
    expect(rowY[0]).toBe(rowY[1]);
    expect(rowY[2]).not.toBe(rowY[1]);
    annotations(svg, [{ key: 'pw', x: new Date('2015-01-01'), label: 'Participatiewet' }], { x: t, top: 20, bottom: 300 });
    expect(svg.querySelectorAll('g.bu-annotation')).toHaveLength(1);
    expect(svg.querySelectorAll('g.bu-annotation line')).toHaveLength(1);
  });
});
