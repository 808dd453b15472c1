// Unique element ids for components that may appear several times on one page (the same figure
// cited twice must not produce a duplicate id). A counter per prefix, for the whole build.
const counters = new Map<string, number>();

export function nextId(prefix: string): string {
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  return n === 1 ? prefix : `${prefix}-${n}`;
}
