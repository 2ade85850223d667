import { defineErrors, defineMessages } from '../../../core/catalogue.js';

/** `b24cfg profile add|list|remove`: help texts. */
export const PROFILE_HELP = defineMessages({
  command: {
    ru: 'сохранённые порталы: имя → адрес вебхука (~/.config/b24cfg/profiles.yaml, доступ только владельцу)',
    en: 'saved portals: name → webhook URL (~/.config/b24cfg/profiles.yaml, owner-only access)',
  },
  add: { ru: 'сохранить портал под именем', en: 'save a portal under a name' },
  name: { ru: 'имя профиля', en: 'profile name' },
  url: { ru: 'адрес входящего вебхука', en: 'inbound webhook URL' },
  tier: { ru: 'лимиты запросов тарифа', en: "the plan's request limits" },
  list: { ru: 'показать профили (секреты скрыты)', en: 'list profiles (secrets hidden)' },
  remove: { ru: 'удалить профиль', en: 'remove a profile' },
});

export const PROFILE_MESSAGES = defineMessages({
  saved: {
    ru: 'Профиль «{name}» сохранён: {host}. Файл {path} (доступ только владельцу).',
    en: 'Profile "{name}" saved: {host}. File {path} (owner-only access).',
  },
  check: { ru: 'Проверка: b24cfg doctor --portal {name}', en: 'Check it: b24cfg doctor --portal {name}' },
  none: {
    ru: 'Профилей нет. Добавьте: b24cfg profile add <имя> <адрес вебхука>',
    en: 'No profiles. Add one: b24cfg profile add <name> <webhook-url>',
  },
  removed: { ru: 'Профиль «{name}» удалён.', en: 'Profile "{name}" removed.' },
});

export const PROFILE_CLI_ERRORS = defineErrors({
  PROFILE_NOT_FOUND: {
    message: { ru: 'нет профиля «{name}»', en: 'there is no profile "{name}"' },
    hint: { ru: 'Список профилей: b24cfg profile list', en: 'List the profiles: b24cfg profile list' },
  },
});
