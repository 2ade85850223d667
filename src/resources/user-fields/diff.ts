import { stableStringify } from '../../core/hash.js';
import type { Field, LocalizedText, Spec } from '../../spec/spec.generated.js';
import { CRM_ENTITIES, type CrmEntity, type PortalListItem, type PortalUserField } from './read.js';
import type { FieldDiff, KeptOf } from '../change.js';
import { countOf, type PlanContext } from '../context.js';
import type { KindDiff } from '../kind.js';
import { say } from '../plan-text.js';
import { assignSorts } from '../sorting.js';
import { USER_FIELD_MESSAGES as M } from './messages.js';
import type { DesiredFields, ListItemChange, UserFieldChange } from './types.js';

type Kept = KeptOf<'userField' | 'listItem'>;

/**
 * CRM user fields of deals, leads, contacts and companies with their list items:
 * crm.<entity>.userfield.* (docs/bitrix24/user-fields.md#methods). FIELD_NAME is UF_CRM_<CODE>. Type and MULTIPLE cannot change
 * (silently ignored by the portal), so such a change is refused with a hint. List items are keyed by
 * XML_ID and always sent back with their ID and XML_ID: an item sent without XML_ID gets a new one,
 * and one with an empty VALUE is deleted (docs/bitrix24/user-fields.md#xml_id-trap, #list-items).
 */
export function fieldName(code: string): string {
  return `UF_CRM_${code.replace(/^UF_CRM_/i, '').toUpperCase()}`;
}

export const ENTITY_LIST_METHOD: Record<CrmEntity, string> = {
  deal: 'crm.deal.list',
  lead: 'crm.lead.list',
  contact: 'crm.contact.list',
  company: 'crm.company.list',
};

export function desiredFields(spec: Spec): DesiredFields | undefined {
  return spec.fields;
}

export function diffUserFields(
  spec: DesiredFields | undefined,
  current: Record<CrmEntity, PortalUserField[]>,
  ctx: PlanContext,
): KindDiff<UserFieldChange | ListItemChange> {
  const changes: Array<UserFieldChange | ListItemChange> = [];
  const kept: Kept[] = [];
  if (!spec) return { changes, kept };
  for (const entity of CRM_ENTITIES) {
    const list = spec[entity];
    if (list === undefined) continue; // absent = unmanaged (src/spec/spec.schema.json, `fields`)
    if (ctx.state.unreadable.userFields) continue;
    const portal = current[entity];
    const byName = new Map(portal.map((f) => [f.fieldName, f]));
    const wanted = new Set<string>();
    list.forEach((f, i) => {
      const name = fieldName(f.code);
      wanted.add(name);
      const pointer = `/fields/${entity}/${i}`;
      const p = byName.get(name);
      if (!p) changes.push(createField(entity, f, name, pointer));
      else changes.push(...updateField(ctx, entity, f, p, pointer, kept));
    });
    for (const p of portal) {
      if (wanted.has(p.fieldName)) continue;
      const key = `${entity}.${p.fieldName.replace(/^UF_CRM_/, '')}`;
      const path = [entity, p.fieldName];
      if (!ctx.pruneAllowed || ctx.isProtected(key)) {
        kept.push({ kind: 'userField', key, path, why: ctx.pruneAllowed ? 'protected' : 'not-in-spec' });
        continue;
      }
      const records = countOf(ctx, {
        id: `values:${entity}:${p.fieldName}`,
        method: ENTITY_LIST_METHOD[entity],
        // '!FIELD' with an empty value means "not empty" in Bitrix list filters (CSQLWhere).
        params: { filter: { [`!${p.fieldName}`]: '' }, select: ['ID'], start: 0 },
      });
      if (records === undefined) continue;
      const base = { id: `userField:${key}`, kind: 'userField' as const, key, path };
      if (records > 0 && !ctx.options.allowDataLoss) {
        changes.push({
          ...base,
          op: 'blocked',
          wanted: 'delete',
          impact: { records, entity },
          reason: say(M, 'fieldHasValues'),
          hint: say(M, 'fieldHasValuesHint'),
        });
        continue;
      }
      changes.push({
        ...base,
        op: 'delete',
        portalId: p.id,
        current: { entity, fieldName: p.fieldName, id: p.id, type: p.type },
        impact: { records, entity },
        reason: 'prune',
      });
    }
  }
  return { changes, kept };
}

function createField(entity: CrmEntity, f: Field, name: string, pointer: string): UserFieldChange {
  const items = (f.items ?? []).map((it, i) => ({
    xmlId: it.xml_id,
    value: it.value,
    sort: it.sort ?? (i + 1) * 10,
    def: it.default === true,
  }));
  return {
    id: `userField:${entity}.${f.code}`,
    kind: 'userField',
    key: `${entity}.${f.code}`,
    path: [entity, name],
    specPointer: pointer,
    op: 'create',
    desired: {
      entity,
      fieldName: name,
      type: f.type,
      multiple: f.multiple === true,
      mandatory: f.mandatory === true,
      showFilter: f.show_filter ?? true,
      showInList: f.show_in_list ?? true,
      sort: f.sort,
      label: f.label,
      help: f.help,
      settings: f.settings,
      items,
    },
  };
}

