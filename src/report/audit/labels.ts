import type { Status } from '../../standards/types.js';

export const STATUS_SYMBOL: Record<Status | 'suppressed', string> = {
  pass: '✓',
  partial: '◐',
  fail: '✗',
  'manual-attested': '✓',
  'manual-unattested': '?',
  'manual-expired': '!',
  'not-applicable': '–',
  error: '⚠',
  suppressed: '⊘',
};

/** Statuses a gate (--fail-on) accepts. */
export const PASSING: ReadonlySet<Status> = new Set(['pass', 'manual-attested']);

/** One decimal at most: 87.5, 100. */
export function scoreText(v: number | null): string {
  if (v === null) return '—';
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

/** Points 0..1 as "0.75". */
export function pointsText(p: number | undefined): string {
  if (p === undefined) return '—';
  return String(Math.round(p * 100) / 100);
}
