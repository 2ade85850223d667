import { defineMessages } from '../../core/catalogue.js';

/** The lines `apply` (and `restore`) print about a run. */
export const APPLY_REPORT_MESSAGES = defineMessages({
  applied: {
    ru: '✓ Применено изменений: {n}. Проверено повторным чтением портала.',
    en: '✓ Applied {n} change(s), verified by reading the portal back.',
  },
  notVerified: {
    ru: 'Отправлены все изменения ({n}), но проверить их чтением портала не удалось: {why}',
    en: 'All changes were sent ({n}), but reading the portal back to verify them failed: {why}',
  },
  verifyAndFinish: {
    ru: 'Проверить и доделать: {command}',
    en: 'Verify and finish: {command}',
  },
  interrupted: {
    ru: 'Прервано: применено {ok} из {all} изменений.',
    en: 'Interrupted: {ok} of {all} changes applied.',
  },
  partly: {
    ru: 'Применено {ok} из {all} изменений.',
    en: 'Applied {ok} of {all} changes.',
  },
  notAppliedCount: {
    ru: 'Не применено: {n} (не отправлены или отклонены порталом).',
    en: 'Not applied: {n} (never sent, or refused by the portal).',
  },
  notVerifiedCount: {
    ru: 'Неизвестно: {n} (отправлены, ответ портала потерян; продолжение перечитает портал).',
    en: 'Not verified: {n} (sent, the answer was lost; continuing reads the portal again).',
  },
  notReadBack: {
    ru: 'Портал не удалось перечитать для проверки: {why}',
    en: 'The portal could not be read back to verify: {why}',
  },
  notApplied: { ru: '— не применено', en: '— not applied' },
  answeredFalse: {
    ru: 'портал ответил false: запись отклонена, ничего из неё не сохранено',
    en: 'the portal answered false: it refused the write and kept nothing of it',
  },
  andMore: {
    ru: '  … и ещё {n} (все вызовы — в журнале)',
    en: '  … and {n} more (the journal lists every call)',
  },
  continueWith: {
    ru: 'Продолжить: {command}',
    en: 'Continue with: {command}',
  },
  notKept: {
    ru: 'Портал не сохранил эти значения (причины выше): поправьте спецификацию или настройки портала и запустите apply снова.',
    en: 'The portal did not keep these values (reasons above): adjust the spec or the portal settings and run apply again.',
  },
  manual: {
    ru: 'Вручную (REST этого не умеет): {items} — b24cfg checklist {spec}',
    en: 'By hand (REST cannot do these): {items} — b24cfg checklist {spec}',
  },
  files: {
    ru: 'Журнал: {j} · снимок для отката: {s}',
    en: 'Journal: {j} · snapshot to roll back: {s}',
  },
});

/** What `restore` says about the snapshot once it is done (src/apply/restore-gaps.ts). */
export const RESTORE_REPORT_MESSAGES = defineMessages({
  matches: {
    ru: 'Изменений нет: настройка портала совпадает со снимком.',
    en: 'No changes: the portal configuration matches the snapshot.',
  },
  gapsHeading: {
    ru: 'Не удалось вернуть к снимку ({n}):',
    en: 'Could not be restored to the snapshot ({n}):',
  },
  missing: {
    ru: '{where}: есть в снимке, на портале нет',
    en: '{where}: in the snapshot, not on the portal',
  },
  added: {
    ru: '{where}: появилось после снимка и осталось (например, на этапе есть сделки)',
    en: '{where}: added since the snapshot and kept (for example, a stage that holds deals)',
  },
  differs: {
    ru: '{where}: {field} в снимке {snapshot}, сейчас {now}',
    en: '{where}: {field} is {snapshot} in the snapshot, {now} now',
  },
  unknown: {
    ru: 'Портал не перечитан после восстановления — что осталось отличаться, неизвестно.',
    en: 'The portal was not read back after the restore: what still differs is not known.',
  },
});
