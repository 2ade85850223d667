import { defineMessages } from '../../core/catalogue.js';

/** Words of the plan renderers (pretty, markdown); what names a change comes from its kind's catalogue. */
export const PLAN_REPORT_MESSAGES = defineMessages({
  title: { ru: 'План для портала {host}', en: 'Plan for portal {host}' },
  impactDeals: { ru: 'сделок на нём: {n}', en: '{n} deal(s) sit here' },
  impactRecords: { ru: 'записей со значением: {n}', en: '{n} record(s) hold a value' },
  // After an apply, per field the verification read found different (src/report/plan/describe-change.ts).
  ignored: {
    ru: 'портал не сохранил {field}: отправлено {sent}, прочитано {read}',
    en: 'the portal ignored {field}: sent {sent}, read back {read}',
  },
  notAppliedDiff: {
    ru: '{field}: на портале {before}, в спецификации {after}',
    en: '{field}: the portal holds {before}, the spec wants {after}',
  },
  notAppliedMissing: { ru: 'объекта на портале нет', en: 'the object is not on the portal' },
  kept: {
    ru: '= остаются как есть (нет в спецификации, удаление выключено): {parts}',
    en: '= left as they are (not in the spec, pruning off): {parts}',
  },
  noChanges: {
    ru: 'Изменений нет: портал совпадает со спецификацией.',
    en: 'No changes: the portal matches the spec.',
  },
  byHandCount: { ru: 'Вручную: {n}.', en: 'By hand: {n}.' },
  manualCount: {
    ru: 'Пунктов, которые делаются вручную (REST этого не умеет): {n}. Список с подсказками, где что настроить: b24cfg checklist {spec}; в плане — добавьте --show-manual.',
    en: 'Items done by hand (REST cannot do these): {n}. The list, with where to set each: b24cfg checklist {spec}; in this plan: add --show-manual.',
  },
  summary: {
    ru: 'Итого: {create}, {update}, {rename}, {delete}, {blocked}, {manual}',
    en: 'Summary: {create}, {update}, {rename}, {delete}, {blocked}, {manual}',
  },
  sumCreate: { ru: '+{n} создать', en: '+{n} to create' },
  sumUpdate: { ru: '~{n} изменить', en: '~{n} to update' },
  sumRename: { ru: '⇄{n} переименовать', en: '⇄{n} to rename' },
  sumDelete: { ru: '-{n} удалить', en: '-{n} to delete' },
  sumBlocked: { ru: '✗{n} отклонено', en: '✗{n} refused' },
  sumManual: { ru: '!{n} вручную', en: '!{n} by hand' },
  mdHeading: { ru: '### b24cfg план: `{host}`', en: '### b24cfg plan: `{host}`' },
  mdTable: {
    ru: '| создать | изменить | переименовать | удалить | отклонено | вручную |',
    en: '| create | update | rename | delete | refused | by hand |',
  },
  mdFooter: {
    ru: '<sub>spec `{file}` · sha {hash} · портал {fingerprint}</sub>',
    en: '<sub>spec `{file}` · sha {hash} · portal {fingerprint}</sub>',
  },
});
