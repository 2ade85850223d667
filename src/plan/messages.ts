import { defineErrors } from '../core/catalogue.js';

const REMAKE = {
  ru: 'Файл плана пишет и читает только b24cfg; составьте план заново: {remake}',
  en: 'A plan file is written and read by b24cfg only; make the plan again: {remake}',
};

/** A saved plan (`plan --out plan.json`) that `apply plan.json` cannot take as it is. */
export const PLAN_FILE_ERRORS = defineErrors({
  PLAN_FILE_INVALID: {
    message: { ru: 'файл плана не читается: {why}', en: 'the plan file cannot be read: {why}' },
    hint: {
      ru: 'Создайте его заново: {remake}',
      en: 'Make it again: {remake}',
    },
  },
  planNotAPlan: {
    code: 'PLAN_FILE_INVALID',
    message: {
      ru: 'файл {file} — не план b24cfg (в нём нет formatVersion)',
      en: '{file} is not a b24cfg plan (it has no formatVersion)',
    },
    hint: {
      ru: 'Составьте план: {remake}',
      en: 'Make a plan: {remake}',
    },
  },
  planVersion: {
    code: 'PLAN_FILE_INVALID',
    message: {
      ru: 'файл плана формата {found}, а эта версия b24cfg читает формат {expected}',
      en: 'the plan file is of format {found}; this b24cfg reads format {expected}',
    },
    hint: REMAKE,
  },
  planUnknownField: {
    code: 'PLAN_FILE_INVALID',
    message: {
      ru: 'в файле плана есть поле, которого b24cfg не знает: {field}',
      en: 'the plan file has a field b24cfg does not know: {field}',
    },
    hint: REMAKE,
  },
  planMissingField: {
    code: 'PLAN_FILE_INVALID',
    message: { ru: 'в файле плана нет поля {field}', en: 'the plan file lacks the field {field}' },
    hint: REMAKE,
  },
  planWrongType: {
    code: 'PLAN_FILE_INVALID',
    message: {
      ru: 'в файле плана поле {field} должно иметь тип {type}',
      en: 'in the plan file, {field} must be of type {type}',
    },
    hint: REMAKE,
  },
  planNotAllowed: {
    code: 'PLAN_FILE_INVALID',
    message: {
      ru: 'в файле плана у поля {field} недопустимое значение; допустимо: {allowed}',
      en: 'in the plan file, {field} has a value b24cfg does not accept; allowed: {allowed}',
    },
    hint: REMAKE,
  },
  planBadValue: {
    code: 'PLAN_FILE_INVALID',
    message: {
      ru: 'в файле плана у поля {field} недопустимое значение',
      en: 'in the plan file, {field} has a value b24cfg does not accept',
    },
    hint: REMAKE,
  },
  planSummaryMismatch: {
    code: 'PLAN_FILE_INVALID',
    message: {
      ru: 'итоги файла плана (summary) не сходятся с его изменениями: файл правили вручную',
      en: "the plan file's summary does not match its changes: the file was edited by hand",
    },
    hint: REMAKE,
  },
  planDuplicateChange: {
    code: 'PLAN_FILE_INVALID',
    message: {
      ru: 'в файле плана изменение {id} записано дважды: файл правили вручную',
      en: 'the plan file lists the change {id} twice: the file was edited by hand',
    },
    hint: REMAKE,
  },
});
