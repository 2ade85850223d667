/** Numbers as reports print them; the same input always gives the same text (deterministic reports). */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** 0.873 → "87.3%"; whole percents lose the decimal. */
export function pct(x: number): string {
  const v = Math.round(x * 1000) / 10;
  return `${Number.isInteger(v) ? v.toFixed(0) : v.toFixed(1)}%`;
}

/** Seconds as the largest whole unit: 900 → "15m", 7200 → "2h", 259200 → "3d". */
export function durationText(seconds: number): string {
  if (seconds > 0 && seconds % 86_400 === 0) return `${seconds / 86_400}d`;
  if (seconds > 0 && seconds % 3_600 === 0) return `${seconds / 3_600}h`;
  if (seconds > 0 && seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

/** A JSON pointer segment (RFC 6901). */
export function ptr(...parts: Array<string | number>): string {
  return parts.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Up to `max` items sorted by id (numbers numerically), so samples are the same on every run. */
export function firstById<T extends { id: number | string }>(items: readonly T[], max: number): T[] {
  return [...items]
    .sort((a, b) =>
      typeof a.id === 'number' && typeof b.id === 'number'
        ? a.id - b.id
        : String(a.id).localeCompare(String(b.id)),
    )
    .slice(0, max);
}

/** How many offending objects a finding lists. */
export const SAMPLE_LIMIT = 10;
