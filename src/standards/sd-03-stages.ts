import { text } from '../core/i18n.js';
import { defineStandard, th } from './define.js';
import { pendingChanges, pendingUnder } from './helpers/plan.js';
import { hasDefaultProcessStages, portalLink, processStages, sortedPipelines } from './helpers/portal.js';
import { specDirections } from './helpers/spec.js';
import type { Finding } from './types.js';

/**
 * SD-03: every direction is split into its own stages (crm.status DEAL_STAGE*,
 * docs/bitrix24/stages.md#status-lists).
 */
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
      min_process_stages: th(
        3,
        'минимум рабочих этапов в направлении',
        'minimum process stages per direction',
      ),
    },
    messages: {
      specStages: {
        ru: 'Во всех направлениях достаточно этапов (проверено: {total}).',
        en: 'All directions have enough stages (checked: {total}).',
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
        ru: 'Во всех воронках свои этапы (проверено: {total}).',
        en: 'All pipelines have their own stages (checked: {total}).',
      },
      portalDefaultStages: {
        ru: 'Воронок с этапами по умолчанию или с малым числом этапов: {bad} из {total}.',
        en: '{bad} of {total} pipelines keep the default stages or have too few stages.',
      },
      portalAsSpecified: {
        ru: 'Все этапы совпадают со спецификацией (проверено: {total}).',
        en: 'All stages match the spec (checked: {total}).',
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
    const dirs = k.spec ? specDirections(k.spec) : [];
    if (k.spec) {
      const f = k.items({
        part: 'spec',
        items: dirs,
        ok: (d) => (d.dir.stages ?? []).length >= min,
        pass: 'specStages',
        partial: 'specFewStages',
        empty: 'specNoDirections',
        what: text('направлений', 'directions'),
        read: ['spec: /directions/*/stages'],
        sample: (d) => ({ id: d.dir.key, label: d.dir.name }),
        sampleTitle: text('Направления с малым числом этапов', 'Directions with too few stages'),
        pointer: (d) => d.pointer,
        data: { min },
      });
      if (f) out.push(f);
    }
    if (!k.state) return out;
    const state = k.state;
    const err = k.unreadable('statuses');
    if (err) return [...out, err];
    if (dirs.length > 0) {
      // Process stages and the won stage (loss reasons belong to SD-11); a pipeline still to create has none.
      const created = new Set(
        pendingChanges(k.ctx)
          .filter((c) => c.kind === 'pipeline' && c.op === 'create')
          .map((c) => c.specPointer),
      );
      const stages = dirs.flatMap((d) => [
        ...(d.dir.stages ?? []).map((s, i) => ({ d, name: s.name, pointer: `${d.pointer}/stages/${i}` })),
        ...(d.dir.won ? [{ d, name: d.dir.won.name, pointer: `${d.pointer}/won` }] : []),
      ]);
      const f = k.items({
        part: 'config',
        items: stages,
        ok: (s) => pendingUnder(k.ctx, ['stage'], s.pointer).length === 0 && !created.has(s.d.pointer),
        pass: 'portalAsSpecified',
        partial: 'portalDiffers',
        what: text('этапов', 'stages'),
        read: ['crm.status.list {ENTITY_ID: DEAL_STAGE*}'],
        sample: (s) => ({ id: s.pointer, label: `${s.d.dir.name} ▸ ${s.name}` }),
        sampleTitle: text('Этапы, которые расходятся', 'Stages that differ'),
        pointer: (s) => s.pointer,
      });
      return f ? [...out, f] : out;
    }
    const pipes = sortedPipelines(state);
    const f = k.items({
      part: 'config',
      items: pipes,
      ok: (p) => processStages(state, p.id).length >= min && !hasDefaultProcessStages(state, p.id),
      pass: 'portalStages',
      partial: 'portalDefaultStages',
      what: text('воронок', 'pipelines'),
      read: ['crm.category.list', 'crm.status.list {ENTITY_ID: DEAL_STAGE*}'],
      sample: (p) => ({ id: p.id, label: p.name, url: portalLink(k.ctx, 'pipeline', p.id) }),
      sampleTitle: text('Воронки без своих этапов', 'Pipelines without their own stages'),
    });
    return f ? [...out, f] : out;
  },
);
