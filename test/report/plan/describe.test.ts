import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Change, KeptNote, Plan } from '../../../src/resources/plan.js';
import { changeHeadline, impactText, notAppliedDetails } from '../../../src/report/plan/describe-change.js';
import { groupTitleOf, keptSummary } from '../../../src/report/plan/groups.js';
import { formatPlanMarkdown } from '../../../src/report/plan/markdown.js';
import { formatPlanPretty, summaryLine } from '../../../src/report/plan/pretty.js';

/**
 * How the plan names, groups and counts changes of every kind and op, in both languages, pinned to
 * the words the renderers used before each kind described its own changes (src/resources/<kind>/
 * describe.ts). Update with `npx vitest run test/report/plan/describe.test.ts -u` and review the diff.
 */
const base = (kind: string, key: string, path: string[]) => ({ id: `${kind}:${key}`, kind, key, path });
const CASES = [
  { ...base('pipeline', 'b2b', ['B2B']), op: 'create', desired: { name: 'B2B', sort: 10 } },
  {
    ...base('pipeline', 'b2b', ['B2B new']),
    op: 'rename',
    portalId: 3,
    from: 'B2B',
    to: 'B2B new',
    diffs: [],
    desired: { name: 'B2B new', sort: 1 },
  },
  {
    ...base('stage', 'b2b/NEW', ['B2B', 'Новая']),
    op: 'create',
    desired: { sort: 10, color: '#FF0000', semantics: 'F' },
  },
  { ...base('stage', 'b2b/WON', ['B2B', 'Успех']), op: 'create', desired: { sort: 20, semantics: 'S' } },
  { ...base('stage', 'b2b/X/Y', ['B2B', 'Икс']), op: 'update', portalId: 1, diffs: [], desired: {} },
  {
    ...base('userField', 'deal.NPS', ['deal', 'UF_CRM_NPS']),
    op: 'create',
    desired: { type: 'enumeration', label: { ru: 'Оценка', en: 'Score' }, multiple: true, items: [{}, {}] },
  },
  {
    ...base('userField', 'lead.SITE', ['lead', 'UF_CRM_SITE']),
    op: 'create',
    desired: { type: 'url', label: 'Сайт', multiple: false, items: [] },
  },
  {
    ...base('userField', 'contact.X', ['contact', 'UF_CRM_X']),
    op: 'update',
    portalId: 1,
    diffs: [],
    desired: {},
  },
  {
    ...base('userField', 'company.Y', ['company', 'UF_CRM_Y']),
    op: 'delete',
    portalId: 1,
    current: {},
    reason: 'prune',
    impact: { records: 4 },
  },
  {
    ...base('userField', 'other.Z', ['other', 'UF_CRM_Z']),
    op: 'blocked',
    reason: { ru: 'р', en: 'r' },
    wanted: 'update',
  },
  { ...base('listItem', 'deal.NPS/N5', ['deal', 'UF_CRM_NPS', '5']), op: 'create', desired: {} },
  { ...base('dictionary', 'STATUS/NEW', ['Статусы', 'Новый']), op: 'create', desired: {} },
  {
    ...base('dictionary', 'SOURCE/WEB', ['Источники', 'Сайт']),
    op: 'update',
    portalId: 1,
    diffs: [],
    desired: {},
  },
  { ...base('dictionary', 'CONTACT_TYPE/order', ['x']), op: 'update', portalId: 1, diffs: [], desired: {} },
  {
    ...base('dictionary', 'COMPANY_TYPE/A', ['y', 'Клиент']),
    op: 'delete',
    portalId: 1,
    current: {},
    reason: 'prune',
    impact: { deals: 2 },
  },
  { ...base('dictionary', 'OTHER/A', ['z', 'Q']), op: 'create', desired: {} },
  { ...base('openLine', 'Чат', ['Чат']), op: 'create', desired: {} },
  {
    ...base('openLine', 'Чат 2', ['Чат 2']),
    op: 'rename',
    portalId: 1,
    from: 'Чат',
    to: 'Чат 2',
    diffs: [],
    desired: {},
  },
  { ...base('numerator', 'Счета', ['Счета']), op: 'create', desired: {} },
  { ...base('documentTemplate', 'Договор', ['Договор']), op: 'create', desired: {} },
  {
    ...base('documentTemplate', 'Договор 2', ['Договор 2']),
    op: 'rename',
    portalId: 1,
    from: 'Договор',
    to: 'Договор 2',
    diffs: [],
    desired: {},
  },
  { ...base('department', 'Продажи', ['Продажи']), op: 'create', desired: {} },
  {
    ...base('department', 'Продажи', ['Продажи']),
    op: 'manual',
    reason: { ru: 'р', en: 'r' },
    summary: { ru: 'сделать', en: 'do it' },
  },
  {
    ...base('manual', 'b2b/NEW#task', ['B2B', 'Новая']),
    specPointer: '/directions/0/stages/0/task',
    op: 'manual',
    reason: { ru: 'р', en: 'r' },
    summary: { ru: 'задача', en: 'task' },
  },
  {
    ...base('manual', 'quick:Чат', ['Чат']),
    specPointer: '/open_lines/0/quick_answers',
    op: 'manual',
    reason: { ru: 'р', en: 'r' },
    summary: { ru: 'ответы', en: 'answers' },
  },
  {
    ...base('manual', 'sales-plan', ['sales_plan']),
    specPointer: '/sales_plan',
    op: 'manual',
    reason: { ru: 'р', en: 'r' },
    summary: { ru: 'план', en: 'plan' },
  },
];
const kinds = [
  'pipeline',
  'stage',
  'userField',
  'listItem',
  'dictionary',
  'openLine',
  'documentTemplate',
  'numerator',
  'department',
  'manual',
];
const KEPT = [
  kinds.map((kind) => ({ kind, key: 'a', path: [], why: 'not-in-spec' })),
  kinds.flatMap((kind) => [1, 2, 3].map((i) => ({ kind, key: `a${i}`, path: [], why: 'not-in-spec' }))),
  [{ kind: 'stage', key: 'x', path: [], why: 'system' }],
  [
    { kind: 'openLine', key: 'x', path: [], why: 'not-in-spec' },
    { kind: 'numerator', key: 'y', path: [], why: 'not-in-spec' },
    { kind: 'documentTemplate', key: 'y', path: [], why: 'not-in-spec' },
  ],
];

