import { text } from '../core/i18n.js';
import { CRM_ENTITIES } from '../resources/user-fields/read.js';
import { count, defineStandard, evidence, samples, th } from './define.js';
import { archiveSpecFinding, decides } from './helpers/archive.js';
import { ptr } from './helpers/format.js';
import { pendingChanges } from './helpers/plan.js';
import { specStages } from './helpers/spec.js';
import type { Finding } from './types.js';

/**
 * SD-08: the card has the fields each stage needs (crm.<entity>.userfield.*,
 * docs/bitrix24/user-fields.md#methods).
 */
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
      ru: 'Спецификация: у каждого рабочего этапа указаны fields. Портал без спецификации: у сделки не меньше min_fields своих полей. Портал со спецификацией: поля есть, тип, списки и подписи как в спецификации. Обязательность полей по этапам через REST не читается: её показывает архив настроек CRM (--crm-settings), а без него её подтверждает человек.',
      en: 'Spec: every process stage lists its fields. Portal alone: deals have at least min_fields custom fields. Portal with a spec: the fields exist with the type, list items and labels of the spec. Fields required per stage cannot be read over REST: the CRM settings archive (--crm-settings) shows them, and without it a person attests them.',
    },
    archive: {
      ru: 'Обязательность полей по стадиям из спецификации есть в архиве: поле обязательно с этой стадии до успешной.',
      en: 'The spec’s fields required by stage are in the archive: each field is required from that stage to the success stage.',
    },
    remediation: {
      ru: 'Перечислите поля этапов в stages[].fields, опишите пользовательские поля в fields и выполните b24cfg apply; обязательность по этапам настройте в карточке сделки.',
      en: 'List each stage’s fields in stages[].fields, describe custom fields in fields and run b24cfg apply; set fields required per stage in the deal card.',
    },
    category: 'structure',
    weight: 2,
    classes: ['A', 'M'],
    thresholds: {
      min_fields: th(
        3,
        'минимум пользовательских полей сделки (без спецификации)',
        'minimum custom deal fields (portal alone)',
      ),
    },
    messages: {
      specFields: {
        ru: 'У всех рабочих этапов перечислены поля (проверено: {total}).',
        en: 'All process stages list their fields (checked: {total}).',
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
        ru: 'Все поля спецификации есть на портале как описано (проверено: {total}).',
        en: 'All fields of the spec exist on the portal as described (checked: {total}).',
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
      const f = k.items({
        part: 'spec',
        items: specStages(k.spec),
        ok: (s) => (s.stage.fields ?? []).length > 0,
        pass: 'specFields',
        partial: 'specStagesWithoutFields',
        empty: 'specNoStages',
        what: text('этапов', 'stages'),
        read: ['spec: /directions/*/stages/*/fields'],
        pointer: (s) => s.pointer,
      });
      if (f) out.push(f);
    }
    if (k.state) {
      const err = k.unreadable('userFields');
      const specFields = CRM_ENTITIES.flatMap((e) =>
        (k.spec?.fields?.[e] ?? []).map((f, i) => ({ e, f, pointer: ptr('fields', e, i) })),
      );
      if (err) out.push(err);
      else if (specFields.length > 0) {
        const pending = pendingChanges(k.ctx).filter((c) => c.kind === 'userField' || c.kind === 'listItem');
        const differs = (pointer: string) =>
          pending.some((c) => c.specPointer === pointer || c.specPointer?.startsWith(`${pointer}/`));
        const f = k.items({
          part: 'config',
          items: specFields,
          ok: (s) => !differs(s.pointer),
          pass: 'portalAsSpecified',
          partial: 'portalDiffers',
          what: text('полей', 'fields'),
          read: ['crm.*.userfield.list'],
          sample: (s) => ({ id: `${s.e}.${s.f.code}`, label: `${s.e}: UF_CRM_${s.f.code}` }),
          sampleTitle: text('Поля, которые расходятся', 'Fields that differ'),
          pointer: (s) => s.pointer,
        });
        if (f) out.push(f);
      } else {
        const fields = k.state.userFields.deal;
        const min = k.threshold('min_fields');
        const n = fields.length;
        const ev = evidence(
          ['crm.deal.userfield.list'],
          [count('dealFields', 'полей сделки', 'deal fields', n)],
          {
            samples: samples(
              text('Поля сделки', 'Deal fields'),
              fields.map((f) => ({ id: f.id, label: f.fieldName })),
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
    // Fields required from a stage on have only an undocumented write-only endpoint
    // (docs/bitrix24/user-fields.md#required-by-stage): attested.
    if (k.spec && specStages(k.spec).some((s) => (s.stage.required_fields ?? []).length > 0)) {
      const archived = archiveSpecFinding(k, {
        pointers: specStages(k.spec)
          .filter((s) => (s.stage.required_fields ?? []).length > 0)
          .map((s) => `${s.pointer}/required_fields`),
        what: text('списков обязательных полей стадий', 'lists of fields required by stage'),
        read: 'CRM_FIELDS/CRM_DEAL.json (ATTRIBUTE)',
      });
      if (archived) out.push(archived);
      out.push(k.manual({ scored: !decides(archived) }));
    }
    return out;
  },
);
