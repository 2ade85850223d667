import { defineErrors, defineMessages } from '../core/catalogue.js';
import { EXIT } from '../core/exit-codes.js';

/** What an apply, a resume or a restore tells the user on the way (stderr notes). */
export const APPLY_MESSAGES = defineMessages({
  replanning: {
    ru: 'Портал изменился, пока мы ждали: составляем план заново.',
    en: 'The portal changed while we waited: planning again.',
  },
  waitingForOtherApply: {
    ru: 'На этом портале идёт другое применение ({holder}), ждём его окончания…',
    en: 'Another apply is running on this portal ({holder}); waiting for it to finish…',
  },
});

const REMAKE_PLAN = {
  ru: 'Составьте план заново (b24cfg plan … --out plan.json) и посмотрите его.',
  en: 'Make the plan again (b24cfg plan … --out plan.json) and review it.',
};

export const APPLY_ERRORS = defineErrors({
  PLAN_HAS_REFUSED_CHANGES: {
    exit: EXIT.findings,
    message: {
      ru: 'в плане {n} отклонённых изменений (✗) — применять не начинаю',
      en: 'the plan has {n} refused change(s) (✗); not starting',
    },
    hint: {
      ru: 'Исправьте спецификацию или портал, как подсказано у каждого ✗, либо примените остальное с --skip-blocked.',
      en: 'Fix the spec or the portal as each ✗ line says, or apply the rest with --skip-blocked.',
    },
  },
  PLAN_STALE: {
    exit: EXIT.stalePlan,
    message: {
      ru: 'портал изменился после того, как план был составлен — план устарел',
      en: 'the portal changed after the plan was made: the plan is stale',
    },
    hint: REMAKE_PLAN,
  },
  specChangedSincePlan: {
    code: 'PLAN_STALE',
    exit: EXIT.stalePlan,
    message: {
      ru: 'спецификация изменилась после того, как план был составлен',
      en: 'the spec changed after the plan was made',
    },
    hint: REMAKE_PLAN,
  },
  PLAN_OTHER_PORTAL: {
    exit: EXIT.stalePlan,
    message: {
      ru: 'план составлен для портала {planned}, а не для {actual}',
      en: 'the plan was made for {planned}, not for {actual}',
    },
    hint: {
      ru: 'Составьте план для этого портала: b24cfg plan.',
      en: 'Make a plan for this portal: b24cfg plan.',
    },
  },
  JOURNAL_EMPTY: {
    message: { ru: 'в журнале нет записи о начале', en: 'the journal has no start record' },
  },
  RESUME_SPEC_CHANGED: {
    exit: EXIT.findings,
    message: {
      ru: 'спецификация изменилась после прерванного запуска',
      en: 'the spec changed after the interrupted run',
    },
    hint: {
      ru: 'Запустите обычный apply: он учтёт уже сделанное, потому что сравнивает с порталом.',
      en: 'Run a plain apply: it accounts for what was done, since it compares with the portal.',
    },
  },
  RESUME_OTHER_PORTAL: {
    exit: EXIT.findings,
    message: {
      ru: 'запуск {run} шёл на портале {journal}, а не на {portal}',
      en: 'run {run} was on portal {journal}, not on {portal}',
    },
    hint: {
      ru: 'Укажите тот же портал или запуск этого портала: --resume <id из .b24cfg/journal>.',
      en: 'Give the same portal, or a run of this portal: --resume <id from .b24cfg/journal>.',
    },
  },
  SNAPSHOT_OTHER_PORTAL: {
    exit: EXIT.findings,
    message: {
      ru: 'снимок сделан на портале {snap}, а не на {portal}',
      en: 'the snapshot was taken on {snap}, not on {portal}',
    },
    hint: { ru: 'Укажите тот же портал в --portal.', en: 'Pass the same portal to --portal.' },
  },
  JOURNAL_NOT_FOUND: {
    message: { ru: 'журнал применения не найден', en: 'the apply journal was not found' },
    hint: {
      ru: 'Журналы лежат в .b24cfg/journal/ рядом со спецификацией.',
      en: 'Journals live in .b24cfg/journal/ next to the spec.',
    },
  },
  noSuchJournal: {
    code: 'JOURNAL_NOT_FOUND',
    message: { ru: 'нет журнала применения «{id}»', en: 'no apply journal "{id}"' },
    hint: {
      ru: 'Доступные запуски: {list}. Или укажите --resume last.',
      en: 'Available runs: {list}. Or use --resume last.',
    },
  },
  APPLY_LOCKED: {
    exit: EXIT.findings,
    message: {
      ru: 'на этом портале уже идёт другое применение (процесс {pid} на {host}, с {at})',
      en: 'another apply is already running on this portal (process {pid} on {host}, since {at})',
    },
    hint: {
      ru: 'Дождитесь его окончания. Если процесса нет, удалите файл блокировки и проверьте портал: b24cfg plan.',
      en: 'Wait for it to finish. If that process is gone, delete the lock file and check the portal: b24cfg plan.',
    },
  },
  otherApplyTooLong: {
    code: 'APPLY_LOCKED',
    exit: EXIT.findings,
    message: {
      ru: 'другое применение на этом портале не закончилось за {min} мин',
      en: 'another apply on this portal did not finish within {min} min',
    },
    hint: {
      ru: 'Проверьте, идёт ли оно ещё; если процесса нет, удалите файл блокировки.',
      en: 'Check whether it still runs; if that process is gone, delete the lock file.',
    },
  },
});
