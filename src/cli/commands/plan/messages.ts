import { defineMessages } from '../../../core/catalogue.js';

/** `b24cfg plan`: help texts. */
export const PLAN_HELP = defineMessages({
  command: {
    ru: 'показать, что изменится на портале: направления, этапы, поля (+ создать, ~ изменить, ⇄ переименовать, - удалить, ✗ отклонено, ! вручную)',
    en: 'show what would change on the portal: pipelines, stages, fields (+ create, ~ update, ⇄ rename, - delete, ✗ refused, ! by hand)',
  },
  spec: { ru: 'файл спецификации', en: 'spec file' },
  out: { ru: 'сохранить план в JSON для b24cfg apply', en: 'save the plan as JSON for b24cfg apply' },
  detailedExitcode: {
    ru: 'код выхода 2, если есть изменения (0 — нет): проверка дрейфа в CI; с --crm-settings считаются и ручные пункты, которые отличаются от архива',
    en: 'exit 2 when there are changes (0 when none): drift checks in CI; with --crm-settings, manual items that differ from the archive count too',
  },
  prune: {
    ru: 'удалять объекты вне спецификации (нужно и manage.prune: true)',
    en: 'delete objects absent from the spec (needs manage.prune: true too)',
  },
  allowDataLoss: {
    ru: 'разрешить удаление полей и значений списков, в которых есть данные',
    en: 'allow deleting fields and list items that hold data',
  },
  allowStructureChanges: {
    ru: 'планировать изменения структуры компании: руководителей и состав отделов',
    en: 'plan changes to the company structure: department heads and departments',
  },
});

export const PLAN_MESSAGES = defineMessages({
  pruneNeedsSpec: {
    ru: 'Внимание: --prune действует, только если в спецификации manage.prune: true — удалений в плане не будет.',
    en: 'Note: --prune only takes effect with manage.prune: true in the spec; the plan deletes nothing.',
  },
  saved: {
    ru: 'План сохранён: {path} (применить: {command})',
    en: 'Plan saved: {path} (apply it: {command})',
  },
});
