import { xmlText as xml } from '../../core/data-text.js';
import { fmt, type Lang } from '../../core/i18n.js';
import type { AuditReport, StandardResult } from './types.js';
import { archiveLine, identityLine, isSuppressed } from './common.js';
import { scoreText } from './labels.js';
import { PART_TEXT, REPORT_LINES as L, STATUS_TEXT } from './messages.js';

function body(r: StandardResult, lang: Lang): string {
  return r.findings
    .map((f) => `${PART_TEXT[f.part][lang]} [${STATUS_TEXT[f.status][lang]}]: ${f.message[lang]}`)
    .join('\n');
}

/** "suppressed until 2027-01-01: reason", in the report's language. */
function suppressedText(r: StandardResult, lang: Lang): string {
  const s = r.suppression;
  return fmt(L.suppressedUntil, lang, {
    expires: s?.expires ?? '',
    expired: '',
    reason: s?.reason ?? '',
    by: '',
  });
}

function testcase(r: StandardResult, lang: Lang, pack: string): string {
  const open = `    <testcase classname="${xml(`${pack}.${r.category}`)}" name="${xml(`${r.id} ${r.title[lang]}`)}" time="0">`;
  const text = xml(`${body(r, lang)}\n${r.remediation[lang]}`);
  if (isSuppressed(r))
    return `${open}\n      <skipped message="${xml(suppressedText(r, lang))}"/>\n    </testcase>`;
  switch (r.status) {
    case 'pass':
    case 'manual-attested':
      return `${open}\n      <system-out>${xml(body(r, lang))}</system-out>\n    </testcase>`;
    case 'not-applicable':
      return `${open}\n      <skipped message="${xml(STATUS_TEXT[r.status][lang])}"/>\n    </testcase>`;
    case 'error':
      return `${open}\n      <error type="error" message="${xml(r.findings.find((f) => f.status === 'error')?.message[lang] ?? '')}">${text}</error>\n    </testcase>`;
    default:
      return `${open}\n      <failure type="${r.status}" message="${xml(`${STATUS_TEXT[r.status][lang]}: ${r.findings.find((f) => f.scored && f.status !== 'pass')?.message[lang] ?? ''}`)}">${text}</failure>\n    </testcase>`;
  }
}

/** JUnit XML for CI dashboards: one test case per standard; waived and not applicable ones are skipped. */
export function formatAuditJunit(report: AuditReport, lang: Lang): string {
  const rs = report.results;
  const failures = rs.filter(
    (r) => !isSuppressed(r) && !['pass', 'manual-attested', 'not-applicable', 'error'].includes(r.status),
  ).length;
  const errors = rs.filter((r) => !isSuppressed(r) && r.status === 'error').length;
  const skipped = rs.filter((r) => isSuppressed(r) || r.status === 'not-applicable').length;
  const counts = `tests="${rs.length}" failures="${failures}" errors="${errors}" skipped="${skipped}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="b24cfg audit" ${counts} time="0">`,
    `  <testsuite name="${xml(report.pack)}" ${counts} time="0">`,
    '    <properties>',
    `      <property name="score" value="${scoreText(report.score.value)}"/>`,
    `      <property name="grade" value="${report.score.grade}"/>`,
    `      <property name="fingerprint" value="${xml(report.source.hash)}"/>`,
    `      <property name="identity" value="${xml(identityLine(report, lang))}"/>`,
    ...(report.source.archive
      ? [`      <property name="crmSettingsArchive" value="${xml(archiveLine(report, lang) ?? '')}"/>`]
      : []),
    '    </properties>',
    ...rs.map((r) => testcase(r, lang, report.pack)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
