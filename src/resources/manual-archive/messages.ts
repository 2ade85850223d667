import { defineMessages } from '../../core/catalogue.js';
import type { ArchiveStatus, DifferenceField, UnprovableReason } from './types.js';

/** Words for the comparison's verdicts, difference fields and reasons; renderers look them up by id. */
export const ARCHIVE_STATUS_LABELS = defineMessages({
  matches: { ru: 'совпадает с архивом', en: 'matches the archive' },
  differs: { ru: 'отличается от архива', en: 'differs from the archive' },
  portal_only: { ru: 'есть только на портале', en: 'only on the portal' },
  not_in_archive: { ru: 'нет в архиве', en: 'not in the archive' },
  unprovable: { ru: 'по архиву не проверить', en: 'cannot be checked from the archive' },
} satisfies Record<ArchiveStatus, unknown>);

export const DIFFERENCE_LABELS = defineMessages({
  presence: { ru: 'наличие', en: 'presence' },
  stage: { ru: 'стадия', en: 'stage' },
  title: { ru: 'название', en: 'title' },
  responsible: { ru: 'ответственный', en: 'responsible' },
  observers: { ru: 'наблюдатели', en: 'observers' },
  deadline: { ru: 'срок', en: 'deadline' },
  delay: { ru: 'задержка', en: 'delay' },
  subject: { ru: 'тема письма', en: 'subject' },
  text: { ru: 'текст', en: 'text' },
  to: { ru: 'получатели', en: 'recipients' },
  template: { ru: 'шаблон документа', en: 'document template' },
  target: { ru: 'куда', en: 'target' },
  mode: { ru: 'копировать или перенести', en: 'copy or move' },
  required_from: { ru: 'обязательно со стадии', en: 'required from stage' },
  deny: { ru: 'запрещено', en: 'denied' },
  allow: { ru: 'разрешено', en: 'allowed' },
  activated: { ru: 'робот включён', en: 'robot switched on' },
} satisfies Record<DifferenceField, unknown>);

export const UNPROVABLE_LABELS = defineMessages({
  pipeline_not_in_archive: {
    ru: 'направления с таким названием нет в архиве',
    en: 'the archive has no pipeline of that name',
  },
  template_unreadable: {
    ru: 'шаблон роботов стадии изменён в дизайнере бизнес-процессов: {detail}',
    en: 'the stage’s robot template was edited in the business process designer: {detail}',
  },
  robot_type_not_mapped: {
    ru: 'робот этого типа не отличить в архиве от других',
    en: 'a robot of this type cannot be singled out in the archive',
  },
  needs_portal: {
    ru: 'кто эти люди и шаблоны документов, известно только порталу: добавьте --portal',
    en: 'who these people and document templates are only the portal knows: add --portal',
  },
} satisfies Record<UnprovableReason, unknown>);

/** How one difference reads: "deadline: 2d after entry in the spec, 3d after entry on the portal". */
export const DIFFERENCE_LINE = defineMessages({
  line: {
    ru: '{field}: в спецификации {expected}, на портале {actual}',
    en: '{field}: {expected} in the spec, {actual} on the portal',
  },
  unknownRobot: { ru: 'неизвестный робот {type} на стадии {stage}', en: 'unknown robot {type} on {stage}' },
  unknownTrigger: {
    ru: 'неизвестный триггер {code} на стадии {stage}',
    en: 'unknown trigger {code} on {stage}',
  },
  archiveAge: { ru: 'архив от {date}, {days} дн. назад', en: 'archive of {date}, {days} days old' },
});

/** What is only on the portal, as a plan line or a checklist note names it. */
export const FOUND_WORDS = defineMessages({
  robot: { ru: 'робот «{type}»{detail}', en: 'robot «{type}»{detail}' },
  detail: { ru: ' «{text}»', en: ' «{text}»' },
  trigger: { ru: 'триггер «{type}»{detail}', en: 'trigger «{type}»{detail}' },
  required: { ru: 'обязательное поле {field} ({from})', en: 'required field {field} ({from})' },
  role: { ru: 'роль «{name}»', en: 'role «{name}»' },
  onlyOnPortal: {
    ru: 'есть на портале, нет в спецификации',
    en: 'on the portal, not in the spec',
  },
  unknownDate: { ru: 'архив неизвестной даты', en: 'archive of unknown date' },
  archiveLine: {
    ru: 'Архив настроек CRM {file}: {age}',
    en: 'CRM settings archive {file}: {age}',
  },
});

/**
 * The language-neutral values of a difference (src/resources/manual-archive/neutral.ts) in Russian:
 * whole values first, then the phrases inside one ("2d after entry (work time)"). Durations, field
 * names and spec keys stay as the spec writes them.
 */
export const VALUE_WORDS = defineMessages({
  present: { ru: 'есть', en: 'present' },
  missing: { ru: 'нет', en: 'missing' },
  none: { ru: 'нет', en: 'none' },
  nobody: { ru: 'никто', en: 'nobody' },
  allowed: { ru: 'разрешено', en: 'allowed' },
  denied: { ru: 'запрещено', en: 'denied' },
  on: { ru: 'включён', en: 'on' },
  off: { ru: 'выключен', en: 'off' },
  copy: { ru: 'копировать', en: 'copy' },
  move: { ru: 'перенести', en: 'move' },
});

export const VALUE_PHRASES = defineMessages({
  afterEntry: { ru: ' после входа на стадию', en: ' after entry' },
  workTime: { ru: ' (рабочее время)', en: ' (work time)' },
  notOnPortal: { ru: ' (нет на портале)', en: ' (not on the portal)' },
  notRequired: { ru: 'не обязательно', en: 'not required' },
  allStages: { ru: 'все стадии', en: 'all stages' },
  lostStages: { ru: 'стадии провала', en: 'lost stages' },
  before: { ru: ' до ', en: ' before ' },
  after: { ru: ' после ', en: ' after ' },
  user: { ru: 'пользователь #', en: 'user #' },
  template: { ru: 'шаблон #', en: 'template #' },
  pipeline: { ru: 'направление #', en: 'pipeline #' },
});
