import { CRM_ENTITIES } from '../portal/state-types.js';
import { count, defineStandard, evidence, samples } from './define.js';
import { ptr } from './helpers/format.js';
import { pendingChanges } from './helpers/plan.js';
import { specStages } from './helpers/spec.js';
import type { Finding } from './types.js';

/** SD-08: the card has the fields each stage needs (crm.<entity>.userfield.*, rest-map §3). */
export const sd08 = defineStandard(
  {
    id: 'SD-08',
    slug: 'stage-fields',
    title: { ru: 'В карточке есть поля для каждого этапа', en: 'The card has fields for every stage' },
    rationale: {
      ru: 'Существенные условия сделки — реквизиты, адрес, даты событий, бюджет — должны лежать в полях, а не в комментариях: из полей строятся отчёты, заполняются договоры и счета и отправляются уведомления клиенту.',
      en: 'A deal’s essentials (details, address, event dates, budget) belong in fields, not in comments: fields feed reports, fill contracts and invoices and trigger client notifications.',
    },
    how: {
      ru: 'Спецификация: у каждого рабочего этапа указаны fields. Портал без спецификации: у сделки не меньше min_fields своих полей. Портал со спецификацией: поля есть, тип, списки и подписи как в спецификации. Обязательность полей по этапам через REST не читается — её подтверждает человек.',
      en: 'Spec: every process stage lists its fields. Portal alone: deals have at least min_fields custom fields. Portal with a spec: the fields exist with the type, list items and labels of the spec. Fields required per stage cannot be read over REST, so a person attests them.',
    },
    remediation: {
      ru: 'Перечислите поля этапов в stages[].fields, опишите пользовательские поля в fields и выполните b24cfg apply; обязательность по этапам настройте в карточке сделки.',
      en: 'List each stage’s fields in stages[].fields, describe custom fields in fields and run b24cfg apply; set fields required per stage in the deal card.',
    },
    category: 'structure',
    weight: 2,
    classes: ['A', 'M'],
    thresholds: {
      min_fields: {
        default: 3,
        description: {
          ru: 'минимум пользовательских полей сделки (без спецификации)',
          en: 'minimum custom deal fields (portal alone)',
        },
      },
    },
    messages: {
      specFields: {
        ru: 'У всех {total} рабочих этапов перечислены поля.',
        en: 'All {total} process stages list their fields.',
      },
      specStagesWithoutFields: {
        ru: 'Этапов без полей: {bad} из {total}.',
        en: '{bad} of {total} process stages list no fields.',
      },
      specNoStages: { ru: 'В спецификации нет рабочих этапов.', en: 'The spec has no process stages.' },
      portalFields: { ru: 'У сделки пользовательских полей: {n}.', en: 'Deals have {n} custom fields.' },
      portalFewFields: {
        ru: 'У сделки пользовательских полей: {n}, нужно не меньше {min}.',
        en: 'Deals have {n} custom field(s); at least {min} are needed.',
      },
      portalAsSpecified: {
        ru: 'Все {total} полей спецификации есть на портале как описано.',
        en: 'All {total} fields of the spec exist on the portal as described.',
      },
      portalDiffers: {
        ru: 'Полей, которые расходятся со спецификацией: {bad} из {total}.',
        en: '{bad} of {total} fields differ from the spec.',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    if (k.spec) {
      const stages = specStages(k.spec);
      const bad = stages.filter((s) => (s.stage.fields ?? []).length === 0);
      const ev = evidence(
        ['spec: /directions/*/stages/*/fields'],
        [count('stages', 'этапов', 'stages', stages.length)],
      );
      out.push(
        stages.length === 0
          ? k.finding('spec', 'fail', 'specNoStages', {}, ev, { specPointers: [''] })
          : k.share(
              'spec',
              stages.length - bad.length,
              stages.length,
              1,
              { pass: 'specFields', partial: 'specStagesWithoutFields' },
              { bad: bad.length },
              ev,
              { ru: 'этапов', en: 'stages' },
              { specPointers: bad.map((s) => s.pointer) },
            ),
      );
    }
    if (k.state) {
      const err = k.unreadable('userFields');
      if (err) out.push(err);
      else if (k.spec?.fields) {
        const specFields = CRM_ENTITIES.flatMap((e) =>
          (k.spec?.fields?.[e] ?? []).map((f, i) => ({ e, f, pointer: ptr('fields', e, i) })),
        );
        const pending = pendingChanges(k.ctx).filter((c) => c.kind === 'userField' || c.kind === 'listItem');
        const bad = specFields.filter((s) =>
          pending.some((c) => c.specPointer === s.pointer || c.specPointer?.startsWith(`${s.pointer}/`)),
        );
        const ev = evidence(
          ['crm.*.userfield.list', 'spec: /fields'],
          [
            count('fields', 'полей', 'fields', specFields.length),
            count('differ', 'расходятся', 'differ', bad.length),
          ],
          {
            samples: samples(
              { ru: 'Поля, которые расходятся', en: 'Fields that differ' },
              bad.map((s) => ({ id: `${s.e}.${s.f.code}`, label: `${s.e}: UF_CRM_${s.f.code}` })),
            ),
          },
        );
        if (specFields.length > 0)
          out.push(
            k.share(
              'config',
              specFields.length - bad.length,
              specFields.length,
              1,
              { pass: 'portalAsSpecified', partial: 'portalDiffers' },
              { bad: bad.length },
              ev,
              { ru: 'полей', en: 'fields' },
              { specPointers: bad.map((s) => s.pointer) },
            ),
          );
      } else {
        const n = k.state.userFields.deal.length;
        const min = k.threshold('min_fields');
        const ev = evidence(
          ['crm.deal.userfield.list'],
          [count('dealFields', 'полей сделки', 'deal fields', n)],
          {
            samples: samples(
              { ru: 'Поля сделки', en: 'Deal fields' },
              k.state.userFields.deal.map((f) => ({ id: f.id, label: f.fieldName })),
            ),
          },
        );
        out.push(
          n >= min
            ? k.finding('config', 'pass', 'portalFields', { n }, ev)
            : k.finding(
                'config',
                n === 0 ? 'fail' : 'partial',
                'portalFewFields',
                { n, min },
                ev,
                n === 0 ? {} : { ratio: n / min },
              ),
        );
      }
    }
    if (k.spec && specStages(k.spec).some((s) => (s.stage.required_fields ?? []).length > 0))
      out.push(k.manual());
    return out;
  },
);
