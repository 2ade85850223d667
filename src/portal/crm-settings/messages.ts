import { defineErrors } from '../../core/catalogue.js';
import { EXIT } from '../../core/exit-codes.js';

/**
 * Errors of the CRM settings archive reader. `{archive}` is the file or folder the user named, `{entry}`
 * the file inside it; both are stripped of control characters before they get here. Hints are commands
 * to paste; `{archive}` in them is the user's own path.
 */
const DOWNLOAD_AGAIN = {
  ru: 'Скачайте архив заново (CRM → Настройки → Экспорт настроек CRM) и проверьте: b24cfg checklist b24cfg.yaml --crm-settings {archive}',
  en: 'Download the archive again (CRM → Settings → Export CRM settings) and check it: b24cfg checklist b24cfg.yaml --crm-settings {archive}',
};

export const CRM_SETTINGS_ERRORS = defineErrors({
  CRM_SETTINGS_NOT_FOUND: {
    exit: EXIT.findings,
    message: {
      ru: 'архив настроек CRM не найден или не читается: {archive}',
      en: 'the CRM settings archive is missing or unreadable: {archive}',
    },
    hint: {
      ru: 'Укажите путь к скачанному zip-файлу или распакованной папке: b24cfg checklist b24cfg.yaml --crm-settings ./configuration.zip',
      en: 'Name the downloaded zip file or the unpacked folder: b24cfg checklist b24cfg.yaml --crm-settings ./configuration.zip',
    },
  },
  CRM_SETTINGS_DAMAGED: {
    exit: EXIT.findings,
    message: {
      ru: 'архив настроек CRM повреждён ({reason}): {archive}',
      en: 'the CRM settings archive is damaged ({reason}): {archive}',
    },
    hint: DOWNLOAD_AGAIN,
  },
  CRM_SETTINGS_UNSAFE_PATH: {
    exit: EXIT.findings,
    message: {
      ru: 'в архиве настроек CRM есть файл с опасным путём «{entry}» ({reason}); архив не прочитан',
      en: 'the CRM settings archive holds a file with an unsafe path "{entry}" ({reason}); nothing was read',
    },
    hint: DOWNLOAD_AGAIN,
  },
  CRM_SETTINGS_ENCRYPTED: {
    exit: EXIT.findings,
    message: {
      ru: 'файл «{entry}» в архиве настроек CRM зашифрован; Bitrix24 так не выгружает',
      en: 'file "{entry}" in the CRM settings archive is encrypted; Bitrix24 does not export that way',
    },
    hint: DOWNLOAD_AGAIN,
  },
  CRM_SETTINGS_SYMLINK: {
    exit: EXIT.findings,
    message: {
      ru: '«{entry}» в архиве настроек CRM — символическая ссылка; такие файлы не читаются',
      en: '"{entry}" in the CRM settings archive is a symbolic link; such files are not read',
    },
    hint: DOWNLOAD_AGAIN,
  },
  CRM_SETTINGS_TOO_MANY_FILES: {
    exit: EXIT.findings,
    message: {
      ru: 'в архиве настроек CRM больше {limit} файлов: {archive}',
      en: 'the CRM settings archive holds more than {limit} files: {archive}',
    },
    hint: DOWNLOAD_AGAIN,
  },
  CRM_SETTINGS_TOO_LARGE: {
    exit: EXIT.findings,
    message: {
      ru: 'архив настроек CRM распаковывается больше чем в {limit} байт (на «{entry}»); так много настройки не занимают',
      en: 'the CRM settings archive unpacks to more than {limit} bytes (at "{entry}"); settings never take that much',
    },
    hint: DOWNLOAD_AGAIN,
  },
  CRM_SETTINGS_NO_MANIFEST: {
    exit: EXIT.findings,
    message: {
      ru: 'в архиве нет manifest.json: это не выгрузка настроек CRM ({archive})',
      en: 'the archive has no manifest.json: it is not a CRM settings export ({archive})',
    },
    hint: DOWNLOAD_AGAIN,
  },
  CRM_SETTINGS_UNKNOWN_MANIFEST: {
    exit: EXIT.findings,
    message: {
      ru: 'архив выгружен в неизвестном формате: manifest.json {code}, версия {version}; b24cfg читает vertical_crm версии 1',
      en: 'the archive is in an unknown format: manifest.json {code}, version {version}; b24cfg reads vertical_crm version 1',
    },
    hint: {
      ru: 'Обновите b24cfg (npm install -g b24cfg@latest) или выгрузите именно настройки CRM; проверка: b24cfg checklist b24cfg.yaml --crm-settings {archive}',
      en: 'Update b24cfg (npm install -g b24cfg@latest) or export the CRM settings themselves; check with: b24cfg checklist b24cfg.yaml --crm-settings {archive}',
    },
  },
  CRM_SETTINGS_BAD_JSON: {
    exit: EXIT.findings,
    message: {
      ru: 'файл «{entry}» в архиве настроек CRM — не JSON ({reason})',
      en: 'file "{entry}" in the CRM settings archive is not JSON ({reason})',
    },
    hint: DOWNLOAD_AGAIN,
  },
  CRM_SETTINGS_BAD_SHAPE: {
    exit: EXIT.findings,
    message: {
      ru: 'файл «{entry}» в архиве настроек CRM устроен не так, как пишет Bitrix24: {reason}',
      en: 'file "{entry}" in the CRM settings archive is not shaped as Bitrix24 writes it: {reason}',
    },
    hint: DOWNLOAD_AGAIN,
  },
});

export type CrmSettingsErrorCode = keyof typeof CRM_SETTINGS_ERRORS;
