import { fmt, type Lang } from '../../core/i18n.js';
import { GRADES, type GradeId } from '../../standards/score.js';
import { scoreText } from '../audit/labels.js';
import { FLEET_LINES as L } from './messages.js';
import type { FleetPortalResult, FleetResult } from './types.js';

/**
 * Text from the fleet file or a portal (labels, messages) without control characters, so that nothing it
 * holds can move a terminal's cursor or fake a line.
 */
export function plain(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** The result with every string made `plain`: what the human formats render from. */
export function plainResult<T>(value: T): T {
  if (typeof value === 'string') return plain(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => plainResult(v)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [plain(k), plainResult(v)]),
    ) as T;
  return value;
}

export function gradeTitle(id: GradeId, lang: Lang): string {
  return GRADES.find((g) => g.id === id)?.title[lang] ?? id;
}

/** "+2.5", "−3", "±0". */
export function deltaText(delta: number): string {
  const v = scoreText(Math.abs(delta));
  return delta > 0 ? `+${v}` : delta < 0 ? `−${v}` : `±${v}`;
}

function changeTotal(p: FleetPortalResult): number {
  const s = p.plan?.summary;
  return s ? s.create + s.update + s.rename + s.delete + s.blocked : 0;
}

/**
 * Worst first: portals that could not be checked, then (audit) the lowest scores, or (plan) the most
 * changes; ties by name, so the order never depends on which portal answered first.
 */
export function worstFirst(r: FleetResult): FleetPortalResult[] {
  const rank = (p: FleetPortalResult): number =>
    p.error ? -Infinity : r.kind === 'audit' ? (p.score?.value ?? 0) : -changeTotal(p);
  return [...r.portals].sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function summaryLine(r: FleetResult, lang: Lang): string {
  const s = r.summary;
  return r.kind === 'audit'
    ? fmt(L.auditSummary, lang, {
        portals: s.portals,
        done: s.done,
        failed: s.failed,
        gate: s.gateFailed,
        average: scoreText(s.averageScore),
      })
    : fmt(L.planSummary, lang, { portals: s.portals, done: s.done, drift: s.drift, failed: s.failed });
}

export function identityLine(r: FleetResult, lang: Lang): string {
  const shard = r.run.shard
    ? fmt(L.shard, lang, { index: r.run.shard.index, count: r.run.shard.count })
    : r.run.merged
      ? fmt(L.merged, lang, { runs: r.run.merged.join(', ') })
      : '';
  return fmt(L.identity, lang, {
    file: r.fleet.file,
    hash: r.fleet.hash,
    run: r.run.id,
    shard,
    tool: r.tool,
  });
}

export function requestsLine(r: FleetResult, lang: Lang): string {
  return fmt(L.requests, lang, { http: r.summary.requests.http, calls: r.summary.requests.calls });
}

/** The labels as `client=ACME, manager=ivanov`. */
export function labelsText(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${plain(v)}`)
    .join(', ');
}
