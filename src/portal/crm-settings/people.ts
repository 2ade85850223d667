import type { Person } from './types.js';
import { text, type Json } from './json.js';

/**
 * People in robot properties, as the designer's user selector stores them: `user_<id>`, the CRM
 * document's groups `author` (the deal's responsible) and `responsible_head` (CCrmDocument
 * GROUP_AUTHOR / GROUP_RESPONSIBLE_HEAD), the responsible's field `{=Document:ASSIGNED_BY_ID}`, or
 * the old designer's pair `["Document","ASSIGNED_BY_ID"]` (docs/bitrix24/crm-settings-archive.md#people).
 */
export function peopleOf(v: Json | undefined): Person[] {
  if (v === undefined || v === null || v === '') return [];
  if (Array.isArray(v)) {
    if (v.length === 2 && v[0] === 'Document' && typeof v[1] === 'string')
      return [personOf(`{=Document:${v[1]}}`)];
    return v.flatMap((x) => peopleOf(x));
  }
  return text(v)
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(personOf);
}

export function personOf(s: string): Person {
  if (s === 'author' || s === '{=Document:ASSIGNED_BY_ID}') return { kind: 'responsible' };
  if (s === 'responsible_head') return { kind: 'responsible_head' };
  const user = /^user_(\d+)$/.exec(s);
  if (user) return { kind: 'user', id: Number(user[1]) };
  return { kind: 'other', value: s };
}
