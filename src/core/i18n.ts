/** User-facing text is written in Russian (default) and English; code keeps both side by side. */
export type Lang = 'ru' | 'en';

export const LANGS: readonly Lang[] = ['ru', 'en'];

export interface Text {
  ru: string;
  en: string;
}

export type TextData = Record<string, string | number | boolean | null | undefined>;

export function text(ru: string, en: string): Text {
  return { ru, en };
}

/** Picks the language and fills `{name}` placeholders. Unknown placeholders stay visible on purpose. */
export function fmt(t: Text, lang: Lang, data?: TextData): string {
  const raw = t[lang];
  if (!data) return raw;
  return raw.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, name: string) => {
    const v = data[name];
    return v === undefined || v === null ? whole : String(v);
  });
}

/** A text with its placeholders filled in both languages, for a message kept as Text until it is shown. */
export function fill(t: Text, data: TextData): Text {
  return { ru: fmt(t, 'ru', data), en: fmt(t, 'en', data) };
}

/** A text whose placeholders are texts themselves, each filled in the same language. */
export function fillTexts(t: Text, texts: Readonly<Record<string, Text>>): Text {
  const pick = (lang: Lang) => Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v[lang]]));
  return { ru: fmt(t, 'ru', pick('ru')), en: fmt(t, 'en', pick('en')) };
}

export function isLang(v: unknown): v is Lang {
  return v === 'ru' || v === 'en';
}

/** Russian plural forms: 1 сделка, 2 сделки, 5 сделок. */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const a = Math.abs(n) % 100;
  const b = a % 10;
  if (a > 10 && a < 20) return many;
  if (b > 1 && b < 5) return few;
  if (b === 1) return one;
  return many;
}

export function plural(lang: Lang, n: number, ru: [string, string, string], en: [string, string]): string {
  return lang === 'ru' ? pluralRu(n, ...ru) : n === 1 ? en[0] : en[1];
}
