// What the chart shows, in words and as a table: the live summary and the data table mirror
// exactly the positions drawn (on a 0–100 scale of wage value).
import { curtainPositions, cycleLabel } from '../../lib/gordijn/model.ts';
import { cycleOf, type GordijnState } from './state.ts';

const pct = (x: number) => Math.round(x * 100);

export interface ZoneRow {
  zone: string;
  from: number;
  to: number;
  width: number;
  /** width now minus width in a normal economy without fund */
  change: number;
}

export function gordijnTable(state: GordijnState): ZoneRow[] {
  const p = curtainPositions(cycleOf(state), state.fonds);
  const n = curtainPositions(0, false);
  const row = (zone: string, from: number, to: number, nFrom: number, nTo: number): ZoneRow => ({
    zone,
    from: pct(from),
    to: pct(to),
    width: pct(to) - pct(from),
    change: pct(to) - pct(from) - (pct(nTo) - pct(nFrom)),
  });
  return [
    row('Publieke voorzieningen', 0, p.publicEdge, 0, n.publicEdge),
    row('Kwetsbare groep in het midden', p.publicEdge, p.marketEdge, n.publicEdge, n.marketEdge),
    row('Reguliere arbeidsmarkt', p.marketEdge, 1, n.marketEdge, 1),
  ];
}

function signed(n: number): string {
  return n > 0 ? `${n} breder` : n < 0 ? `${-n} smaller` : 'even breed';
}

/** One or two sentences for the aria-live summary. */
export function describeGordijn(state: GordijnState): string {
  const c = cycleOf(state);
  const p = curtainPositions(c, state.fonds);
  const [, middle] = gordijnTable(state);
  const parts = [
    `Bij ${cycleLabel(c)} ${state.fonds ? 'met' : 'zonder'} participatiefonds dekken de publieke voorzieningen de linkerkant tot ${pct(p.publicEdge)} en de reguliere arbeidsmarkt de rechterkant vanaf ${pct(p.marketEdge)}, op een schaal van loonwaarde van 0 tot 100.`,
    `De kwetsbare groep in het midden is ${middle!.width} breed: ${middle!.change === 0 ? 'even breed als' : signed(middle!.change) + ' dan'} bij een normale conjunctuur.`,
  ];
  if (c < 0 && !state.fonds) parts.push('Beide gordijnen trekken zich terug: de markt, en de overheid die bezuinigt.');
  if (c < 0 && state.fonds) parts.push('Het fonds houdt het publieke gordijn op zijn plaats; het gordijn van de markt trekt zich wel terug.');
  if (c > 0) parts.push('Beide gordijnen schuiven naar binnen.');
  parts.push('Schematisch: de posities zijn aannames van deze grafiek.');
  return parts.join(' ');
}

/** The table as CSV (the download), with d3-dsv's escaping. */
export const CSV_COLUMNS = ['zone', 'van', 'tot', 'breedte', 'verschil_met_normaal'] as const;
export function gordijnCsvRows(state: GordijnState): Record<(typeof CSV_COLUMNS)[number], string | number>[] {
  return gordijnTable(state).map((r) => ({ zone: r.zone, van: r.from, tot: r.to, breedte: r.width, verschil_met_normaal: r.change }));
}
