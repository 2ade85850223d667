import { defineMessages } from '../../core/catalogue.js';

/** Plan texts of the company structure (departments, heads, members, supervisors). */
export const DEPARTMENT_MESSAGES = defineMessages({
  // Notes of an export (src/resources/departments/to-spec.ts), in the spec's header.
  exportRepeated: {
    ru: 'отдел «{name}» в «{parent}» не выгружен: отдел с таким названием уже есть в спецификации, а отделы в ней различаются по названию',
    en: 'department “{name}” under “{parent}” is not exported: the spec already has a department of that name, and it tells departments apart by name',
  },
  exportParentRepeated: {
    ru: 'отдел «{name}» выгружен без родителя: его родитель «{parent}» не выгружен (такое название уже занято)',
    en: 'department “{name}” is exported without its parent: its parent “{parent}” is not exported (the name is taken)',
  },
  exportParentHidden: {
    ru: 'отдел «{name}» выгружен без родителя: портал не показал его родителя ({parent})',
    en: 'department “{name}” is exported without its parent: the portal did not show its parent ({parent})',
  },
  structureReason: {
    ru: 'структура компании меняется только с флагом --allow-structure-changes (или вручную)',
    en: 'the company structure changes only with --allow-structure-changes (or by hand)',
  },
  peopleReason: {
    ru: 'b24cfg не переводит сотрудников между отделами — это делается в структуре компании',
    en: 'b24cfg does not move people between departments: that is done in the company structure',
  },
  supervisorReason: {
    ru: 'руководитель сотрудника в Bitrix24 — это руководитель его отдела',
    en: 'in Bitrix24 a person’s supervisor is the head of their department',
  },
  unreadable: {
    ru: 'структура компании не читается этим вебхуком ({code})',
    en: 'this webhook cannot read the company structure ({code})',
  },
  unreadableSummary: {
    ru: 'проверьте руководителей и состав отделов вручную',
    en: 'check department heads and members by hand',
  },
  create: {
    ru: 'создать отдел «{name}» в «{parent}»',
    en: 'create department “{name}” under “{parent}”',
  },
  createWithHead: {
    ru: 'создать отдел «{name}» в «{parent}», руководитель — {head}',
    en: 'create department “{name}” under “{parent}”, head: {head}',
  },
  parentMissing: {
    ru: 'родительского отдела «{parent}» нет на портале',
    en: 'parent department “{parent}” is not on the portal',
  },
  parentMissingHint: {
    ru: 'Опишите его в departments или создайте в Bitrix24.',
    en: 'Describe it in departments or create it in Bitrix24.',
  },
  rootHasNoParent: {
    ru: 'у корневого отдела компании не бывает родителя',
    en: 'the company’s root department cannot have a parent',
  },
  fixParentHint: { ru: 'Исправьте parent в departments.', en: 'Fix parent in departments.' },
  setHead: {
    ru: 'назначить руководителем отдела «{name}»: {head} (сейчас: {now})',
    en: 'make {head} head of department “{name}” (now: {now})',
  },
  move: {
    ru: 'перенести отдел «{name}» в «{parent}»',
    en: 'move department “{name}” under “{parent}”',
  },
  addMember: {
    ru: 'добавить {person} в отдел «{name}»',
    en: 'add {person} to department “{name}”',
  },
  supervisor: {
    ru: 'руководитель {person} на портале — {actual}, по спецификации — {wanted}',
    en: 'on the portal {person} reports to {actual}, the spec says {wanted}',
  },
  supervisorIn: {
    ru: 'руководитель {person} на портале — {actual}, по спецификации — {wanted} (сейчас сотрудник в отделе «{dept}»)',
    en: 'on the portal {person} reports to {actual}, the spec says {wanted} (the person is in department “{dept}” now)',
  },
  positionReason: {
    ru: 'b24cfg не меняет профили сотрудников — должность указывают в профиле',
    en: 'b24cfg does not edit people’s profiles: the position is set in the profile',
  },
  position: {
    ru: 'в профиле {person} указать должность «{position}» (сейчас: «{now}»)',
    en: 'set the position of {person} to “{position}” in their profile (now: “{now}”)',
  },
  positionNone: {
    ru: 'в профиле {person} указать должность «{position}» (сейчас не указана)',
    en: 'set the position of {person} to “{position}” in their profile (none now)',
  },
  nobody: { ru: 'никто', en: 'nobody' },
  // How the plan names a department change (src/resources/departments/describe.ts).
  headline: { ru: 'отдел «{name}»', en: 'department “{name}”' },
  group: { ru: 'Структура компании', en: 'Company structure' },
});
