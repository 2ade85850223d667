import { text } from '../core/i18n.js';
import { count, defineStandard, evidence, samples, th } from './define.js';
import type { Finding } from './types.js';

/**
 * Contact types of a new portal (docs/bitrix24/dictionaries.md#default-types): a portal still on them has no
 * segmentation of its own.
 */
const DEFAULT_CONTACT_TYPES = ['CLIENT', 'OTHER', 'PARTNER', 'SUPPLIER'];

/**
 * SD-30: the client base is segmented: potential, new, regular, former (CONTACT_TYPE / COMPANY_TYPE,
 * docs/bitrix24/dictionaries.md#dictionary-lists).
 */
export const sd30 = defineStandard(
  {
    id: 'SD-30',
    slug: 'segments',
    title: { ru: 'Клиентская база сегментирована', en: 'The client base is segmented' },
    rationale: {
      ru: 'Деление базы на потенциальных, новых, постоянных и бывших клиентов позволяет одной кнопкой отправить каждой группе своё: прогрев, допродажу, возврат. Дальше сегменты уточняются по сделкам и причинам отказа.',
      en: 'Splitting the base into potential, new, regular and former clients lets each group get its own message in one click: warm-up, cross-sell, win-back. Later segments are refined by deals and loss reasons.',
    },
    how: {
      ru: 'Спецификация: в segments.contact_types не меньше min_types типов. Портал: типы контактов и компаний из спецификации есть (без спецификации — типы свои, а не набор по умолчанию). Данные: доля контактов с типом.',
      en: 'Spec: segments.contact_types has at least min_types types. Portal: the contact and company types of the spec exist (without a spec: the types are not the default set). Data: the share of contacts that have a type.',
    },
    remediation: {
      ru: 'Опишите сегменты в segments, выполните b24cfg apply и проставьте тип контактам без типа.',
      en: 'Describe the segments in segments, run b24cfg apply and set a type on the contacts without one.',
    },
    category: 'analytics',
    weight: 2,
    classes: ['A', 'D'],
    thresholds: {
      min_types: th(3, 'минимум типов контакта', 'minimum number of contact types'),
      min_share: th(0.8, 'доля контактов с типом', 'share of contacts with a type'),
    },
    messages: {
      specTypes: { ru: 'Типов контакта в спецификации: {n}.', en: 'The spec has {n} contact types.' },
      specFewTypes: {
        ru: 'Типов контакта в спецификации: {n}, нужно не меньше {min}.',
        en: 'The spec has {n} contact type(s); at least {min} are needed.',
      },
      portalTypes: {
        ru: 'На портале свои типы контакта: {n}.',
        en: 'The portal has {n} contact types of its own.',
      },
      portalDefaultTypes: {
        ru: 'Типы контакта на портале — набор по умолчанию или их меньше {min}.',
        en: 'The portal keeps the default contact types or has fewer than {min}.',
      },
      portalAsSpecified: {
        ru: 'Все типы из спецификации есть на портале (проверено: {total}).',
        en: 'All types of the spec exist on the portal (checked: {total}).',
      },
      portalDiffers: {
        ru: 'Типов из спецификации нет на портале: {bad} из {total}.',
        en: '{bad} of {total} types of the spec are missing on the portal.',
      },
      dataTyped: {
        ru: 'Контактов с типом: {share} ({good} из {total}).',
        en: 'Contacts with a type: {share} ({good} of {total}).',
      },
      dataUntyped: {
        ru: 'Контактов с типом {share} ({good} из {total}), нужно {target}.',
        en: 'Contacts with a type: {share} ({good} of {total}), {target} needed.',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    const min = k.threshold('min_types');
    const segs = k.spec?.segments;
    if (k.spec) {
      const n = segs?.contact_types?.length ?? 0;
      const ev = evidence(
        ['spec: /segments/contact_types'],
        [count('contactTypes', 'типов контакта', 'contact types', n)],
      );
      out.push(
        n >= min
          ? k.finding('spec', 'pass', 'specTypes', { n }, ev)
          : k.finding('spec', n === 0 ? 'fail' : 'partial', 'specFewTypes', { n, min }, ev, {
              ratio: n / min,
              specPointers: [segs ? '/segments' : ''],
            }),
      );
    }
    if (k.state) {
      const state = k.state;
      const codes = (entity: string) =>
        state.statuses
          .filter((s) => s.entityId === entity)
          .map((s) => s.statusId)
          .sort();
      const wanted = [
        ...(segs?.contact_types ?? []).map((t, i) => ({
          entity: 'CONTACT_TYPE',
          code: t.code,
          pointer: `/segments/contact_types/${i}`,
        })),
        ...(segs?.company_types ?? []).map((t, i) => ({
          entity: 'COMPANY_TYPE',
          code: t.code,
          pointer: `/segments/company_types/${i}`,
        })),
      ];
      const mine = codes('CONTACT_TYPE');
      const isDefault =
        mine.length === DEFAULT_CONTACT_TYPES.length && mine.every((c, i) => c === DEFAULT_CONTACT_TYPES[i]);
      const ev = evidence(
        ['crm.status.list {ENTITY_ID: CONTACT_TYPE}'],
        [count('contactTypes', 'типов контакта', 'contact types', mine.length)],
        {
          samples: samples(
            text('Типы контакта', 'Contact types'),
            mine.map((c) => ({ id: c, label: c })),
          ),
        },
      );
      const f =
        k.unreadable('statuses') ??
        (wanted.length > 0
          ? k.items({
              part: 'config',
              items: wanted,
              ok: (w) => codes(w.entity).includes(w.code),
              pass: 'portalAsSpecified',
              partial: 'portalDiffers',
              what: text('типов', 'types'),
              read: ['crm.status.list {ENTITY_ID: CONTACT_TYPE, COMPANY_TYPE}'],
              sample: (w) => ({ id: `${w.entity}/${w.code}`, label: `${w.entity}: ${w.code}` }),
              sampleTitle: text('Типы, которых нет', 'Missing types'),
              pointer: (w) => w.pointer,
            })
          : !isDefault && mine.length >= min
            ? k.finding('config', 'pass', 'portalTypes', { n: mine.length }, ev)
            : k.finding('config', 'fail', 'portalDefaultTypes', { min }, ev));
      if (f) out.push(f);
    }
    const missing = k.missingData(['contacts']);
    if (missing) out.push(missing);
    else if (k.data) {
      const total = k.data.counts.contacts ?? 0;
      const typed = k.data.counts.contactsWithType ?? 0;
      out.push(
        k.measure({
          part: 'data',
          good: typed,
          total,
          min: k.threshold('min_share'),
          pass: 'dataTyped',
          partial: 'dataUntyped',
          what: text('контактов', 'contacts'),
          read: [
            'crm.item.list {entityTypeId: 3} total',
            'crm.item.list {entityTypeId: 3, typeId: [types]} total',
          ],
          counts: [
            count('contacts', 'контактов', 'contacts', total),
            count('contactsWithType', 'с типом', 'with a type', typed),
          ],
        }),
      );
    }
    return out;
  },
);
