/**
 * Sort values for an ordered list of managed objects (stages, pipelines, list items).
 * Minimal churn: when the objects that already exist are in the desired relative order and every new
 * one fits strictly between its neighbours, existing sorts are kept and only new objects get a sort.
 * Otherwise everything is renumbered 10, 20, 30 … . So an exported spec plans to no changes even when
 * the portal uses sorts like 100, 150, 400, and a reorder produces the fewest possible SORT updates
 * that still give a predictable result.
 */
export interface SortSlot {
  key: string;
  /** Current sort on the portal; undefined for objects to create. */
  current?: number;
}

export function assignSorts(slots: readonly SortSlot[], step = 10): Map<string, number> {
  const kept = keepExisting(slots, step);
  if (kept) return kept;
  return new Map(slots.map((s, i) => [s.key, (i + 1) * step]));
}

function keepExisting(slots: readonly SortSlot[], step: number): Map<string, number> | undefined {
  const out = new Map<string, number>();
  let prev = 0;
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i] as SortSlot;
    if (s.current !== undefined) {
      if (s.current <= prev) return undefined;
      out.set(s.key, s.current);
      prev = s.current;
      continue;
    }
    // A new object goes after `prev` and before the next existing sort.
    let next: number | undefined;
    for (let j = i + 1; j < slots.length; j++) {
      const c = slots[j]?.current;
      if (c !== undefined) {
        next = c;
        break;
      }
    }
    let run = 0;
    for (let j = i; j < slots.length && slots[j]?.current === undefined; j++) run++;
    // Spread the run of new objects evenly between prev and next (or after prev by `step`).
    const gap = next === undefined ? step * (run + 1) : next - prev;
    const inc = Math.floor(gap / (run + 1));
    if (inc < 1) return undefined;
    for (let k = 0; k < run; k++) {
      const slot = slots[i + k] as SortSlot;
      out.set(slot.key, prev + inc * (k + 1));
    }
    prev = prev + inc * run;
    i += run - 1;
  }
  return out;
}
