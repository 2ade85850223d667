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
