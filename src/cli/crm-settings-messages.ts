import { defineMessages } from '../core/catalogue.js';

/** `--crm-settings`: the portal's CRM settings archive, shared by plan, apply, checklist, audit and export. */
export const CRM_SETTINGS_HELP = defineMessages({
  option: {
    ru: 'архив настроек CRM, скачанный с портала (zip или распакованная папка): роботы, триггеры, обязательные поля и права сверяются с ним, а не принимаются на веру',
    en: 'the CRM settings archive downloaded from the portal (a zip or the unpacked folder): robots, triggers, required fields and permissions are checked against it instead of trusted',
  },
});
