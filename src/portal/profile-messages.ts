import { defineErrors, defineMessages } from '../core/catalogue.js';
import { EXIT } from '../core/exit-codes.js';

/** Which portal a command works on: `--portal`, a saved profile, B24_WEBHOOK_URL. */
export const PROFILE_ERRORS = defineErrors({
  PORTAL_NOT_GIVEN: {
    exit: EXIT.findings,
    message: { ru: 'не указан портал', en: 'no portal given' },
    hint: {
      ru: 'Укажите его одним из трёх способов: --portal <адрес вебхука | имя профиля | sandbox>; переменная окружения B24_WEBHOOK_URL; профиль, сохранённый командой `b24cfg profile add <имя> <адрес вебхука>`.',
      en: 'Name it in one of three ways: --portal <webhook URL | profile name | sandbox>; the B24_WEBHOOK_URL environment variable; a profile saved with `b24cfg profile add <name> <webhook-url>`.',
    },
  },
  PROFILE_NOT_FOUND: {
    exit: EXIT.findings,
    message: { ru: 'нет профиля «{name}»', en: 'there is no profile "{name}"' },
    hint: {
      ru: 'Есть профили: {known}. Новый: `b24cfg profile add {name} <адрес вебхука>`.',
      en: 'Known profiles: {known}. Add one: `b24cfg profile add {name} <webhook-url>`.',
    },
  },
  noProfilesYet: {
    code: 'PROFILE_NOT_FOUND',
    exit: EXIT.findings,
    message: { ru: 'нет профиля «{name}»', en: 'there is no profile "{name}"' },
    hint: {
      ru: 'Профилей пока нет. Добавьте: `b24cfg profile add {name} <адрес вебхука>`, или передайте адрес вебхука прямо в --portal.',
      en: 'There are no profiles yet. Add one: `b24cfg profile add {name} <webhook-url>`, or pass the webhook URL to --portal.',
    },
  },
  PROFILES_INVALID: {
    exit: EXIT.findings,
    message: { ru: 'файл профилей повреждён: {why}', en: 'the profiles file is damaged: {why}' },
    hint: {
      ru: 'Исправьте файл вручную или удалите его и добавьте профили заново: b24cfg profile add <имя> <адрес вебхука>.',
      en: 'Fix the file by hand, or delete it and add the profiles again: b24cfg profile add <name> <webhook-url>.',
    },
  },
  PROFILE_NAME_INVALID: {
    exit: EXIT.findings,
    message: {
      ru: 'имя профиля «{name}» не подходит',
      en: 'the profile name "{name}" is not usable',
    },
    hint: {
      ru: 'Латинские буквы, цифры, «.», «_», «-», до 64 символов; «sandbox» занято встроенной песочницей.',
      en: 'Use letters, digits, ".", "_", "-", up to 64 characters; "sandbox" is taken by the built-in sandbox.',
    },
  },
});

/** Why a profiles file is damaged. */
export const PROFILES_DAMAGE = defineMessages({
  noProfilesMap: {
    ru: 'ожидается ключ profiles со списком профилей',
    en: 'expected a "profiles" map',
  },
  noUrl: { ru: 'у профиля «{name}» нет url', en: 'profile "{name}" has no url' },
});
