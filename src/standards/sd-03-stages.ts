import { count, defineStandard, evidence, samples } from './define.js';
import { pendingUnder } from './helpers/plan.js';
import { hasDefaultProcessStages, portalLink, processStages, sortedPipelines } from './helpers/portal.js';
import { specDirections } from './helpers/spec.js';
import type { Finding } from './types.js';

/** SD-03: every direction is split into its own stages (crm.status DEAL_STAGE*, rest-map §2). */
export const sd03 = defineStandard(
  {
    id: 'SD-03',
    slug: 'stages',
    title: { ru: 'Направления разделены на этапы', en: 'Each direction has its own stages' },
    rationale: {
      ru: 'Сделка — это повторяемая последовательность шагов. Когда шаги названы этапами воронки, вся команда одинаково понимает длину и структуру сделки, а руководитель видит, где сделки застревают.',
      en: 'A deal is a repeatable sequence of steps. When the steps are pipeline stages, the whole team shares one picture of a deal’s length and shape, and the head sees where deals get stuck.',
    },
    how: {
      ru: 'Спецификация: в каждом направлении не меньше min_process_stages рабочих этапов. Портал без спецификации: в каждой воронке столько же рабочих этапов, и это не набор Bitrix24 по умолчанию. Портал со спецификацией: этапы, порядок, названия и цвета совпадают со спецификацией.',
      en: 'Spec: every direction has at least min_process_stages process stages. Portal alone: every pipeline has as many, and they are not the Bitrix24 default set. Portal with a spec: stages, order, names and colours match the spec.',
    },
    remediation: {
      ru: 'Опишите этапы каждого направления в directions[].stages (код, название, цвет) и выполните b24cfg apply.',
      en: 'Describe the stages of each direction in directions[].stages (code, name, colour) and run b24cfg apply.',
    },
    category: 'structure',
    weight: 3,
    classes: ['A'],
    thresholds: {
      min_process_stages: {
        default: 3,
        description: {
          ru: 'минимум рабочих этапов в направлении',
          en: 'minimum process stages per direction',
        },
      },
    },
    messages: {
      specStages: {
        ru: 'Во всех {total} направлениях достаточно этапов.',
        en: 'All {total} directions have enough stages.',
      },
      specFewStages: {
        ru: 'Мало рабочих этапов (меньше {min}) в направлениях: {bad} из {total}.',
        en: '{bad} of {total} directions have fewer than {min} process stages.',
      },
      specNoDirections: {
        ru: 'В спецификации нет направлений с этапами.',
        en: 'The spec has no directions with stages.',
      },
      portalStages: {
        ru: 'Во всех {total} воронках свои этапы.',
        en: 'All {total} pipelines have their own stages.',
      },
      portalDefaultStages: {
        ru: 'Воронок с этапами по умолчанию или с малым числом этапов: {bad} из {total}.',
        en: '{bad} of {total} pipelines keep the default stages or have too few stages.',
      },
      portalAsSpecified: {
        ru: 'Все {total} этапов совпадают со спецификацией.',
        en: 'All {total} stages match the spec.',
      },
      portalDiffers: {
        ru: 'Этапов, которые расходятся со спецификацией: {bad} из {total} (b24cfg plan покажет разницу).',
        en: '{bad} of {total} stages differ from the spec (b24cfg plan shows how).',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    const min = k.threshold('min_process_stages');
    if (k.spec) {
      const dirs = specDirections(k.spec);
      const bad = dirs.filter((d) => (d.dir.stages ?? []).length < min);
      const ev = evidence(
        ['spec: /directions/*/stages'],
        [count('directions', 'направлений', 'directions', dirs.length)],
        {
          samples: samples(
            { ru: 'Направления с малым числом этапов', en: 'Directions with too few stages' },
            bad.map((d) => ({ id: d.dir.key, label: d.dir.name })),
          ),
        },
      );
      out.push(
        dirs.length === 0
          ? k.finding('spec', 'fail', 'specNoDirections', {}, ev, { specPointers: [''] })
          : k.share(
              'spec',
              dirs.length - bad.length,
              dirs.length,
              1,
              { pass: 'specStages', partial: 'specFewStages' },
              { bad: bad.length, min },
              ev,
              { ru: 'направлений', en: 'directions' },
              { specPointers: bad.map((d) => d.pointer) },
            ),
      );
    }
    if (k.state) {
      const err = k.unreadable('statuses');
      if (err) return [...out, err];
      const specDirs = k.spec ? specDirections(k.spec) : [];
      if (specDirs.length > 0) {
        const dirs = specDirs;
        const total = dirs.reduce((n, d) => n + (d.dir.stages?.length ?? 0) + (d.dir.won ? 1 : 0), 0);
        const pending = dirs
          .flatMap((d) => pendingUnder(k.ctx, ['stage'], d.pointer))
          .filter((c) => !/\/lost(\/|$)/.test(c.specPointer ?? ''));
        const keys = [...new Set(pending.map((c) => c.key))];
        const ev = evidence(
          ['crm.status.list {ENTITY_ID: DEAL_STAGE*}', 'spec: /directions/*/stages'],
          [count('stages', 'этапов', 'stages', total), count('differ', 'расходятся', 'differ', keys.length)],
          {
            samples: samples(
              { ru: 'Этапы, которые расходятся', en: 'Stages that differ' },
              pending.map((c) => ({ id: c.key, label: c.path.join(' ▸ ') })),
            ),
          },
        );
        if (total > 0)
          out.push(
            k.share(
              'config',
              Math.max(0, total - keys.length),
              total,
              1,
              { pass: 'portalAsSpecified', partial: 'portalDiffers' },
              { bad: keys.length },
              ev,
              { ru: 'этапов', en: 'stages' },
              { specPointers: pending.flatMap((c) => (c.specPointer ? [c.specPointer] : [])) },
            ),
          );
      } else {
        const pipes = sortedPipelines(k.state);
        const bad = pipes.filter(
          (p) => processStages(k.state!, p.id).length < min || hasDefaultProcessStages(k.state!, p.id),
        );
        const ev = evidence(
          ['crm.category.list', 'crm.status.list {ENTITY_ID: DEAL_STAGE*}'],
          [count('pipelines', 'воронок', 'pipelines', pipes.length)],
          {
            samples: samples(
              { ru: 'Воронки без своих этапов', en: 'Pipelines without their own stages' },
              bad.map((p) => ({ id: p.id, label: p.name, url: portalLink(k.ctx, 'pipeline', p.id) })),
            ),
          },
        );
        out.push(
          k.share(
            'config',
            pipes.length - bad.length,
            pipes.length,
            1,
            { pass: 'portalStages', partial: 'portalDefaultStages' },
            { bad: bad.length },
            ev,
            { ru: 'воронок', en: 'pipelines' },
          ),
        );
      }
    }
    return out;
  },
);
