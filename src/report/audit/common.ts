import { fmt, type Lang } from '../../core/i18n.js';
import type { AuditReport, StandardResult } from './types.js';
import { gradeOf } from '../../standards/score.js';
import { REPORT_LINES as L, REPORT_WORDS as W, SOURCE_TEXT } from './messages.js';

export interface AuditFormatOptions {
  lang: Lang;
  /** Where the report is read from: SARIF paths are made relative to it. */
  cwd: string;
}

/** "портал sandbox · снимок sha256:… · 2026-01-15T09:00:00.000Z" */
export function sourceLine(r: AuditReport, lang: Lang): string {
  const s = r.source;
  const parts = [SOURCE_TEXT[s.kind][lang]];
  if (s.host) parts[0] += ` ${s.host}`;
  if (s.spec) parts.push(`${W.spec[lang]} ${s.spec}`);
  if (s.snapshot) parts.push(`${W.file[lang]} ${s.snapshot}`);
  if (s.takenAt) parts.push(`${W.taken[lang]} ${s.takenAt}`);
  return parts.join(' · ');
}

export function identityLine(r: AuditReport, lang: Lang): string {
  return fmt(L.identity, lang, { pack: r.pack, hash: r.source.hash, tool: r.tool });
}

export function gradeTitle(r: AuditReport, lang: Lang): string {
  return gradeOf(r.score.value).title[lang];
}

export function gradeAction(r: AuditReport, lang: Lang): string {
  return gradeOf(r.score.value).action[lang];
}

export function requestsLine(r: AuditReport, lang: Lang): string | undefined {
  const c = r.collection;
  if (!c) return undefined;
  return fmt(L.portalRead, lang, {
    http: c.httpRequests,
    floor: c.floorRequests,
    calls: c.restCalls,
    pages: c.pages,
    rows: c.rows,
    counts: c.counts,
  });
}

export function isSuppressed(r: StandardResult): boolean {
  return r.suppression !== undefined && !r.suppression.expired;
}

/** Standards that need a person: the manual checklist appendix. */
export function manualResults(r: AuditReport): StandardResult[] {
  return r.results.filter((x) => x.classes.includes('M'));
}
