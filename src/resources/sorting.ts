/**
 * Sort values for an ordered list of managed objects (stages, pipelines, list items).
 * Minimal churn: when the objects that already exist are in the desired relative order (ties allowed:
 * portals often have several pipelines at sort 200 and order them by id) and every new object fits
 * strictly between its neighbours, existing sorts are kept and only new objects get a sort.
 * Otherwise everything is renumbered step, 2·step, … . So an exported spec plans to no changes even
 * when the portal uses sorts like 0, 100, 150, 400, and a reorder produces a predictable result.
 */
export interface SortSlot {
  key: string;
  /** Current sort on the portal; undefined for objects to create. */
  current?: number;
}

/**
 * `floor`, when given, is exclusive: every sort must be greater than it (failure statuses after the
 * success one). Without it, an existing sort of 0 is fine in the first place (the default pipeline).
 */
export function assignSorts(slots: readonly SortSlot[], step = 10, floor?: number): Map<string, number> {
  const kept = keepExisting(slots, step, floor);
  if (kept) return kept;
  const base = floor ?? 0;
  return new Map(slots.map((s, i) => [s.key, base + (i + 1) * step]));
}

function keepExisting(
  slots: readonly SortSlot[],
  step: number,
  floor: number | undefined,
): Map<string, number> | undefined {
  const out = new Map<string, number>();
  let prev: number | undefined;
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i] as SortSlot;
    if (s.current !== undefined) {
      if (floor !== undefined && s.current <= floor) return undefined;
      if (s.current < 0 || (prev !== undefined && s.current < prev)) return undefined;
      // A new object cannot go below an existing 0.
      if (prev === undefined && floor === undefined && s.current === 0 && i > 0) return undefined;
      out.set(s.key, s.current);
      prev = s.current;
      continue;
    }
    // A run of new objects goes after `prev` (or the floor) and before the next existing sort.
    let next: number | undefined;
    let run = 0;
    for (let j = i; j < slots.length; j++) {
      const c = slots[j]?.current;
      if (c !== undefined) {
        next = c;
        break;
      }
      run++;
    }
    const lower = prev ?? floor ?? 0;
    const inc = next === undefined ? step : Math.floor((next - lower) / (run + 1));
    if (inc < 1) return undefined;
    for (let k = 0; k < run; k++) out.set((slots[i + k] as SortSlot).key, lower + inc * (k + 1));
    prev = lower + inc * run;
    i += run - 1;
  }
  return out;
}
