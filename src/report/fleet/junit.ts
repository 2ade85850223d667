import type { Lang } from '../../core/i18n.js';
import { findStandard } from '../../standards/registry.js';
import { xmlText as xml } from '../../core/data-text.js';
import { scoreText } from '../audit/labels.js';
import { STATUS_TEXT } from '../audit/messages.js';
import { plain } from './common.js';
import { FLEET_WORDS as W, REASON_TEXT } from './messages.js';
import type { FleetPortalResult, FleetResult, StandardState } from './types.js';

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

const PASSING: ReadonlySet<StandardState> = new Set(['pass', 'manual-attested']);
const SKIPPED: ReadonlySet<StandardState> = new Set(['not-applicable', 'suppressed']);

function properties(p: FleetPortalResult, extra: Array<[string, string]>): string {
  const props: Array<[string, string]> = [
    ...(p.host ? [['host', p.host] as [string, string]] : []),
    ...Object.entries(p.labels).map(([k, v]): [string, string] => [`label.${k}`, plain(v)]),
    ...extra,
    ...(p.report ? [['report', p.report] as [string, string]] : []),
  ];
  return [
    '      <properties>',
    ...props.map(([k, v]) => `        <property name="${xml(k)}" value="${xml(v)}"/>`),
    '      </properties>',
  ].join('\n');
}

function suite(
  p: FleetPortalResult,
  cases: string[],
  counts: Omit<Suite, 'xml'>,
  props: Array<[string, string]>,
): Suite {
  const attrs = `tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}"`;
  return {
    ...counts,
    xml: [
      `    <testsuite name="${xml(p.name)}" ${attrs} time="0" timestamp="${xml(p.startedAt)}">`,
      properties(p, props),
      ...cases,
      '    </testsuite>',
    ].join('\n'),
  };
}

function errorSuite(p: FleetPortalResult, kind: string, lang: Lang): Suite {
  const e = p.error;
  const text = e
    ? `${REASON_TEXT[e.reason][lang]}: ${plain(e.message)}${e.hint ? `\n${plain(e.hint)}` : ''}`
    : '';
  const tc = `      <testcase classname="${xml(p.name)}" name="${xml(kind)}" time="0">\n        <error type="${xml(e?.code ?? '')}" message="${xml(plain(e?.message ?? ''))}">${xml(text)}</error>\n      </testcase>`;
  return suite(p, [tc], { tests: 1, failures: 0, errors: 1, skipped: 0 }, []);
}

function auditSuite(p: FleetPortalResult, lang: Lang): Suite {
  const counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const cases: string[] = [];
  for (const [id, state] of Object.entries(p.standards ?? {})) {
    const meta = findStandard(id)?.meta;
    counts.tests++;
    const open = `      <testcase classname="${xml(`${p.name}.${meta?.category ?? 'standards'}`)}" name="${xml(`${id} ${meta?.title[lang] ?? ''}`.trim())}" time="0">`;
    const label = state === 'suppressed' ? state : STATUS_TEXT[state][lang];
    if (PASSING.has(state)) cases.push(`${open}</testcase>`);
    else if (SKIPPED.has(state)) {
      counts.skipped++;
      cases.push(`${open}\n        <skipped message="${xml(label)}"/>\n      </testcase>`);
    } else if (state === 'error') {
      counts.errors++;
      cases.push(`${open}\n        <error type="error" message="${xml(label)}"/>\n      </testcase>`);
    } else {
      counts.failures++;
      cases.push(
        `${open}\n        <failure type="${xml(state)}" message="${xml(label)}">${xml(meta?.remediation[lang] ?? '')}</failure>\n      </testcase>`,
      );
    }
  }
  if ((p.gateFailed?.length ?? 0) > 0) {
    counts.tests++;
    counts.failures++;
    const why = (p.gateFailed ?? []).map(plain).join('\n');
    cases.push(
      `      <testcase classname="${xml(p.name)}" name="${xml(W.gate[lang])}" time="0">\n        <failure type="gate" message="${xml(why)}">${xml(why)}</failure>\n      </testcase>`,
    );
  }
  const props: Array<[string, string]> = p.score
    ? [
        ['score', scoreText(p.score.value)],
        ['grade', p.score.grade],
      ]
    : [];
  return suite(p, cases, counts, props);
}

function planSuite(p: FleetPortalResult, lang: Lang): Suite {
  const s = p.plan?.summary;
  const counts = s
    ? (['create', 'update', 'rename', 'delete', 'blocked', 'manual'] as const)
        .map((k) => `${W[k][lang]} ${s[k]}`)
        .join(', ')
    : '';
  const open = `      <testcase classname="${xml(p.name)}" name="${xml(W.inSync[lang])}" time="0">`;
  const drift = p.plan?.drift === true;
  const tc = drift
    ? `${open}\n        <failure type="drift" message="${xml(`${W.drift[lang]}: ${counts}`)}">${xml(p.spec ?? '')}</failure>\n      </testcase>`
    : `${open}\n        <system-out>${xml(counts)}</system-out>\n      </testcase>`;
  return suite(p, [tc], { tests: 1, failures: drift ? 1 : 0, errors: 0, skipped: 0 }, []);
}

/** JUnit XML for CI dashboards: a test suite per portal (its standards, or its drift), failed portals as errors. */
export function formatFleetJunit(r: FleetResult, lang: Lang): string {
  const suites = r.portals.map((p) =>
    p.error ? errorSuite(p, r.kind, lang) : r.kind === 'audit' ? auditSuite(p, lang) : planSuite(p, lang),
  );
  const sum = (k: keyof Omit<Suite, 'xml'>) => suites.reduce((n, s) => n + s[k], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(`b24cfg fleet ${r.kind} ${r.fleet.file}`)}" tests="${sum('tests')}" failures="${sum('failures')}" errors="${sum('errors')}" skipped="${sum('skipped')}" time="0">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}
