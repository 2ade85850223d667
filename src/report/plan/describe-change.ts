import { fmt, type Lang } from '../../core/i18n.js';
import type { Change } from '../../plan/types.js';

/** One line per change: what object, in words a consultant uses. */
export function changeHeadline(c: Change, lang: Lang): string {
  const ru = lang === 'ru';
  const last = c.path[c.path.length - 1] ?? c.key;
  if (c.op === 'manual') return fmt(c.summary, lang);
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
      const type = c.op === 'create' ? ` ${String(c.desired.type)}` : '';
      return ru ? `поле ${c.path[1] ?? c.key}${type}` : `field ${c.path[1] ?? c.key}${type}`;
    }
    case 'listItem':
      return ru ? `значение «${last}» поля ${c.path[1] ?? ''}` : `list item “${last}” of ${c.path[1] ?? ''}`;
    default:
      return `${c.kind} «${last}»`;
  }
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
