import { defineMessages } from '../../core/catalogue.js';

/** The lines `apply` (and `restore`) print about a run. */
export const APPLY_REPORT_MESSAGES = defineMessages({
  applied: {
    ru: '✓ Применено изменений: {n}. Проверено повторным чтением портала.',
    en: '✓ Applied {n} change(s), verified by reading the portal back.',
  },
  notVerified: {
    ru: 'Все {n} изменений отправлены, но проверить их чтением портала не удалось: {why}',
    en: 'All {n} changes were sent, but reading the portal back to verify them failed: {why}',
  },
  verifyAndFinish: {
    ru: 'Проверить и доделать: b24cfg apply {spec} --resume {run}',
    en: 'Verify and finish: b24cfg apply {spec} --resume {run}',
  },
  partly: {
    ru: 'Применено {ok} из {all} изменений.',
    en: 'Applied {ok} of {all} changes.',
  },
  notApplied: { ru: '— не применено', en: '— not applied' },
  answeredFalse: {
    ru: 'портал ответил false: запись отклонена, ничего из неё не сохранено',
    en: 'the portal answered false: it refused the write and kept nothing of it',
  },
  resume: {
    ru: 'Продолжить: b24cfg apply {spec} --resume {run}',
    en: 'Continue: b24cfg apply {spec} --resume {run}',
  },
  notKept: {
    ru: 'Портал не сохранил эти значения (причины выше): поправьте спецификацию или настройки портала и запустите apply снова.',
    en: 'The portal did not keep these values (reasons above): adjust the spec or the portal settings and run apply again.',
  },
  manual: {
    ru: 'Вручную (REST этого не умеет): {n} пунктов — b24cfg checklist {spec}',
    en: 'By hand (REST cannot do these): {n} items — b24cfg checklist {spec}',
  },
  files: {
    ru: 'Журнал: {j} · снимок для отката: {s}',
    en: 'Journal: {j} · snapshot to roll back: {s}',
  },
});
