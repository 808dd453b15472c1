// Where direct labels go: pure geometry, no DOM, so it is easy to test and to reuse for Plot
// charts and D3 parts alike.

/**
 * Moves label positions apart along one axis so that neighbours are at least `gap` apart, keeping
 * their order and moving them as little as possible (least squares). Two clashing labels move
 * apart symmetrically around their targets instead of one being pushed away alone. `bounds`
 * keeps every label inside [min, max]; when there is not room for all, the stack is centred on
 * the bounds. Returns the new positions in the input's order.
 *
 * How: sort the labels and write each position as p_k = b_k + k·gap. Then "at least gap apart"
 * is "b_k never decreases", and the best b is the isotonic regression of t_k − k·gap, which the
 * pool-adjacent-violators algorithm finds in one pass. Clamping b to the bounds keeps it optimal.
 */
export function dodge(targets: readonly number[], gap: number, bounds?: readonly [number, number]): number[] {
  const order = targets.map((t, i) => ({ t, i })).sort((a, b) => a.t - b.t || a.i - b.i);
  const n = order.length;
  if (n === 0) return [];
  // pools of consecutive labels that share one b: [first index, count, sum of t_k − k·gap]
  const pools: { start: number; count: number; sum: number }[] = [];
  order.forEach(({ t }, k) => {
    let pool = { start: k, count: 1, sum: t - k * gap };
    while (pools.length > 0) {
      const prev = pools.at(-1)!;
      if (prev.sum / prev.count <= pool.sum / pool.count) break;
      pools.pop();
      pool = { start: prev.start, count: prev.count + pool.count, sum: prev.sum + pool.sum };
    }
    pools.push(pool);
  });
  let [lo, hi] = bounds ?? [-Infinity, Infinity];
  const span = (n - 1) * gap;
  if (hi - lo < span) {
    lo = (lo + hi - span) / 2;
    hi = lo + span;
  }
  const out = new Array<number>(n);
  for (const pool of pools) {
    const b = Math.min(Math.max(pool.sum / pool.count, lo), hi - span);
    for (let k = pool.start; k < pool.start + pool.count; k++) out[order[k]!.i] = b + k * gap;
  }
  return out;
}
