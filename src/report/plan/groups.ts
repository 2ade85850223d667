import type { Lang } from '../../core/i18n.js';
import type { Change, KeptNote, Plan } from '../../resources/plan.js';
import { dictionaryTitle } from '../../resources/dictionaries/index.js';

/** Changes grouped for display: one group per direction, per entity's fields, and the rest. */
export interface ChangeGroup {
  title: string;
  changes: Change[];
}

const ENTITY_TITLE: Record<string, { ru: string; en: string }> = {
  deal: { ru: 'Поля сделки', en: 'Deal fields' },
  lead: { ru: 'Поля лида', en: 'Lead fields' },
  contact: { ru: 'Поля контакта', en: 'Contact fields' },
  company: { ru: 'Поля компании', en: 'Company fields' },
};

export function groupTitleOf(c: Change, lang: Lang): string {
  if (c.kind === 'userField' || c.kind === 'listItem') {
    const e = c.path[0] ?? '';
    return ENTITY_TITLE[e]?.[lang] ?? e;
  }
  if (c.kind === 'pipeline' || c.kind === 'stage') return c.path[0] ?? '';
  if (c.kind === 'dictionary') return dictionaryTitle(c.key.split('/')[0] ?? '', lang);
  if (c.kind === 'openLine' || (c.kind === 'manual' && c.specPointer?.startsWith('/open_lines/')))
    return lang === 'ru' ? 'Открытые линии' : 'Open lines';
  if (c.kind === 'numerator' || c.kind === 'documentTemplate')
    return lang === 'ru' ? 'Шаблоны документов и нумераторы' : 'Document templates and numerators';
  if (c.kind === 'department') return lang === 'ru' ? 'Структура компании' : 'Company structure';
  if (c.kind === 'manual' && c.key.includes('/')) return c.path[0] ?? '';
  return lang === 'ru' ? 'Прочее (вручную)' : 'Other (by hand)';
}

export function groupChanges(plan: Pick<Plan, 'changes'>, lang: Lang): ChangeGroup[] {
  const groups = new Map<string, Change[]>();
  for (const c of plan.changes) {
    const t = groupTitleOf(c, lang);
    const list = groups.get(t) ?? [];
    list.push(c);
    groups.set(t, list);
  }
  return [...groups].map(([title, changes]) => ({ title, changes }));
}

export const SYMBOL: Record<Change['op'], string> = {
  create: '+',
  update: '~',
  rename: '⇄',
  delete: '-',
  blocked: '✗',
  manual: '!',
};

export function keptSummary(kept: readonly KeptNote[], lang: Lang): string | undefined {
  const notInSpec = kept.filter((k) => k.why === 'not-in-spec');
  if (notInSpec.length === 0) return undefined;
  const count = (kind: KeptNote['kind']) => notInSpec.filter((k) => k.kind === kind).length;
  const parts: string[] = [];
  const add = (n: number, ru: string, en: string) => {
    if (n > 0) parts.push(`${n} ${lang === 'ru' ? ru : en}`);
  };
  add(count('pipeline'), 'направл.', n1(count('pipeline'), 'pipeline', 'pipelines'));
  add(count('stage'), 'этап(ов)', n1(count('stage'), 'stage', 'stages'));
  add(count('userField'), 'пол(ей)', n1(count('userField'), 'field', 'fields'));
  add(count('listItem'), 'значен. списков', n1(count('listItem'), 'list item', 'list items'));
  add(
    count('dictionary'),
    'элемент(ов) справочников',
    n1(count('dictionary'), 'dictionary item', 'dictionary items'),
  );
  add(count('openLine'), 'открыт. лин.', n1(count('openLine'), 'open line', 'open lines'));
  add(
    count('documentTemplate'),
    'шаблон(ов) документов',
    n1(count('documentTemplate'), 'document template', 'document templates'),
  );
  add(count('numerator'), 'нумератор(ов)', n1(count('numerator'), 'numerator', 'numerators'));
  return lang === 'ru'
    ? `= остаются как есть (нет в спецификации, удаление выключено): ${parts.join(', ')}`
    : `= left as they are (not in the spec, pruning off): ${parts.join(', ')}`;
}

function n1(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
