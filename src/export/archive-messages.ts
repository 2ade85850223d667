import { defineMessages } from '../core/catalogue.js';

/**
 * Header notes of `export --crm-settings`: what the archive holds that the spec cannot say, so it
 * was not written (plan then shows it as "only on the portal").
 */
export const EXPORT_ARCHIVE_MESSAGES = defineMessages({
  unknownRobot: {
    ru: 'робот {type} на стадии «{stage}» ({pipeline}) не выгружен: b24cfg не знает этот вид робота',
    en: 'robot {type} on stage “{stage}” ({pipeline}) is not exported: b24cfg does not know this kind of robot',
  },
  robotOff: {
    ru: 'робот «{robot}» на стадии «{stage}» ({pipeline}) не выгружен: он выключен, а спецификация описывает только работающих роботов',
    en: 'robot “{robot}” on stage “{stage}” ({pipeline}) is not exported: it is switched off, and the spec describes only robots that run',
  },
  robotNotExpressible: {
    ru: 'робот «{robot}» на стадии «{stage}» ({pipeline}) не выгружен: спецификация не может описать {what}',
    en: 'robot “{robot}” on stage “{stage}” ({pipeline}) is not exported: the spec cannot describe {what}',
  },
  triggerUnknown: {
    ru: 'триггер {code} на стадии «{stage}» ({pipeline}) не выгружен: b24cfg не знает этот триггер',
    en: 'trigger {code} on stage “{stage}” ({pipeline}) is not exported: b24cfg does not know this trigger',
  },
  stageNotInSpec: {
    ru: 'роботы и триггеры стадии «{stage}» ({pipeline}) не выгружены: в спецификации у этой стадии нет места для них',
    en: 'robots and triggers of stage “{stage}” ({pipeline}) are not exported: the spec has no place for them on this stage',
  },
  triggersNotInSpec: {
    ru: 'триггеры стадии «{stage}» ({pipeline}) не выгружены: в спецификации триггеры бывают только у рабочих стадий',
    en: 'triggers of stage “{stage}” ({pipeline}) are not exported: the spec has triggers on process stages only',
  },
  requiredNotExpressible: {
    ru: 'обязательность поля {field} ({pipeline}, {range}) не выгружена: спецификация описывает только «с этой рабочей стадии до успешной»',
    en: 'field {field} required in {pipeline} ({range}) is not exported: the spec describes only "from this process stage to the success stage"',
  },
  pipelineNotExported: {
    ru: 'направление «{pipeline}» из архива не выгружено: на портале нет направления с таким названием',
    en: 'pipeline “{pipeline}” of the archive is not exported: the portal has no pipeline of that name',
  },
});

/** The exported file's header when the manual half came from the archive (a date, not an age: the file stays the same). */
export const EXPORT_ARCHIVE_HEADER = defineMessages({
  fromArchive: {
    ru: 'Роботы и задачи на стадиях, триггеры, туннели, обязательные поля и права выгружены из архива настроек CRM {archive} (архив от {date}).',
    en: 'Robots and stage tasks, triggers, tunnels, required fields and permissions were written from the CRM settings archive {archive} (archive of {date}).',
  },
  notInArchive: {
    ru: 'Шаблоны писем, быстрые ответы и план продаж не читаются ни через REST, ни из архива: опишите их в разделах-заготовках внизу файла.',
    en: 'E-mail templates, quick answers and the sales plan are read neither over REST nor from the archive: describe them in the placeholder sections at the end of this file.',
  },
  unknownDate: { ru: 'неизвестной даты', en: 'unknown date' },
});

/** What a robot holds that the spec cannot describe, for `robotNotExpressible`. */
export const NOT_EXPRESSIBLE = defineMessages({
  people: { ru: 'таких исполнителей', en: 'these people' },
  deadline: { ru: 'такой срок', en: 'this deadline' },
  delay: { ru: 'такую задержку', en: 'this delay' },
  document: {
    ru: 'шаблон документа, которого нет на портале',
    en: 'a document template the portal does not have',
  },
  target: { ru: 'направление, которого нет в спецификации', en: 'a pipeline the spec does not hold' },
});
