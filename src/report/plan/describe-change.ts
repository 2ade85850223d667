import type { Lang } from '../../core/i18n.js';
import type { Change } from '../../resources/plan.js';
import { planText } from '../../resources/plan-text.js';

/** One line per change: what object, in words a consultant uses. */
export function changeHeadline(c: Change, lang: Lang): string {
  const ru = lang === 'ru';
  const last = c.path[c.path.length - 1] ?? c.key;
  if (c.op === 'manual') return planText(c.summary, lang);
  switch (c.kind) {
    case 'pipeline':
      if (c.op === 'rename')
        return ru ? `направление «${c.from}» → «${c.to}»` : `pipeline “${c.from}” → “${c.to}”`;
      return ru ? `направление «${last}»` : `pipeline “${last}”`;
    case 'stage': {
      const code = c.key.split('/').slice(1).join('/');
      return ru ? `этап «${last}» (${code})` : `stage “${last}” (${code})`;
    }
    case 'userField': {
      const type = c.op === 'create' ? ` ${c.desired.type}` : '';
      return ru ? `поле ${c.path[1] ?? c.key}${type}` : `field ${c.path[1] ?? c.key}${type}`;
    }
    case 'listItem':
      return ru ? `значение «${last}» поля ${c.path[1] ?? ''}` : `list item “${last}” of ${c.path[1] ?? ''}`;
    case 'dictionary': {
      const [entity = '', code = ''] = c.key.split('/');
      const noun = DICT_NOUN[entity]?.[lang] ?? entity;
      if (code === 'order') return noun;
      return ru ? `${noun} «${last}» (${code})` : `${noun} “${last}” (${code})`;
    }
    case 'openLine':
      if (c.op === 'rename')
        return ru ? `открытая линия «${c.from}» → «${c.to}»` : `open line “${c.from}” → “${c.to}”`;
      return ru ? `открытая линия «${last}»` : `open line “${last}”`;
    case 'numerator':
      return ru ? `нумератор «${last}»` : `numerator “${last}”`;
    case 'documentTemplate':
      if (c.op === 'rename')
        return ru ? `шаблон документа «${c.from}» → «${c.to}»` : `document template “${c.from}” → “${c.to}”`;
      return ru ? `шаблон документа «${last}»` : `document template “${last}”`;
    case 'department':
      return ru ? `отдел «${last}»` : `department “${last}”`;
  }
}

const DICT_NOUN: Record<string, { ru: string; en: string }> = {
  STATUS: { ru: 'статус лида', en: 'lead status' },
  SOURCE: { ru: 'источник', en: 'source' },
  CONTACT_TYPE: { ru: 'тип контакта', en: 'contact type' },
  COMPANY_TYPE: { ru: 'тип компании', en: 'company type' },
};

/**
 * Why a write did not stick, from the change the verification re-plan still wants: what the portal
 * holds against what was written, and the kind's explanation (e.g. a value the portal coerces).
 */
export function notAppliedDetails(again: Change, lang: Lang): string[] {
  const ru = lang === 'ru';
  const out: string[] = [];
  const diffs =
    again.op === 'update' || again.op === 'rename' || again.op === 'blocked' ? (again.diffs ?? []) : [];
  for (const d of diffs) {
    out.push(
      ru
        ? `${d.field}: на портале ${valueText(d.before)}, записывалось ${valueText(d.after)}`
        : `${d.field}: the portal holds ${valueText(d.before)}, written ${valueText(d.after)}`,
    );
  }
  if (again.op === 'create') out.push(ru ? 'объекта на портале нет' : 'the object is not on the portal');
  if (again.op === 'blocked') out.push(planText(again.reason, lang));
  if (again.note) out.push(planText(again.note, lang));
  return out;
}

export function impactText(c: Change, lang: Lang): string | undefined {
  const i = 'impact' in c ? c.impact : undefined;
  if (!i) return undefined;
  const ru = lang === 'ru';
  if (i.deals !== undefined && i.deals > 0)
    return ru ? `сделок на нём: ${i.deals}` : `${i.deals} deal(s) sit here`;
  if (i.records !== undefined && i.records > 0)
    return ru ? `записей со значением: ${i.records}` : `${i.records} record(s) hold a value`;
  return undefined;
}

export function valueText(v: unknown): string {
  if (v === null || v === undefined) return '∅';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}
