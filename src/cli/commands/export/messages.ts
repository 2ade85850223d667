import { defineErrors, defineMessages } from '../../../core/catalogue.js';

/** `b24cfg export`: help texts. */
export const EXPORT_HELP = defineMessages({
  command: {
    ru: 'выгрузить настройки портала в спецификацию (повторная выгрузка даёт тот же файл; plan по ней — без изменений)',
    en: 'turn a portal into a spec (exporting twice gives the same file; planning it shows no changes)',
  },
  out: {
    ru: 'куда записать спецификацию (по умолчанию — в stdout)',
    en: 'where to write the spec (default: stdout)',
  },
  sections: {
    ru: 'только эти разделы, через запятую: directions,fields,segments,…',
    en: 'only these sections, comma-separated: directions,fields,segments,…',
  },
});

export const EXPORT_MESSAGES = defineMessages({
  written: {
    ru: 'Спецификация записана: {out}; привязки объектов: {state}',
    en: 'Spec written: {out}; object bindings: {state}',
  },
});

export const EXPORT_ERRORS = defineErrors({
  USAGE: {
    message: { ru: 'неизвестные разделы: {bad}', en: 'unknown sections: {bad}' },
    hint: { ru: 'Допустимо: {all}.', en: 'Use any of: {all}.' },
  },
});
