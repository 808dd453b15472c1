// Fewer points in a line that has more of them than its width in pixels: 250 months drawn 200 px
// wide put several points on each pixel, and every one cost markup in the HTML. Douglas–Peucker
// (simplify-js, in its high-quality mode) keeps every point that matters for the shape: no point of
// the original lies farther than the tolerance from the simplified line, and each subpath keeps
// its first and last point, so gaps and line ends (where the direct labels sit) stay put.
import simplify from 'simplify-js';

interface Point {
  x: number;
  y: number;
}

const SUBPATH = /^M(-?[\d.e+-]+),(-?[\d.e+-]+)((?:L-?[\d.e+-]+,-?[\d.e+-]+)*)$/i;

function parse(d: string): Point[][] | undefined {
  const subpaths = d.trim().split(/(?=M)/);
  const parsed: Point[][] = [];
  for (const sub of subpaths) {
    const m = SUBPATH.exec(sub.replace(/\s+/g, ''));
    if (!m) return undefined;
    const points = [{ x: Number(m[1]), y: Number(m[2]) }];
    for (const pt of m[3]!.split('L').filter(Boolean)) {
      const [x, y] = pt.split(',').map(Number) as [number, number];
      points.push({ x, y });
    }
    parsed.push(points);
  }
  return parsed;
}

/**
 * A polyline path ("M x,y L x,y …", one subpath per unbroken stretch) with fewer points, none of the
 * original farther than `tolerance` from the result. Any other path (curves, arcs) comes back as it was.
 */
export function simplifyLinePath(d: string, tolerance: number): string {
  const subpaths = parse(d);
  if (!subpaths || tolerance <= 0) return d;
  return subpaths
    .map((points) => simplify(points, tolerance, true))
    .map((points) => `M${points.map((p) => `${p.x},${p.y}`).join('L')}`)
    .join('');
}
