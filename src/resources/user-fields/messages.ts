import { defineMessages } from '../../core/catalogue.js';

/** Plan texts of CRM user fields and their list items. */
export const USER_FIELD_MESSAGES = defineMessages({
  fieldHasValues: {
    ru: 'в поле хранятся значения — удаление сотрёт их',
    en: 'the field holds values: deleting it erases them',
  },
  fieldHasValuesHint: {
    ru: 'Если данные не нужны, повторите с --allow-data-loss.',
    en: 'If the data is not needed, run again with --allow-data-loss.',
  },
  immutable: {
    ru: 'тип поля и множественность в Bitrix24 после создания не меняются',
    en: 'Bitrix24 cannot change a field’s type or multiplicity after it is created',
  },
  immutableHint: {
    ru: 'Создайте новое поле с другим кодом и перенесите данные, либо верните прежний тип.',
    en: 'Create a new field under another code and migrate the data, or keep the old type.',
  },
  itemInUse: {
    ru: 'это значение выбрано в записях — удаление сотрёт выбор',
    en: 'records have this value selected: deleting it clears them',
  },
  itemInUseHint: {
    ru: 'Если это допустимо, повторите с --allow-data-loss.',
    en: 'If that is acceptable, run again with --allow-data-loss.',
  },
  // How the plan names a field or list item change (src/resources/user-fields/describe.ts).
  headline: { ru: 'поле {name}', en: 'field {name}' },
  headlineCreate: { ru: 'поле {name} {type}', en: 'field {name} {type}' },
  itemHeadline: { ru: 'значение «{name}» поля {field}', en: 'list item “{name}” of {field}' },
  groupDeal: { ru: 'Поля сделки', en: 'Deal fields' },
  groupLead: { ru: 'Поля лида', en: 'Lead fields' },
  groupContact: { ru: 'Поля контакта', en: 'Contact fields' },
  groupCompany: { ru: 'Поля компании', en: 'Company fields' },
  createdLabel: { ru: '«{label}»', en: '«{label}»' },
  createdMultiple: { ru: 'множественное', en: 'multiple' },
  createdItems: { ru: '{n} знач.', en: '{n} items' },
  keptOne: { ru: '{n} пол(ей)', en: '{n} field' },
  keptMany: { ru: '{n} пол(ей)', en: '{n} fields' },
  keptItemOne: { ru: '{n} значен. списков', en: '{n} list item' },
  keptItemMany: { ru: '{n} значен. списков', en: '{n} list items' },
});
