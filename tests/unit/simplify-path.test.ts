import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { simplifyLinePath } from '../../src/lib/charts/simplify-path.ts';
import { lineChartSvg } from '../../src/lib/charts/line-chart.ts';

type Pt = { x: number; y: number };
const points = (d: string): Pt[][] =>
  d
    .split('M')
    .filter(Boolean)
    .map((sub) => sub.split('L').map((p) => ({ x: Number(p.split(',')[0]), y: Number(p.split(',')[1]) })));
const path = (subpaths: Pt[][]) => subpaths.map((s) => `M${s.map((p) => `${p.x},${p.y}`).join('L')}`).join('');

/** Distance from p to the segment a–b. */
function toSegment(p: Pt, a: Pt, b: Pt): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
const toPolyline = (p: Pt, line: Pt[]) => (line.length === 1 ? Math.hypot(p.x - line[0]!.x, p.y - line[0]!.y) : Math.min(...line.slice(1).map((b, i) => toSegment(p, line[i]!, b))));

describe('simplifying a line path', () => {
  const coordinate = fc.integer({ min: 0, max: 4000 }).map((n) => n / 10);
  const subpath = fc.array(fc.record({ x: coordinate, y: coordinate }), { minLength: 1, maxLength: 60 });

  it('keeps every original point within the tolerance, every subpath, and each one’s first and last point', () => {
    fc.assert(
      fc.property(fc.array(subpath, { minLength: 1, maxLength: 4 }), fc.constantFrom(0.35, 0.5, 2), (subpaths, tolerance) => {
        const out = points(simplifyLinePath(path(subpaths), tolerance));
        expect(out).toHaveLength(subpaths.length);
        subpaths.forEach((orig, i) => {
          expect(out[i]![0]).toEqual(orig[0]);
          expect(out[i]!.at(-1)).toEqual(orig.at(-1));
          expect(out[i]!.length).toBeLessThanOrEqual(orig.length);
          for (const p of orig) expect(toPolyline(p, out[i]!)).toBeLessThanOrEqual(tolerance + 1e-9);
        });
      }),
    );
  });

  it('drops most of the points of a dense, gently wiggling series', () => {
    const dense = Array.from({ length: 250 }, (_, i) => ({ x: 44 + i * 0.8, y: 100 + 30 * Math.sin(i / 20) + 0.2 * Math.sin(i) }));
    expect(points(simplifyLinePath(path([dense]), 0.5))[0]!.length).toBeLessThan(80);
  });

  it('leaves paths that are not polylines, and a zero tolerance, alone', () => {
    for (const d of ['M0,0C1,1,2,2,3,3', 'M0,0H10', 'M0,0L1,1Z', '']) expect(simplifyLinePath(d, 0.5)).toBe(d);
    expect(simplifyLinePath('M0,0L1,0L2,0', 0)).toBe('M0,0L1,0L2,0');
  });

  it('is what the line chart does with its `simplify` option, to the lines only', () => {
    const series = [{ name: 'a', points: Array.from({ length: 250 }, (_, i) => ({ x: i, y: 100 + Math.sin(i / 15) * 40 })) }];
    const opts = { yLabel: 'y', xKind: 'stap' as const, labelledBy: 't', width: 340 };
    const svg = (simplify: number) => parseHTML(`<html><body>${lineChartSvg(series, { ...opts, simplify })}</body></html>`).document.querySelector('svg')!;
    const line = (s: Element) => s.querySelector('g[stroke="#0b5a5f"] path')!.getAttribute('d')!;
    const full = svg(0);
    const simple = svg(0.5);
    expect(points(line(full))[0]).toHaveLength(250);
    expect(points(line(simple))[0]!.length).toBeLessThan(60);
    // the direct label stays at the line's end
    expect(simple.querySelector('text.bu-direct-label')!.getAttribute('y')).toBe(full.querySelector('text.bu-direct-label')!.getAttribute('y'));
  });
});
