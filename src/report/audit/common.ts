import { fmt, type Lang } from '../../core/i18n.js';
import type { AuditReport, StandardResult } from './types.js';
import { archiveAgeText } from '../../resources/manual-archive/words.js';
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
  if (s.archive) parts.push(archiveLine(r, lang) as string);
  return parts.join(' · ');
}

/** "CRM settings archive configuration.zip (archive of 2026-12-01, 3 days old)", when one was read. */
export function archiveLine(r: AuditReport, lang: Lang): string | undefined {
  const a = r.source.archive;
  if (!a) return undefined;
  return `${W.crmSettingsArchive[lang]} ${a.file} (${archiveAgeText(a.writtenAt, a.ageDays, lang)})`;
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

/**
 * What a reader should see a standard as: a waiver in force shows "suppressed" (greyed, no fix, no
 * attest hint) whatever the check found — it is out of the score, not failed (issue 16.9).
 */
export type ShownStatus = StandardResult['status'] | 'suppressed';

export function shownStatus(r: StandardResult): ShownStatus {
  return isSuppressed(r) ? 'suppressed' : r.status;
}

/** Status counts as shown: suppressed standards counted apart. */
export function shownCounts(results: readonly StandardResult[]): Map<ShownStatus, number> {
  const counts = new Map<ShownStatus, number>();
  for (const r of results) counts.set(shownStatus(r), (counts.get(shownStatus(r)) ?? 0) + 1);
  return counts;
}

/** The findings a reader sees: a waived standard does not ask for an attestation it no longer needs. */
export function shownFindings(r: StandardResult): StandardResult['findings'] {
  return isSuppressed(r) ? r.findings.filter((f) => f.status !== 'manual-unattested') : r.findings;
}

/** Whether the row needs the reader's action: its fix (or attest hint) is shown. */
export function needsAction(r: StandardResult): boolean {
  const s = shownStatus(r);
  return s !== 'pass' && s !== 'manual-attested' && s !== 'not-applicable' && s !== 'suppressed';
}

/**
 * Standards that need a person: the manual checklist appendix. One the CRM settings archive decided
 * needs no attestation, so it is not on the list.
 */
export function manualResults(r: AuditReport): StandardResult[] {
  return r.results.filter(
    (x) =>
      x.classes.includes('M') &&
      !x.findings.some(
        (f) => f.part === 'archive' && f.scored && f.status !== 'not-applicable' && f.status !== 'error',
      ),
  );
}
