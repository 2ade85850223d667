import { defineErrors } from '../core/catalogue.js';
import { EXIT } from '../core/exit-codes.js';

/** `.b24cfg/attestations.yaml`, read by every audit. */
export const ATTESTATIONS_ERRORS = defineErrors({
  ATTESTATIONS_INVALID: {
    exit: EXIT.findings,
    message: {
      ru: 'файл подтверждений не читается: {why}',
      en: 'the attestations file cannot be read: {why}',
    },
    hint: {
      ru: 'Исправьте файл вручную или удалите запись; новые записи добавляет команда b24cfg attest.',
      en: 'Fix the file by hand or remove the entry; b24cfg attest adds new entries.',
    },
  },
});
