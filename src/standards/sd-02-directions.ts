import { text } from '../core/i18n.js';
import { count, defineStandard, evidence, samples, th } from './define.js';
import { pendingUnder } from './helpers/plan.js';
import { portalLink, sortedPipelines } from './helpers/portal.js';
import { specDirections } from './helpers/spec.js';
import type { Finding } from './types.js';

/**
 * SD-02: deals split into directions (pipelines) by segment, complexity or audience
 * (docs/bitrix24/pipelines.md#methods).
 */
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
      min_directions: th(2, 'минимум направлений (воронок)', 'minimum number of directions (pipelines)'),
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
        ru: 'Все направления спецификации есть на портале (проверено: {total}).',
        en: 'All directions of the spec exist on the portal (checked: {total}).',
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
    const dirs = k.spec ? specDirections(k.spec) : [];
    if (k.spec) {
      const ev = evidence(
        ['spec: /directions'],
        [count('directions', 'направлений', 'directions', dirs.length)],
      );
      const ok = dirs.length >= min;
      out.push(
        k.finding(
          'spec',
          ok ? 'pass' : 'fail',
          ok ? 'specDirections' : 'specTooFew',
          { n: dirs.length, min },
          ev,
          ok ? {} : { specPointers: ['/directions'] },
        ),
      );
    }
    if (!k.state) return out;
    const err = k.unreadable('pipelines');
    if (err) return [...out, err];
    if (dirs.length > 0) {
      const f = k.items({
        part: 'config',
        items: dirs,
        ok: (d) => pendingUnder(k.ctx, ['pipeline'], d.pointer).length === 0,
        pass: 'portalAsSpecified',
        partial: 'portalDiffers',
        what: text('направлений', 'directions'),
        read: ['crm.category.list {entityTypeId: 2}'],
        sample: (d) => ({ id: d.dir.key, label: d.dir.name }),
        sampleTitle: text('Направления, которые расходятся', 'Directions that differ'),
        pointer: (d) => d.pointer,
      });
      return f ? [...out, f] : out;
    }
    const pipes = sortedPipelines(k.state);
    const ev = evidence(
      ['crm.category.list {entityTypeId: 2}'],
      [count('pipelines', 'воронок', 'pipelines', pipes.length)],
      {
        samples: samples(
          text('Воронки', 'Pipelines'),
          pipes.map((p) => ({ id: p.id, label: p.name, url: portalLink(k.ctx, 'pipeline', p.id) })),
        ),
      },
    );
    const ok = pipes.length >= min;
    return [
      ...out,
      k.finding(
        'config',
        ok ? 'pass' : 'fail',
        ok ? 'portalPipelines' : 'portalTooFew',
        { n: pipes.length, min },
        ev,
      ),
    ];
  },
);
