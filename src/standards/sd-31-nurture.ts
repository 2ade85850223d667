import { text } from '../core/i18n.js';
import { count, defineStandard, evidence, samples, type Kit } from './define.js';
import { activeRobots, archiveRuleFinding, archiveSpecFinding, decides } from './helpers/archive.js';
import { isNurtureName, nurturePipelineIds } from './helpers/repeat.js';
import { specDirections, specRobots } from './helpers/spec.js';
import type { Finding } from './types.js';

/**
 * The CRM settings archive: the robots of the spec's warm-up directions set up as described; without
 * a spec, every pipeline named for warm-up has robots that are switched on.
 */
function archivePart<M extends string>(k: Kit<M>): Finding | undefined {
  const a = k.ctx.crmSettings;
  if (!a) return undefined;
  if (k.spec) {
    const keys = new Set(
      specDirections(k.spec)
        .filter((d) => d.dir.purpose === 'nurture')
        .map((d) => d.dir.key),
    );
    return archiveSpecFinding(k, {
      pointers: specRobots(k.spec)
        .filter((r) => keys.has(r.dirKey))
        .map((r) => r.pointer),
      what: text('роботов воронки прогрева', 'warm-up robots'),
      read: 'BIZPROC_MAIN (robots of the warm-up pipelines)',
    });
  }
  return archiveRuleFinding(k, {
    items: a.facts.pipelines.filter((p) => isNurtureName(p.name)),
    ok: (p) => p.stages.some((s) => activeRobots(s).length > 0),
    rule: text('воронки прогрева с роботами', 'warm-up pipelines with robots'),
    read: 'BIZPROC_MAIN',
    sample: (p) => ({ id: p.archiveId, label: p.name }),
  });
}

/**
 * SD-31: a warm-up funnel for potential clients, run by robots (robots: no REST,
 * docs/bitrix24/automation.md#no-rest-for-robots).
 */
export const sd31 = defineStandard(
  {
    id: 'SD-31',
    slug: 'nurture',
    title: { ru: 'Воронка прогрева потенциальных клиентов', en: 'A warm-up funnel for potential clients' },
    rationale: {
      ru: 'Сложный продукт редко покупают с первого касания. Серия полезных писем и сообщений, которую роботы отправляют по этапам, готовит потенциального клиента к первой сделке без участия менеджера.',
      en: 'A complex product is rarely bought at first contact. A series of useful e-mails and messages, sent by robots stage by stage, prepares a potential client for the first deal without a manager.',
    },
    how: {
      ru: 'Спецификация: есть направление с purpose: nurture и роботами на этапах. Портал: такая воронка есть (без спецификации — по названию). Роботов показывает архив настроек CRM (--crm-settings), а без него их работу подтверждает человек: b24cfg attest SD-31.',
      en: 'Spec: a direction with purpose: nurture and robots on its stages. Portal: that pipeline exists (without a spec, found by name). The CRM settings archive (--crm-settings) shows the robots; without it a person attests that they run: b24cfg attest SD-31.',
    },
    archive: {
      ru: 'Со спецификацией: роботы её направлений прогрева есть в архиве на своих стадиях. Без спецификации: в каждой воронке прогрева (по названию) есть включённые роботы.',
      en: 'With a spec: the robots of its warm-up directions are in the archive on their stages. Without a spec: every warm-up pipeline (by name) has robots that are switched on.',
    },
    remediation: {
      ru: 'Опишите направление прогрева (purpose: nurture) с роботами отправки писем и паузами, выполните b24cfg apply и настройте роботов.',
      en: 'Describe a warm-up direction (purpose: nurture) with e-mail robots and pauses, run b24cfg apply and set up the robots.',
    },
    category: 'automation',
    weight: 1,
    classes: ['A', 'M'],
    thresholds: {},
    messages: {
      specNurture: {
        ru: 'Воронка прогрева «{name}» описана, роботов: {robots}.',
        en: 'The warm-up funnel "{name}" is described with {robots} robots.',
      },
      specNoRobots: {
        ru: 'Воронка прогрева «{name}» описана, но роботов в ней нет.',
        en: 'The warm-up funnel "{name}" is described, but it has no robots.',
      },
      specNoNurture: {
        ru: 'В спецификации нет направления с purpose: nurture.',
        en: 'The spec has no direction with purpose: nurture.',
      },
      portalNurture: {
        ru: 'Воронка прогрева на портале: {names}.',
        en: 'Warm-up pipeline on the portal: {names}.',
      },
      portalNoNurture: { ru: 'На портале нет воронки прогрева.', en: 'The portal has no warm-up pipeline.' },
    },
  },
  (k) => {
    const out: Finding[] = [];
    if (k.spec) {
      const nurture = specDirections(k.spec).filter((d) => d.dir.purpose === 'nurture');
      const robots = nurture.reduce(
        (n, d) => n + (d.dir.stages ?? []).reduce((m, s) => m + (s.robots?.length ?? 0), 0),
        0,
      );
      const name = nurture.map((d) => d.dir.name).join(', ');
      const ev = evidence(
        ['spec: /directions (purpose: nurture)'],
        [
          count('nurtureDirections', 'направлений прогрева', 'warm-up directions', nurture.length),
          count('robots', 'роботов', 'robots', robots),
        ],
      );
      if (nurture.length === 0)
        out.push(k.finding('spec', 'fail', 'specNoNurture', {}, ev, { specPointers: ['/directions'] }));
      else if (robots === 0)
        out.push(
          k.finding('spec', 'partial', 'specNoRobots', { name }, ev, {
            ratio: 0.5,
            specPointers: nurture.map((d) => d.pointer),
          }),
        );
      else out.push(k.finding('spec', 'pass', 'specNurture', { name, robots }, ev));
    }
    if (k.state) {
      const ids = nurturePipelineIds(k.ctx);
      const found = k.state.pipelines.filter((p) => ids.includes(p.id)).sort((a, b) => a.id - b.id);
      const names = found.map((p) => p.name);
      const ev = evidence(
        ['crm.category.list {entityTypeId: 2}'],
        [count('nurturePipelines', 'воронок прогрева', 'warm-up pipelines', names.length)],
        {
          samples: samples(
            { ru: 'Воронки прогрева', en: 'Warm-up pipelines' },
            found.map((p) => ({ id: p.id, label: p.name })),
          ),
        },
      );
      out.push(
        k.unreadable('pipelines') ??
          (names.length > 0
            ? k.finding('config', 'pass', 'portalNurture', { names: names.join(', ') }, ev)
            : k.finding('config', 'fail', 'portalNoNurture', {}, ev)),
      );
    }
    const archived = archivePart(k);
    if (archived) out.push(archived);
    out.push(k.manual({ scored: !decides(archived) }));
    return out;
  },
);
