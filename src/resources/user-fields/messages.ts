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
    ru: 'это значение выбрано в записях: после удаления они сохранят номер значения, которого больше нет',
    en: 'records have this value selected: deleting it leaves them holding the id of a value that no longer exists',
  },
  itemInUseHint: {
    ru: 'Если это допустимо, повторите с --allow-data-loss.',
    en: 'If that is acceptable, run again with --allow-data-loss.',
  },
  dateDefaultReason: {
    ru: 'значение по умолчанию у поля типа «дата» портал через REST не меняет: вызов проходит без ошибки, а значение остаётся прежним',
    en: 'a portal does not change the default of a date field over REST: the call succeeds and the old value stays',
  },
  dateDefaultSummary: {
    ru: 'Поле {name}: в настройках поля замените значение по умолчанию «{before}» на «{after}»',
    en: 'Field {name}: in the field settings, change the default value from “{before}” to “{after}”',
  },
  dateDefaultNone: { ru: 'нет', en: 'none' },
  dateDefaultNow: { ru: 'текущая дата', en: 'the current date' },
  dateDefaultFixed: { ru: '{date}', en: '{date}' },
  defaultKeptReason: {
    ru: 'у поля с одним значением портал через REST не снимает значение по умолчанию, пока его не получит другое значение списка',
    en: 'over REST a portal does not clear the default of a single-value list until another item takes it',
  },
  defaultKeptSummary: {
    ru: 'Поле {field}: снимите отметку «по умолчанию» со значения «{value}» в настройках поля',
    en: 'Field {field}: untick “default” on item “{value}” in the field settings',
  },
  otherLanguagesUnread: {
    ru: 'текст задан по языкам, а тексты поля на остальных языках портала прочитать не удалось: такое обновление оставило бы их пустыми',
    en: 'a text per language, and the field’s texts in the portal’s other languages could not be read: such an update would leave them empty',
  },
  otherLanguagesUnreadHint: {
    ru: 'Повторите plan. Если ошибка повторяется, задайте текст одной строкой — она уйдёт во все языки.',
    en: 'Run plan again. If the error repeats, give the text as one string: it goes to every language.',
  },
  exportListLabel: {
    ru: 'поле {name}: заголовок столбца списка или название в фильтре не совпадает с подписью в карточке; в спецификации у поля одна подпись, и plan запишет её во все три места',
    en: 'field {name}: its list column header or filter name differs from its card label; the spec gives a field one label, and plan writes it to all three',
  },
  // How the plan names a field or list item change (src/resources/user-fields/describe.ts).
  headline: { ru: 'поле {name}', en: 'field {name}' },
  headlineCreate: { ru: 'поле {name} {type}', en: 'field {name} {type}' },
  itemHeadline: { ru: 'значение «{name}» поля {field}', en: 'list item “{name}” of {field}' },
  groupDeal: { ru: 'Поля сделки', en: 'Deal fields' },
  groupLead: { ru: 'Поля лида', en: 'Lead fields' },
  groupContact: { ru: 'Поля контакта', en: 'Contact fields' },
  groupCompany: { ru: 'Поля компании', en: 'Company fields' },
  createdLabel: { ru: '«{label}»', en: '“{label}”' },
  createdHelp: { ru: 'подсказка «{help}»', en: 'help “{help}”' },
  createdMultiple: { ru: 'множественное', en: 'multiple' },
  createdItems: { ru: '{n} знач.', en: '{n} items' },
  keptOne: { ru: '{n} пол(ей)', en: '{n} field' },
  keptMany: { ru: '{n} пол(ей)', en: '{n} fields' },
  keptItemOne: { ru: '{n} значен. списков', en: '{n} list item' },
  keptItemMany: { ru: '{n} значен. списков', en: '{n} list items' },
});
