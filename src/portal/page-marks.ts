/**
 * `total` and `next` of a list answer, read the same way for a single call and for each command of a
 * batch (`result_total` / `result_next`). The portal may send numbers as numeric strings.
 */

/** A number sent as a number or a numeric string ("50"); undefined for anything else. */
export function numeric(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export interface PageMarks {
  total?: number;
  next?: number;
}

/** The marks that are present and numeric; absent ones are left out rather than set to undefined. */
export function pageMarks(total: unknown, next: unknown): PageMarks {
  const out: PageMarks = {};
  const t = numeric(total);
  const n = numeric(next);
  if (t !== undefined) out.total = t;
  if (n !== undefined) out.next = n;
  return out;
}