describe('plan wording of every kind (golden file)', () => {
  it('headlines, groups, impacts, not-applied details, kept lines and whole renders', async () => {
    const changes = CASES as unknown as Change[];
    const out: string[] = [];
    const chalk = new Chalk({ level: 3 });
    for (const lang of ['ru', 'en'] as const) {
      for (const c of changes) {
        const impact = String(impactText(c, lang));
        out.push(
          `${c.kind}/${c.op}: ${changeHeadline(c, lang)} | ${groupTitleOf(c, lang)} | ${impact} | ${notAppliedDetails(c, c, lang).join(';')}`,
        );
      }
      for (const k of KEPT) out.push(`kept: ${keptSummary(k as KeptNote[], lang)}`);
      const plan = {
        portal: { host: 'h', fingerprint: 'sha256:0123456789abcdef0123' },
        spec: { file: 'f.yaml', hash: 'sha256:abcdef0123456789' },
        changes,
        kept: KEPT[1] as KeptNote[],
        summary: { create: 3, update: 1, rename: 0, delete: 1, blocked: 1, manual: 4 },
      } as unknown as Plan;
      out.push(formatPlanPretty(plan, { lang, chalk, manual: 'list' }));
      // The default: manual items counted on one line; -v names each object left as it is.
      out.push(formatPlanPretty(plan, { lang, chalk, verbose: true }));
      out.push(formatPlanMarkdown(plan, lang));
      const none = { create: 0, update: 0, rename: 0, delete: 0, blocked: 0 };
      out.push(summaryLine({ ...plan, summary: { ...none, manual: 2 } }, lang, chalk));
      out.push(summaryLine({ ...plan, summary: { ...none, manual: 0 } }, lang, chalk));
    }
    await expect(out.join('\n')).toMatchFileSnapshot('__golden__/describe.txt');
  });
});
