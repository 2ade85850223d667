import { relative } from 'node:path';
import { VERSION } from '../core/version.js';
import { renderMessage } from '../standards/define.js';
import { COMMON_MESSAGES } from '../standards/define.js';
import { isExpired } from '../standards/attestations.js';
import { STANDARDS } from '../standards/registry.js';
import { combineFindings, scoreOf } from '../standards/score.js';
import { STANDARDS_PACK, type AuditContext, type Finding, type Standard } from '../standards/types.js';
import {
  AUDIT_REPORT_SCHEMA,
  AUDIT_REPORT_VERSION,
  type AuditReport,
  type AuditSource,
  type ReportedFinding,
  type SpecLocation,
  type StandardResult,
} from '../report/audit/types.js';

export interface EngineOptions {
  source: AuditSource;
  /** Paths in spec locations are shown relative to it. */
  cwd: string;
  standards?: readonly Standard[];
}

function safeCheck(std: Standard, ctx: AuditContext): Finding[] {
  try {
    return std.check(ctx);
  } catch (e) {
    // A check must not take the whole audit down: the standard becomes an error, listed and not scored.
    const why = e instanceof Error ? e.message : String(e);
    const r = renderMessage(COMMON_MESSAGES.checkFailed, { why });
    return [
      {
        part: 'data',
        status: 'error',
        messageId: 'checkFailed',
        message: r.message,
        data: r.data,
        evidence: { read: [], counts: [] },
        scored: true,
      },
    ];
  }
}

function locate(ctx: AuditContext, f: Finding, cwd: string): ReportedFinding {
  if (!ctx.locate || !f.specPointers) return f;
  const locations: SpecLocation[] = [];
  for (const pointer of f.specPointers) {
    const loc = ctx.locate(pointer, 'key') ?? ctx.locate(pointer);
    if (loc)
      locations.push({ pointer, file: relative(cwd, loc.file) || loc.file, line: loc.line, col: loc.col });
  }
  return locations.length > 0 ? { ...f, locations } : f;
}

/** Runs every standard on one context and scores the results: pure, so one snapshot gives one report. */
export function runAudit(ctx: AuditContext, opts: EngineOptions): AuditReport {
  const standards = opts.standards ?? STANDARDS;
  const suppressions = [...ctx.suppressions]
    .map((s) => ({ ...s, expired: isExpired(s.expires, ctx.now) }))
    .sort((a, b) => a.standard.localeCompare(b.standard) || a.expires.localeCompare(b.expires));
  const results: StandardResult[] = standards.map((std) => {
    const findings = safeCheck(std, ctx).map((f) => locate(ctx, f, opts.cwd));
    const { status, points } = combineFindings(findings);
    const m = std.meta;
    const r: StandardResult = {
      id: m.id,
      slug: m.slug,
      title: m.title,
      category: m.category,
      weight: m.weight,
      classes: m.classes,
      status,
      findings,
      remediation: m.remediation,
    };
    if (points !== undefined) r.points = points;
    // The active waiver wins; otherwise the latest expired one is shown as a warning.
    const mine = suppressions.filter((s) => s.standard === m.id);
    const sup = mine.find((s) => !s.expired) ?? mine[mine.length - 1];
    if (sup) r.suppression = sup;
    return r;
  });
  const score = scoreOf(
    results.map((r) => ({
      category: r.category,
      weight: r.weight,
      points: r.points,
      excluded: r.points === undefined || (r.suppression !== undefined && !r.suppression.expired),
    })),
  );
  return {
    schema: AUDIT_REPORT_SCHEMA,
    version: AUDIT_REPORT_VERSION,
    tool: `b24cfg@${VERSION}`,
    pack: STANDARDS_PACK,
    source: opts.source,
    asOf: ctx.state || ctx.data ? ctx.now.toISOString() : null,
    windowDays: ctx.windowDays,
    thresholds: Object.fromEntries(Object.entries(ctx.thresholds).map(([k, v]) => [k, { ...v }])),
    score,
    results,
    attestations: [...ctx.attestations]
      .map((a) => ({ ...a, expired: isExpired(a.expires, ctx.now) }))
      .sort((a, b) => a.standard.localeCompare(b.standard) || a.at.localeCompare(b.at)),
    suppressions,
    collection: ctx.data?.stats,
  };
}
