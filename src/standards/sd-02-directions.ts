import { count, defineStandard, evidence, samples } from './define.js';
import { pendingUnder } from './helpers/plan.js';
import { portalLink, sortedPipelines } from './helpers/portal.js';
import { specDirections } from './helpers/spec.js';
import type { Finding } from './types.js';

/** SD-02: deals split into directions (pipelines) by segment, complexity or audience (rest-map §1). */
export const sd02 = defineStandard(
  {
    id: 'SD-02',
    slug: 'directions',
    title: { ru: 'Сделки разделены по направлениям', en: 'Deals are split into directions' },
    rationale: {
      ru: 'Новые и постоянные клиенты, B2B и B2C проходят разный путь. Отдельная воронка на каждый такой путь делает этапы, задачи и отчёты точными и позволяет автоматизировать документы под каждый вид сделки.',
      en: 'New and returning clients, B2B and B2C buyers follow different paths. A pipeline per path keeps stages, tasks and reports accurate and lets documents be automated per kind of deal.',
    },
    how: {
      ru: 'Спецификация: направлений не меньше min_directions. Портал без спецификации: воронок не меньше min_directions. Портал со спецификацией: каждое направление есть на портале под своим названием (тот же сопоставитель, что у plan).',
      en: 'Spec: at least min_directions directions. Portal alone: at least min_directions pipelines. Portal with a spec: every direction exists on the portal under its name (matched the way plan matches).',
    },
    remediation: {
      ru: 'Опишите направления в directions (например, B2B новые, B2B постоянные, B2C) и выполните b24cfg apply.',
      en: 'Describe the directions in directions (e.g. B2B new, B2B repeat, B2C) and run b24cfg apply.',
    },
    category: 'structure',
    weight: 3,
    classes: ['A'],
    thresholds: {
      min_directions: {
        default: 2,
        description: { ru: 'минимум направлений (воронок)', en: 'minimum number of directions (pipelines)' },
      },
    },
    messages: {
      specDirections: { ru: 'В спецификации направлений: {n}.', en: 'The spec has {n} directions.' },
      specTooFew: {
        ru: 'В спецификации направлений: {n}, нужно не меньше {min}.',
        en: 'The spec has {n} direction(s); at least {min} are needed.',
      },
      portalPipelines: { ru: 'На портале воронок: {n}.', en: 'The portal has {n} pipelines.' },
      portalTooFew: {
        ru: 'На портале воронок: {n} — сделки не разделены по направлениям (нужно не меньше {min}).',
        en: 'The portal has {n} pipeline(s): deals are not split into directions (at least {min} needed).',
      },
      portalAsSpecified: {
        ru: 'Все {total} направлений спецификации есть на портале.',
        en: 'All {total} directions of the spec exist on the portal.',
      },
      portalDiffers: {
        ru: 'Не совпадают с порталом направлений: {bad} из {total} (нет на портале или другое название/порядок).',
        en: '{bad} of {total} directions differ from the portal (missing, or another name or order).',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    const min = k.threshold('min_directions');
    if (k.spec) {
      const dirs = specDirections(k.spec);
      const ev = evidence(
        ['spec: /directions'],
        [count('directions', 'направлений', 'directions', dirs.length)],
      );
      out.push(
        dirs.length >= min
          ? k.finding('spec', 'pass', 'specDirections', { n: dirs.length }, ev)
          : k.finding('spec', 'fail', 'specTooFew', { n: dirs.length, min }, ev, {
              specPointers: ['/directions'],
            }),
      );
    }
    if (k.state) {
      const err = k.unreadable('pipelines');
      if (err) return [...out, err];
      const pipes = sortedPipelines(k.state);
      const specDirs = k.spec ? specDirections(k.spec) : [];
      if (specDirs.length > 0) {
        const dirs = specDirs;
        const bad = dirs.filter((d) => pendingUnder(k.ctx, ['pipeline'], d.pointer).length > 0);
        const ev = evidence(
          ['crm.category.list {entityTypeId: 2}', 'spec: /directions'],
          [
            count('directions', 'направлений', 'directions', dirs.length),
            count('differ', 'расходятся', 'differ', bad.length),
          ],
          {
            samples: samples(
              { ru: 'Направления, которые расходятся', en: 'Directions that differ' },
              bad.map((d) => ({ id: d.dir.key, label: d.dir.name })),
            ),
          },
        );
        out.push(
          k.share(
            'config',
            dirs.length - bad.length,
            dirs.length,
            1,
            { pass: 'portalAsSpecified', partial: 'portalDiffers' },
            { bad: bad.length },
            ev,
            { ru: 'направлений', en: 'directions' },
            { specPointers: bad.map((d) => d.pointer) },
          ),
        );
      } else {
        const ev = evidence(
          ['crm.category.list {entityTypeId: 2}'],
          [count('pipelines', 'воронок', 'pipelines', pipes.length)],
          {
            samples: samples(
              { ru: 'Воронки', en: 'Pipelines' },
              pipes.map((p) => ({ id: p.id, label: p.name, url: portalLink(k.ctx, 'pipeline', p.id) })),
            ),
          },
        );
        out.push(
          pipes.length >= min
            ? k.finding('config', 'pass', 'portalPipelines', { n: pipes.length }, ev)
            : k.finding('config', 'fail', 'portalTooFew', { n: pipes.length, min }, ev),
        );
      }
    }
    return out;
  },
);
