import { defineErrors, defineMessages } from '../../../core/catalogue.js';
import { EXIT } from '../../../core/exit-codes.js';

/** `b24cfg apply`: help texts. */
export const APPLY_HELP = defineMessages({
  command: {
    ru: 'применить спецификацию или сохранённый план: показать план, спросить подтверждение, выполнить, перепроверить чтением',
    en: 'apply a spec or a saved plan: show the plan, ask, execute, verify by reading back',
  },
  target: {
    ru: 'спецификация (.yaml) или план (.json): план составляется заново и применяется, только если совпал с сохранённым',
    en: 'spec (.yaml) or plan (.json): a plan is made again and applied only if it equals the saved one',
  },
  yes: { ru: 'не спрашивать подтверждения (для CI)', en: 'do not ask for confirmation (for CI)' },
  prune: {
    ru: 'удалять объекты вне спецификации (нужно и manage.prune: true); для плана .json — тоже здесь, флаги из файла не действуют',
    en: 'delete objects absent from the spec (needs manage.prune: true too); for a .json plan too: flags inside the file do not count',
  },
  allowDataLoss: {
    ru: 'разрешить удаление полей и значений списков с данными (для плана .json — тоже здесь)',
    en: 'allow deleting fields and list items that hold data (for a .json plan too)',
  },
  skipBlocked: {
    ru: 'применить план, даже если часть изменений отклонена (✗)',
    en: 'apply even when some changes are refused (✗)',
  },
  allowStructureChanges: {
    ru: 'разрешить менять структуру компании: руководителей и состав отделов (department.*)',
    en: 'allow changing the company structure: department heads and departments (department.*)',
  },
  checklist: {
    ru: 'записать чек-лист ручной настройки (.md или .html; можно указать дважды)',
    en: 'write the hand-setup checklist (.md or .html; may be given twice)',
  },
  resume: {
    ru: 'закончить прерванный запуск (сбой, Ctrl-C: запрос в пути доходит, дальше ничего не шлётся, код 4): id из .b24cfg/journal или last',
    en: 'finish an interrupted run (a failure, or Ctrl-C: the request in flight finishes, nothing more is sent, exit 4): id from .b24cfg/journal, or last',
  },
});

/** What `apply` (and `restore`) say on the way. */
export const APPLY_CLI_MESSAGES = defineMessages({
  crmSettingsForChecklist: {
    ru: 'Внимание: --crm-settings в apply влияет только на чек-лист (--checklist FILE); без него архив не используется.',
    en: 'Note: in apply, --crm-settings only shapes the checklist (--checklist FILE); without one the archive is not used.',
  },
  confirm: {
    ru: 'Применить {n} изменений к {host}? [y/N]',
    en: 'Apply {n} change(s) to {host}? [y/N]',
  },
  cancelled: {
    ru: 'Отменено, портал не изменён.',
    en: 'Cancelled; the portal was not changed.',
  },
  applying: { ru: 'Применяем…', en: 'Applying…' },
  applyingCalls: {
    ru: 'Применяем: {done} из {total} вызовов',
    en: 'Applying: {done} of {total} calls',
  },
  interrupted: { ru: 'Применение прервано', en: 'Apply interrupted' },
  interruptedBeforeWrites: {
    ru: 'Прервано до начала записи: портал не изменён.',
    en: 'Interrupted before anything was written; the portal was not changed.',
  },
  checklistWritten: {
    ru: 'Чек-лист ручной настройки: {files}',
    en: 'Hand-setup checklist: {files}',
  },
  alreadyFinished: {
    ru: 'Этот запуск уже завершён; проверяем портал заново.',
    en: 'That run already finished; checking the portal again.',
  },
  resuming: { ru: 'Продолжаем запуск {run}.', en: 'Resuming run {run}.' },
});

export const APPLY_CLI_ERRORS = defineErrors({
  USAGE: {
    message: { ru: 'укажите спецификацию или файл плана', en: 'give a spec or a plan file' },
    hint: {
      ru: '{spec} или {plan}',
      en: '{spec} or {plan}',
    },
  },
  APPLY_NEEDS_YES: {
    exit: EXIT.findings,
    message: {
      ru: 'нет терминала для подтверждения — портал не изменён',
      en: 'no terminal to confirm on; the portal was not changed',
    },
    hint: {
      ru: 'В CI и скриптах добавьте --yes, посмотрев план (b24cfg plan).',
      en: 'In CI and scripts add --yes after reviewing the plan (b24cfg plan).',
    },
  },
});
