// SVG path data for the map, written compactly: the boundaries are already projected (by d3-geo,
// in scripts/build-gemeente-data.ts), so drawing them is a scale, a rounding to a grid and
// relative moves ("l3-2"). d3-geo's geoPath writes absolute coordinates with decimals; for a
// 390-municipality map that tripled the static SVG, and the page must fit one round trip.
// Points that fall on the same grid cell as the previous one are dropped.

type Position = readonly number[];
export type Lines = readonly (readonly Position[])[];

/** Rings or lines of a GeoJSON geometry (Polygon, MultiPolygon, LineString, MultiLineString), flattened. */
export function linesOf(geometry: { type: string; coordinates: unknown } | null | undefined): Lines {
  if (!geometry) return [];
  const c = geometry.coordinates as never;
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiLineString':
      return c as Lines;
    case 'MultiPolygon':
      return (c as Position[][][]).flat();
    case 'LineString':
      return [c as Position[]];
    default:
      return [];
  }
}

/**
 * Path data for lines in projected units, scaled by `scale` and rounded to whole grid steps
 * (`1 / grid` of a unit after scaling: grid 2 is half a pixel; the caller then scales the drawing
 * by 1 / grid). `closed` ends each ring with "z".
 */
export function compactPath(lines: Lines, scale: number, grid = 1, closed = true): string {
  const k = scale * grid;
  let out = '';
  let px = 0;
  let py = 0;
  for (const line of lines) {
    let started = false;
    let count = 0;
    let part = '';
    let sx = 0;
    let sy = 0;
    for (const p of line) {
      const x = Math.round(p[0]! * k);
      const y = Math.round(p[1]! * k);
      if (!started) {
        part = `M${x} ${y}`;
        sx = px;
        sy = py;
        px = x;
        py = y;
        started = true;
        count = 1;
        continue;
      }
      const dx = x - px;
      const dy = y - py;
      if (dx === 0 && dy === 0) continue;
      part += `${count === 1 ? 'l' : dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
      px = x;
      py = y;
      count++;
    }
    // a ring that collapsed to a point or a line draws nothing: leave it out
    if (count >= (closed ? 3 : 2)) out += part + (closed ? 'z' : '');
    else {
      px = sx;
      py = sy;
    }
  }
  return out;
}
