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
  staleLockRemoved: {
    ru: 'Файл блокировки {path} пуст или не читается дольше {s} с — его оставил остановившийся процесс; он удалён.',
    en: 'The lock file {path} has been empty or unreadable for over {s} s: a process that stopped left it; removed.',
  },
  inheritingRun: {
    ru: 'Запуск {run} прервался: стандартные этапы созданных им направлений ({n}) тоже будут убраны.',
    en: 'Run {run} was interrupted: the default stages of the pipelines it created ({n}) are removed too.',
  },
});

const REMAKE_PLAN = {
  ru: 'Составьте план заново и посмотрите его: {remake}',
  en: 'Make the plan again and review it: {remake}',
};

export const APPLY_ERRORS = defineErrors({
  PLAN_HAS_REFUSED_CHANGES: {
    exit: EXIT.findings,
    message: {
      ru: 'отклонённых изменений в плане: {n} (✗) — применять не начинаю',
      en: 'the plan has {n} refused change(s) (✗); not starting',
    },
    hint: {
      ru: 'Исправьте спецификацию или портал, как подсказано у каждого ✗, либо примените остальное: {command}',
      en: 'Fix the spec or the portal as each ✗ line says, or apply the rest: {command}',
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
  planDiffersOp: {
    code: 'PLAN_STALE',
    exit: EXIT.stalePlan,
    message: {
      ru: 'сохранённый план не совпадает с планом, составленным сейчас: {id} — в файле {saved}, сейчас {fresh}',
      en: 'the saved plan does not match a plan made now: {id} is {saved} in the file, {fresh} now',
    },
    hint: REMAKE_PLAN,
  },
  planDiffersDetail: {
    code: 'PLAN_STALE',
    exit: EXIT.stalePlan,
    message: {
      ru: 'сохранённый план не совпадает с планом, составленным сейчас: изменение {id} в файле другое',
      en: 'the saved plan does not match a plan made now: the change {id} differs in the file',
    },
    hint: REMAKE_PLAN,
  },
  planDiffersExtra: {
    code: 'PLAN_STALE',
    exit: EXIT.stalePlan,
    message: {
      ru: 'сохранённый план не совпадает с планом, составленным сейчас: изменения {id} сейчас в плане нет',
      en: 'the saved plan does not match a plan made now: a plan made now has no change {id}',
    },
    hint: REMAKE_PLAN,
  },
  planDiffersMissing: {
    code: 'PLAN_STALE',
    exit: EXIT.stalePlan,
    message: {
      ru: 'сохранённый план не совпадает с планом, составленным сейчас: в нём нет изменения {id}',
      en: 'the saved plan does not match a plan made now: the file lacks the change {id}',
    },
    hint: REMAKE_PLAN,
  },
  PLAN_NEEDS_FLAGS: {
    exit: EXIT.findings,
    message: {
      ru: 'план составлен с {flags}: разрешение удалять даётся в командной строке apply, а не в файле плана',
      en: 'the plan was made with {flags}: the permission to delete is given on the apply command line, not by the plan file',
    },
    hint: {
      ru: 'Если план проверен, примените его с теми же флагами: {command}',
      en: 'If you reviewed the plan, apply it with the same flags: {command}',
    },
  },
  PLAN_OTHER_PORTAL: {
    exit: EXIT.stalePlan,
    message: {
      ru: 'план составлен для портала {planned}, а не для {actual}',
      en: 'the plan was made for {planned}, not for {actual}',
    },
    hint: {
      ru: 'Составьте план для этого портала: {remake}',
      en: 'Make a plan for this portal: {remake}',
    },
  },
  JOURNAL_EMPTY: {
    message: { ru: 'в журнале нет записи о начале', en: 'the journal has no start record' },
  },
  RESUME_SPEC_CHANGED: {
    exit: EXIT.findings,
    message: {
      ru: 'спецификация изменилась после прерванного запуска {run}',
      en: 'the spec changed after the interrupted run {run}',
    },
    hint: {
      ru: 'Запустите обычный apply: он сравнит портал с новой спецификацией и, как --resume, уберёт стандартные этапы направлений, созданных запуском {run}: {command}',
      en: 'Run a plain apply: it compares the portal with the new spec and, like --resume, removes the default stages of the pipelines run {run} created: {command}',
    },
  },
  RESUME_OTHER_PORTAL: {
    exit: EXIT.findings,
    message: {
      ru: 'запуск {run} шёл на портале {journal}, а не на {portal}',
      en: 'run {run} was on portal {journal}, not on {portal}',
    },
    hint: {
      ru: 'Чтобы закончить запуск {run}, укажите в --portal портал {journal}. Чтобы привести {portal} к спецификации, примените её обычным образом: {command}',
      en: 'To finish run {run}, pass portal {journal} to --portal. To bring {portal} to the spec, apply it as usual: {command}',
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
      ru: 'Доступные запуски: {list}. Последний продолжает: {command}',
      en: 'Available runs: {list}. To continue the latest: {command}',
    },
  },
  noJournals: {
    code: 'JOURNAL_NOT_FOUND',
    message: {
      ru: 'отсюда ещё не запускали apply: продолжать нечего ({dir} пуст)',
      en: 'no apply has run from here yet: there is nothing to resume ({dir} is empty)',
    },
    hint: { ru: 'Примените спецификацию: {command}', en: 'Apply the spec: {command}' },
  },
  SNAPSHOT_NOT_FOUND: {
    message: {
      ru: 'снимков нет: apply ещё не запускали отсюда ({dir} пуст)',
      en: 'there are no snapshots: no apply has run from here yet ({dir} is empty)',
    },
    hint: {
      ru: 'Снимок делает каждый apply перед записью, в .b24cfg/snapshots/ рядом со своей спецификацией; запустите из той папки: {command}',
      en: 'Every apply takes one before it writes, in .b24cfg/snapshots/ next to its spec; run this from that folder: {command}',
    },
  },
  APPLY_LOCKED: {
    exit: EXIT.findings,
    message: {
      ru: 'на этом портале уже идёт другое применение (процесс {pid} на {host}, с {at})',
      en: 'another apply is already running on this portal (process {pid} on {host}, since {at})',
    },
    hint: {
      ru: 'Дождитесь его окончания. Если процесса {pid} нет, удалите файл блокировки: rm {path}',
      en: 'Wait for it to finish. If process {pid} is gone, delete the lock file: rm {path}',
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
      ru: 'Проверьте, идёт ли оно ещё; если процесса нет, удалите файл блокировки: rm {path}',
      en: 'Check whether it still runs; if that process is gone, delete the lock file: rm {path}',
    },
  },
  LOCK_DIR_FOREIGN: {
    exit: EXIT.findings,
    message: {
      ru: 'папка блокировок {dir} принадлежит другому пользователю или не является папкой',
      en: 'the lock folder {dir} belongs to another user or is not a folder',
    },
    hint: {
      ru: 'Удалите её (её создал не b24cfg этого пользователя) или задайте XDG_RUNTIME_DIR своей папкой.',
      en: 'Remove it (b24cfg of this user did not create it), or set XDG_RUNTIME_DIR to a folder of your own.',
    },
  },
});
