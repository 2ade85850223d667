import { defineMessages } from '../../../core/catalogue.js';

/** `b24cfg checklist`: help texts. */
export const CHECKLIST_HELP = defineMessages({
  command: {
    ru: 'чек-лист ручной настройки: роботы, задачи, триггеры, шаблоны писем, права, план продаж — где нажать и что ввести (без портала)',
    en: 'the hand-setup checklist: robots, tasks, triggers, e-mail templates, permissions, sales targets — where to click and what to enter (no portal needed)',
  },
  spec: { ru: 'файл спецификации', en: 'spec file' },
  out: {
    ru: 'записать в файл (.md — Markdown, .html — страница без внешних ссылок); без него — Markdown в stdout',
    en: 'write to a file (.md Markdown, .html a page with no external links); default: Markdown on stdout',
  },
});

export const CHECKLIST_MESSAGES = defineMessages({
  written: {
    ru: 'Чек-лист записан: {out} ({n} пунктов)',
    en: 'Checklist written: {out} ({n} items)',
  },
});
