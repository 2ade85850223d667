/** Latin keys from Russian names: "B2B Новые клиенты" → "b2b-novye-klienty" (GOST-like, readable). */
const MAP: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};

export function slugify(name: string, fallback: string): string {
  const s = [...name.toLowerCase()]
    .map((ch) => MAP[ch] ?? ch)
    .join('')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return s === '' ? fallback : s;
}

/** Makes `base` unique among `taken` by appending -2, -3 … */
export function uniqueKey(base: string, taken: Set<string>): string {
  let k = base;
  for (let i = 2; taken.has(k); i++) k = `${base}-${i}`;
  taken.add(k);
  return k;
}
