import { defineErrors } from '../../core/catalogue.js';
import { EXIT } from '../../core/exit-codes.js';

/**
 * Errors of `b24cfg sandbox handwork`: the spec names a pipeline, a person or a document template the
 * emulated portal does not have, so the spec was not applied to it (or another spec was).
 */
const APPLY_FIRST = {
  ru: 'Сначала примените спецификацию к песочнице: b24cfg apply b24cfg.yaml --portal sandbox:portal.json --yes',
  en: 'Apply the spec to the sandbox first: b24cfg apply b24cfg.yaml --portal sandbox:portal.json --yes',
};

export const HANDWORK_STEP_ERRORS = defineErrors({
  HANDWORK_NO_PIPELINE: {
    exit: EXIT.findings,
    message: {
      ru: 'на портале-песочнице нет направления «{name}» ({key})',
      en: 'the sandbox portal has no pipeline “{name}” ({key})',
    },
    hint: APPLY_FIRST,
  },
  HANDWORK_NO_USER: {
    exit: EXIT.findings,
    message: {
      ru: 'на портале-песочнице нет пользователя роли {role} ({email})',
      en: 'the sandbox portal has no user for role {role} ({email})',
    },
    hint: {
      ru: 'Проверьте e-mail роли в users и запустите снова: b24cfg sandbox handwork b24cfg.yaml --state portal.json',
      en: 'Check the role’s e-mail in users and run again: b24cfg sandbox handwork b24cfg.yaml --state portal.json',
    },
  },
  HANDWORK_NO_DOCUMENT: {
    exit: EXIT.findings,
    message: {
      ru: 'на портале-песочнице нет шаблона документа «{name}»',
      en: 'the sandbox portal has no document template “{name}”',
    },
    hint: APPLY_FIRST,
  },
});
