import type { Lang } from '../core/i18n.js';
import { COMMON_MESSAGES } from './define.js';
import { GRADES } from './score.js';
import { STANDARDS_PACK, type Standard, type StandardMeta } from './types.js';

/**
 * standards/SD-NN.md and standards/README.md are rendered from `meta` (ESLint keeps its rule docs in
 * step with rule meta the same way); test/standards/docs.test.ts fails when a file and its meta differ.
 */
const q = (s: string) => JSON.stringify(s);

const HEAD: Record<Lang, Record<string, string>> = {
  ru: {
    why: 'Зачем',
    how: 'Как проверяется',
    fix: 'Как исправить',
    archive: 'Архив настроек CRM (--crm-settings)',
    th: 'Пороги',
    msg: 'Сообщения',
    name: 'порог',
    def: 'по умолчанию',
    what: 'что значит',
  },
  en: {
    why: 'Why',
    how: 'How it is checked',
    fix: 'How to fix',
    archive: 'CRM settings archive (--crm-settings)',
    th: 'Thresholds',
    msg: 'Messages',
    name: 'threshold',
    def: 'default',
    what: 'meaning',
  },
};

function frontMatter(m: StandardMeta): string {
  const lines = [
    '---',
    `id: ${m.id}`,
    `slug: ${m.slug}`,
    `title_ru: ${q(m.title.ru)}`,
    `title_en: ${q(m.title.en)}`,
    `category: ${m.category}`,
    `weight: ${m.weight}`,
    `classes: [${m.classes.join(', ')}]`,
    ...(m.archive ? ['archive_evidence: true'] : []),
  ];
  const th = Object.entries(m.thresholds);
  if (th.length > 0) lines.push('thresholds:', ...th.map(([k, v]) => `  ${k}: ${v.default}`));
  else lines.push('thresholds: {}');
  lines.push('---');
  return lines.join('\n');
}

function section(m: StandardMeta, lang: Lang, own: string[]): string[] {
  const h = HEAD[lang];
  const out = [
    `## ${h.why}`,
    '',
    m.rationale[lang],
    '',
    `## ${h.how}`,
    '',
    m.how[lang],
    '',
    ...(m.archive ? [`## ${h.archive}`, '', m.archive[lang], ''] : []),
    `## ${h.fix}`,
    '',
    m.remediation[lang],
    '',
  ];
  const th = Object.entries(m.thresholds);
  if (th.length > 0) {
    out.push(`## ${h.th}`, '', `| ${h.name} | ${h.def} | ${h.what} |`, '|---|---:|---|');
    for (const [k, v] of th) out.push(`| \`${k}\` | ${v.default} | ${v.description[lang]} |`);
    out.push('');
  }
  if (own.length > 0) {
    out.push(`## ${h.msg}`, '', '| id | |', '|---|---|');
    for (const id of own)
      out.push(
        `| \`${id}\` | ${(m.messages as Record<string, { ru: string; en: string }>)[id]?.[lang] ?? ''} |`,
      );
    out.push('');
  }
  return out;
}

/** The doc of one standard: front matter equal to meta, then Russian and English sections. */
export function renderStandardDoc(m: StandardMeta): string {
  const own = Object.keys(m.messages).filter((id) => !(id in COMMON_MESSAGES));
  return [
    frontMatter(m),
    '',
    `# ${m.id} · ${m.title.ru}`,
    '',
    `_${m.title.en}_ · ${m.category} · вес / weight ${m.weight} · ${m.classes.join(', ')}`,
    '',
    ...section(m, 'ru', own),
    '---',
    '',
    `# ${m.id} · ${m.title.en}`,
    '',
    ...section(m, 'en', own),
  ].join('\n');
}

export function standardDocName(m: StandardMeta): string {
  return `${m.id}.md`;
}

/** standards/README.md: the index, the score formula, grade bands and the messages all standards share. */
export function renderStandardsIndex(standards: readonly Standard[]): string {
  const out = [
    `# ${STANDARDS_PACK}: 33 стандарта отдела продаж / 33 sales-department standards`,
    '',
    'Классы / classes: A — применяется и проверяется через REST / applied and checked over REST; C — проверяется по настройкам / checked on the configuration; D — по данным / on data; M — вручную, подтверждение `b24cfg attest` / manual, attested with `b24cfg attest`.',
    '',
    'Архив настроек CRM (`--crm-settings`) — доказательство для стандартов с `archive_evidence: true`: роботы, триггеры, обязательные поля и роли из него заменяют подтверждение / The CRM settings archive (`--crm-settings`) is evidence for the standards marked `archive_evidence: true`: the robots, triggers, required fields and roles it holds stand in for an attestation.',
    '',
    '| id | стандарт | standard | category | weight | classes |',
    '|---|---|---|---|---:|---|',
    ...standards.map(
      (s) =>
        `| [${s.meta.id}](${standardDocName(s.meta)}) | ${s.meta.title.ru} | ${s.meta.title.en} | ${s.meta.category} | ${s.meta.weight} | ${s.meta.classes.join(', ')} |`,
    ),
    '',
    '## Оценка / Score',
    '',
    'Каждая часть стандарта (спецификация, настройки портала, данные, подтверждение) даёт баллы: выполнено 1, частично — доля, не выполнено 0, подтверждено 1, без подтверждения или с истекшим 0. Балл стандарта — среднее по его частям; неприменимые части и ошибки не учитываются. Оценка — взвешенная доля баллов по учитываемым стандартам, 0–100; исключённые (suppressed) стандарты не учитываются до даты окончания исключения.',
    '',
    'Every part of a standard (spec, portal settings, data, attestation) earns points: pass 1, partial its share, fail 0, attested 1, unattested or expired 0. A standard’s points are the mean of its parts; parts that do not apply and errors are left out. The score is the weighted share of points over the standards that count, 0–100; suppressed standards do not count until the suppression expires.',
    '',
    '| grade | min | ru | en |',
    '|---|---:|---|---|',
    ...GRADES.map(
      (g) => `| ${g.id} | ${g.min} | ${g.title.ru}: ${g.action.ru} | ${g.title.en}: ${g.action.en} |`,
    ),
    '',
    '## Общие сообщения / Common messages',
    '',
    '| id | ru | en |',
    '|---|---|---|',
    ...Object.entries(COMMON_MESSAGES).map(([id, t]) => `| \`${id}\` | ${t.ru} | ${t.en} |`),
    '',
  ];
  return out.join('\n');
}
