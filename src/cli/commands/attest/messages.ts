import { defineMessages } from '../../../core/catalogue.js';

/** `b24cfg attest`: help texts. */
export const ATTEST_HELP = defineMessages({
  command: {
    ru: 'подтвердить стандарт, который нельзя проверить через API, или временно исключить стандарт из оценки (.b24cfg/attestations.yaml)',
    en: 'attest a standard no API can check, or waive a standard for a while (.b24cfg/attestations.yaml)',
  },
  standard: { ru: 'стандарт, например SD-13', en: 'the standard, e.g. SD-13' },
  by: { ru: 'кто проверил', en: 'who checked' },
  note: { ru: 'что именно проверено', en: 'what exactly was checked' },
  evidence: {
    ru: 'ссылка на доказательство (скриншот, документ)',
    en: 'a link to the evidence (screenshot, document)',
  },
  expires: { ru: 'действует до ГГГГ-ММ-ДД', en: 'valid until YYYY-MM-DD' },
  spec: {
    ru: 'положить файл рядом с этой спецификацией (иначе — в текущую папку)',
    en: 'keep the file next to this spec (else in the current folder)',
  },
  suppress: {
    ru: 'исключить стандарт из оценки (нужны --reason и --expires)',
    en: 'waive the standard (needs --reason and --expires)',
  },
  reason: { ru: 'почему стандарт исключён', en: 'why the standard is waived' },
});

export const ATTEST_MESSAGES = defineMessages({
  until: { ru: ' до {d}', en: ' until {d}' },
  attestation: { ru: 'Подтверждение', en: 'Attestation' },
  suppression: { ru: 'Исключение', en: 'Suppression' },
});