/** Labels the portal has per language vs the spec's label (a string means every language). */
export function labelDiffs(spec: LocalizedText, portal: Record<string, string>): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const lang of Object.keys(portal).sort()) {
    const want = typeof spec === 'string' ? spec : (spec as Record<string, string | undefined>)[lang];
    if (want === undefined) continue;
    if (portal[lang] !== want)
      out.push({ field: `EDIT_FORM_LABEL.${lang}`, before: portal[lang], after: want });
  }
  return out;
}

function updateField(
  ctx: PlanContext,
  entity: CrmEntity,
  f: Field,
  p: PortalUserField,
  pointer: string,
  kept: Kept[],
): Array<UserFieldChange | ListItemChange> {
  const key = `${entity}.${f.code}`;
  const base = { kind: 'userField' as const, key, path: [entity, p.fieldName], specPointer: pointer };
  const immutable: FieldDiff[] = [];
  if (p.type !== f.type) immutable.push({ field: 'USER_TYPE_ID', before: p.type, after: f.type });
  if (f.multiple !== undefined && p.multiple !== f.multiple)
    immutable.push({ field: 'MULTIPLE', before: p.multiple, after: f.multiple });
  if (immutable.length > 0) {
    // CUserTypeEntity::Update unsets USER_TYPE_ID and MULTIPLE silently (docs/bitrix24/user-fields.md#immutable-fields).
    return [
      {
        ...base,
        id: `userField:${key}`,
        op: 'blocked',
        wanted: 'update',
        diffs: immutable,
        reason: say(M, 'immutable'),
        hint: say(M, 'immutableHint'),
      },
    ];
  }
  const diffs: FieldDiff[] = [...labelDiffs(f.label, p.labels)];
  if (f.mandatory !== undefined && f.mandatory !== p.mandatory)
    diffs.push({ field: 'MANDATORY', before: p.mandatory, after: f.mandatory });
  if (f.show_filter !== undefined && f.show_filter !== p.showFilter)
    diffs.push({ field: 'SHOW_FILTER', before: p.showFilter, after: f.show_filter });
  if (f.show_in_list !== undefined && f.show_in_list !== p.showInList)
    diffs.push({ field: 'SHOW_IN_LIST', before: p.showInList, after: f.show_in_list });
  if (f.sort !== undefined && f.sort !== p.sort) diffs.push({ field: 'SORT', before: p.sort, after: f.sort });
  for (const [k, v] of Object.entries(f.settings ?? {})) {
    if (!looselyEqual(p.settings[k], v))
      diffs.push({ field: `SETTINGS.${k}`, before: p.settings[k] ?? null, after: v });
  }
  const out: Array<UserFieldChange | ListItemChange> = [];
  if (diffs.length > 0) {
    out.push({
      ...base,
      id: `userField:${key}`,
      op: 'update',
      portalId: p.id,
      diffs,
      desired: { entity, fieldName: p.fieldName, id: p.id, label: f.label, settings: f.settings },
    });
  }
  if (f.type === 'enumeration') out.push(...diffItems(ctx, entity, f, p, kept));
  return out;
}

function looselyEqual(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): unknown => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v);
  return stableStringify(deepMap(a, norm)) === stableStringify(deepMap(b, norm));
}

function deepMap(v: unknown, f: (x: unknown) => unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => deepMap(x, f));
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deepMap(x, f)]));
  return f(v);
}

/** The items of an enumeration field: those the spec lists, then the portal's unlisted ones. */
function diffItems(
  ctx: PlanContext,
  entity: CrmEntity,
  f: Field,
  p: PortalUserField,
  kept: Kept[],
): ListItemChange[] {
  const key = `${entity}.${f.code}`;
  const { matchOf, unmatched } = matchItems(f.items ?? [], p.list);
  return [
    ...listedItems(entity, f, p, matchOf),
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
  matchOf: ReadonlyMap<string, PortalListItem>,
): ListItemChange[] {
  const items = f.items ?? [];
  const key = `${entity}.${f.code}`;
  const managesDefault = items.some((i) => i.default !== undefined);
  const sorts = assignSorts(
    items.map((it) => ({ key: it.xml_id, current: it.sort ?? matchOf.get(it.xml_id)?.sort })),
  );
  const changes: ListItemChange[] = [];
  for (const it of items) {
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
    if (managesDefault && m.def !== (it.default === true))
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
        def: managesDefault ? it.default === true : m.def,
      },
    });
  }
  return changes;
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
