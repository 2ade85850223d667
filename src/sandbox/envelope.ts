/**
 * The `time` object every answer carries: start, finish, duration, processing, date_start,
 * date_finish, operating and operating_reset_at (docs/bitrix24/parity.md#system; every fixture in rest-examples/).
 */
import { isoWithOffset } from './dates.js';

export interface RestTimeInfo {
  start: number;
  finish: number;
  duration: number;
  processing: number;
  date_start: string;
  date_finish: string;
  operating_reset_at?: number;
  operating?: number;
}

export function timeInfo(
  startMs: number,
  seconds: number,
  utcOffsetMinutes: number,
  operating?: { used: number; resetAt: number },
): RestTimeInfo {
  const start = startMs / 1000;
  const t: RestTimeInfo = {
    start,
    finish: start + seconds,
    duration: seconds,
    processing: seconds * 0.8,
    date_start: isoWithOffset(startMs, utcOffsetMinutes),
    date_finish: isoWithOffset(startMs + seconds * 1000, utcOffsetMinutes),
  };
  if (operating) {
    t.operating_reset_at = operating.resetAt;
    t.operating = operating.used;
  }
  return t;
}

/** Simulated execution time of one call: reads cost little per row, writes cost more. */
export function simulatedSeconds(write: boolean, result: unknown): number {
  if (write) return 0.05;
  const rows = countRows(result);
  return 0.01 + rows * 0.0004;
}

function countRows(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  if (result !== null && typeof result === 'object') {
    for (const v of Object.values(result as Record<string, unknown>)) {
      if (Array.isArray(v)) return v.length;
      if (v !== null && typeof v === 'object') return Object.keys(v).length;
    }
  }
  return 1;
}
