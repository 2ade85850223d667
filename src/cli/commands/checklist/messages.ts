import { defineMessages } from '../../../core/catalogue.js';

/** `b24cfg checklist`: help texts. */
export const CHECKLIST_HELP = defineMessages({
  command: {
    ru: 'чек-лист ручной настройки: роботы, задачи, триггеры, шаблоны писем, права, план продаж — где нажать и что ввести (без портала); с --crm-settings — только то, что архив не показывает сделанным',
    en: 'the hand-setup checklist: robots, tasks, triggers, e-mail templates, permissions, sales targets — where to click and what to enter (no portal needed); with --crm-settings, only what the archive does not show as done',
  },
  spec: { ru: 'файл спецификации', en: 'spec file' },
  out: {
    ru: 'записать в файл (.md — Markdown, .html — страница без внешних ссылок); без него — Markdown в stdout',
    en: 'write to a file (.md Markdown, .html a page with no external links); default: Markdown on stdout',
  },
});

export const CHECKLIST_MESSAGES = defineMessages({
  portalNeedsArchive: {
    ru: 'Внимание: --portal нужен только вместе с --crm-settings (чтобы узнать людей и шаблоны из архива); портал не читается.',
    en: 'Note: --portal only matters with --crm-settings (it names the people and templates of the archive); the portal is not read.',
  },
  written: {
    ru: 'Чек-лист записан: {out} ({items})',
    en: 'Checklist written: {out} ({items})',
  },
});
