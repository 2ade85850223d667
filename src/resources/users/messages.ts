import { defineMessages } from '../../core/catalogue.js';

/** Plan texts about people named in the spec (users:) who are not on the portal. */
export const USER_MESSAGES = defineMessages({
  unknownPeople: {
    ru: 'на портале {host} нет сотрудника с e-mail из users: {people}',
    en: 'portal {host} has no user with the e-mail given in users: {people}',
  },
  unknownPersonHint: {
    ru: 'Исправьте e-mail в разделе users или пригласите сотрудника на портал, затем повторите.',
    en: 'Fix the e-mail in users, or invite the person to the portal, then run again.',
  },
});
