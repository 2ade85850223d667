import type { Field } from '../../spec/spec.generated.js';
import type { FieldDiff, KeptOf } from '../change.js';
import { countOf, type PlanContext } from '../context.js';
import { say } from '../plan-text.js';
import { assignSorts } from '../sorting.js';
import { USER_FIELD_MESSAGES as M } from './messages.js';
import type { CrmEntity, PortalListItem, PortalUserField } from './read.js';
import type { ListItemChange } from './types.js';

type Kept = KeptOf<'userField' | 'listItem'>;

/** The list a field's values are counted in before it or one of its items is deleted. */
export const ENTITY_LIST_METHOD: Record<CrmEntity, string> = {
  deal: 'crm.deal.list',
  lead: 'crm.lead.list',
  contact: 'crm.contact.list',
  company: 'crm.company.list',
};

/** The items of an enumeration field: those the spec lists, then the portal's unlisted ones. */
export function diffItems(
  ctx: PlanContext,
  entity: CrmEntity,
  f: Field,
  p: PortalUserField,
  pointer: string,
  kept: Kept[],
): ListItemChange[] {
  const key = `${entity}.${f.code}`;
  const { matchOf, unmatched } = matchItems(f.items ?? [], p.list);
  return [
    ...listedItems(entity, f, p, pointer, matchOf),
    ...unlistedItems(ctx, { entity, key, field: p }, unmatched, kept),
  ];
}

type SpecItem = NonNullable<Field['items']>[number];

/**
 * Spec items to portal items: by XML_ID first; then items made by hand (they carry random XML_IDs)
 * are adopted by equal VALUE instead of delete + add, so the ID deals store is kept.
 */
function matchItems(items: readonly SpecItem[], list: readonly PortalListItem[]) {
  const unmatched = new Map<number, PortalListItem>(list.map((i) => [i.id, i]));
  const matchOf = new Map<string, PortalListItem>();
  const take = (it: SpecItem, same: (x: PortalListItem) => boolean) => {
    const m = [...unmatched.values()].find(same);
    if (m) {
      matchOf.set(it.xml_id, m);
      unmatched.delete(m.id);
    }
  };
  for (const it of items) take(it, (x) => x.xmlId === it.xml_id);
  for (const it of items) if (!matchOf.has(it.xml_id)) take(it, (x) => x.value === it.value);
  return { matchOf, unmatched };
}

/** Items the spec lists: created, or updated where VALUE, XML_ID, SORT or (when managed) DEF differ. */
function listedItems(
  entity: CrmEntity,
  f: Field,
  p: PortalUserField,
  pointer: string,
  matchOf: ReadonlyMap<string, PortalListItem>,
): ListItemChange[] {
  const items = f.items ?? [];
  const key = `${entity}.${f.code}`;
  const managesDefault = items.some((i) => i.default !== undefined);
  // A single-value list loses its default over REST only to another item (DEF=N alone is ignored,
  // docs/bitrix24/parity.md#uf-list): a spec that names no default leaves that to a person.
  const clearsByHand = managesDefault && !p.multiple && !items.some((i) => i.default === true);
  const sorts = assignSorts(
    items.map((it) => ({ key: it.xml_id, current: it.sort ?? matchOf.get(it.xml_id)?.sort })),
  );
  const changes: ListItemChange[] = [];
  for (const [i, it] of items.entries()) {
    const sort = it.sort ?? sorts.get(it.xml_id);
    const itemKey = `${key}/${it.xml_id}`;
    const base = {
      id: `listItem:${itemKey}`,
      kind: 'listItem' as const,
      key: itemKey,
      path: [entity, p.fieldName, it.value],
      parent: `userField:${key}`,
    };
    const m = matchOf.get(it.xml_id);
    const target = { entity, fieldName: p.fieldName, fieldId: p.id };
    if (!m) {
      changes.push({
        ...base,
        op: 'create',
        desired: { ...target, xmlId: it.xml_id, value: it.value, sort, def: it.default === true },
      });
      continue;
    }
    const diffs: FieldDiff[] = [];
    if (m.value !== it.value) diffs.push({ field: 'VALUE', before: m.value, after: it.value });
    if (m.xmlId !== it.xml_id) diffs.push({ field: 'XML_ID', before: m.xmlId, after: it.xml_id });
    if (m.sort !== sort) diffs.push({ field: 'SORT', before: m.sort, after: sort });
    const keepsDefault = clearsByHand && m.def;
    if (keepsDefault) changes.push(defaultByHand(base, `${pointer}/items/${i}/default`, p, m));
    else if (managesDefault && m.def !== (it.default === true))
      diffs.push({ field: 'DEF', before: m.def, after: it.default === true });
    if (diffs.length === 0) continue;
    changes.push({
      ...base,
      op: 'update',
      portalId: m.id,
      diffs,
      desired: {
        ...target,
        id: m.id,
        xmlId: it.xml_id,
        value: it.value,
        sort,
        def: managesDefault && !keepsDefault ? it.default === true : m.def,
      },
    });
  }
  return changes;
}

/** The default a single-value list keeps until someone clears it in the field's settings. */
function defaultByHand(
  base: { key: string; path: string[] },
  pointer: string,
  p: PortalUserField,
  m: PortalListItem,
): ListItemChange {
  return {
    id: `manual:listItem:${base.key}#default`,
    kind: 'listItem',
    key: base.key,
    path: base.path,
    specPointer: pointer,
    op: 'manual',
    reason: say(M, 'defaultKeptReason'),
    summary: say(M, 'defaultKeptSummary', { field: p.fieldName, value: m.value }),
  };
}

/**
 * Portal items the spec does not list: kept (pruning off, field protected), refused while records
 * hold them (unless --allow-data-loss), deleted otherwise — once their records are counted.
 */
function unlistedItems(
  ctx: PlanContext,
  owner: { entity: CrmEntity; key: string; field: PortalUserField },
  unmatched: ReadonlyMap<number, PortalListItem>,
  kept: Kept[],
): ListItemChange[] {
  const { entity, key, field: p } = owner;
  const changes: ListItemChange[] = [];
  for (const m of unmatched.values()) {
    const itemKey = `${key}/${m.xmlId || m.id}`;
    const path = [entity, p.fieldName, m.value];
    if (!ctx.pruneAllowed || ctx.isProtected(key)) {
      kept.push({
        kind: 'listItem',
        key: itemKey,
        path,
        why: ctx.pruneAllowed ? 'protected' : 'not-in-spec',
      });
      continue;
    }
    const records = countOf(ctx, {
      id: `item-values:${entity}:${p.fieldName}:${m.id}`,
      method: ENTITY_LIST_METHOD[entity],
      params: { filter: { [p.fieldName]: m.id }, select: ['ID'], start: 0 },
    });
    if (records === undefined) continue;
    const base = {
      id: `listItem:${itemKey}`,
      kind: 'listItem' as const,
      key: itemKey,
      path,
      parent: `userField:${key}`,
    };
    if (records > 0 && !ctx.options.allowDataLoss) {
      changes.push({
        ...base,
        op: 'blocked',
        wanted: 'delete',
        impact: { records, entity },
        reason: say(M, 'itemInUse'),
        hint: say(M, 'itemInUseHint'),
      });
      continue;
    }
    changes.push({
      ...base,
      op: 'delete',
      portalId: m.id,
      current: { entity, fieldName: p.fieldName, fieldId: p.id, id: m.id, xmlId: m.xmlId, value: m.value },
      impact: { records, entity },
      reason: 'prune',
    });
  }
  return changes;
}
