import { defineMessages } from '../../../core/catalogue.js';

/** `b24cfg doctor`: help texts. */
export const DOCTOR_HELP = defineMessages({
  command: {
    ru: 'проверить вебхук: связь, часы, права, администратор, тариф, нужные методы, режим CRM',
    en: 'check the webhook: connection, clock, scopes, admin, plan, key methods, CRM mode',
  },
});
