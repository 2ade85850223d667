import { plural, type Lang, type Text } from '../core/i18n.js';
import type { Checklist } from './types.js';

/** Wording shared by the Markdown and HTML renderers. */
export const CHECKLIST_TEXT = {
  title: { ru: 'Чек-лист ручной настройки Bitrix24', en: 'Bitrix24 hand-setup checklist' },
  intro: {
    ru: 'Эти настройки REST записать не может — их делают руками в интерфейсе Bitrix24, по разделам сверху вниз. b24cfg никогда не отмечает их как применённые; отмечайте пункты по ходу работы.',
    en: 'REST cannot write these settings: set them by hand in the Bitrix24 interface, section by section from the top. b24cfg never reports them as applied; tick the items off as you go.',
  },
  where: { ru: 'Где', en: 'Where' },
  why: { ru: 'Почему вручную', en: 'Why by hand' },
  contents: { ru: 'Разделы', en: 'Sections' },
  client: { ru: 'Клиент', en: 'Client' },
  portal: { ru: 'Портал', en: 'Portal' },
  spec: { ru: 'Спецификация', en: 'Spec' },
  generated: { ru: 'Собран', en: 'Generated' },
  html: { ru: 'Исходный HTML', en: 'HTML source' },
  nothing: {
    ru: 'Ручных пунктов нет: всё из спецификации записывается через REST.',
    en: 'Nothing to do by hand: REST sets everything in the spec.',
  },
} satisfies Record<string, Text>;

export function itemsCount(n: number, lang: Lang): string {
  return `${n} ${plural(lang, n, ['пункт', 'пункта', 'пунктов'], ['item', 'items'])}`;
}

/** "2026-11-24 13:05 UTC": the moment the checklist was made, without seconds. */
export function generatedAt(c: Checklist): string {
  return `${c.generatedAt.slice(0, 10)} ${c.generatedAt.slice(11, 16)} UTC`;
}

/** Manual summaries start in lower case (they also follow a `!` in the plan); a checklist title does not. */
export function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}
