import type { Field, Spec } from '../../spec/spec.generated.js';
import { CRM_ENTITIES, type CrmEntity, type PortalUserField } from './read.js';
import type { FieldDiff, KeptOf } from '../change.js';
import { countOf, type PlanContext } from '../context.js';
import type { KindDiff } from '../kind.js';
import { say, type PlanMessage } from '../plan-text.js';
import { fieldName } from './field-name.js';
import { sendsTextMap, textDiffsOf, textToSend } from './texts.js';
import { diffItems, ENTITY_LIST_METHOD } from './list-items.js';
import { USER_FIELD_MESSAGES as M } from './messages.js';
import { sameSetting, storedForm } from './settings.js';
import type { DesiredFields, ListItemChange, UserFieldChange } from './types.js';

type Kept = KeptOf<'userField' | 'listItem'>;

/**
 * CRM user fields of deals, leads, contacts and companies with their list items:
 * crm.<entity>.userfield.* (docs/bitrix24/user-fields.md#methods). FIELD_NAME is UF_CRM_<CODE>. Type and MULTIPLE cannot change
 * (silently ignored by the portal), so such a change is refused with a hint. List items are keyed by
 * XML_ID and always sent back with their ID and XML_ID: an item sent without XML_ID gets a new one,
 * and one with an empty VALUE is deleted (docs/bitrix24/user-fields.md#xml_id-trap, #list-items).
 */
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
  const help = p.help ?? {};
  const diffs: FieldDiff[] = textDiffsOf(f, p);
  if (f.mandatory !== undefined && f.mandatory !== p.mandatory)
    diffs.push({ field: 'MANDATORY', before: p.mandatory, after: f.mandatory });
  if (f.show_filter !== undefined && f.show_filter !== p.showFilter)
    diffs.push({ field: 'SHOW_FILTER', before: p.showFilter, after: f.show_filter });
  if (f.show_in_list !== undefined && f.show_in_list !== p.showInList)
    diffs.push({ field: 'SHOW_IN_LIST', before: p.showInList, after: f.show_in_list });
  if (f.sort !== undefined && f.sort !== p.sort) diffs.push({ field: 'SORT', before: p.sort, after: f.sort });
  const out: Array<UserFieldChange | ListItemChange> = [];
  for (const [k, v] of Object.entries(storedForm(f.type, f.settings))) {
    if (sameSetting(f.type, k, p.settings[k], v)) continue;
    const diff = { field: `SETTINGS.${k}`, before: p.settings[k] ?? null, after: v };
    // userfield.update has no branch for a date field: its default stays as it is
    // (docs/bitrix24/parity.md#uf-settings-rest), so only a person can change it.
    if (f.type === 'date' && k === 'DEFAULT_VALUE') out.push(dateDefaultByHand(key, p, pointer, diff));
    else diffs.push(diff);
  }
  if (diffs.length > 0 && sendsTextMap(f, diffs) && p.allTexts !== 'read') {
    // A map leaves "" in every portal language it does not list (docs/bitrix24/parity.md#uf-labels):
    // without the field's texts in every language (src/resources/user-fields/all-texts.ts) sending it
    // would blank them, so the update is refused rather than lose a text.
    out.push({
      ...base,
      id: `userField:${key}`,
      op: 'blocked',
      wanted: 'update',
      diffs,
      reason: say(M, 'otherLanguagesUnread'),
      hint: say(M, 'otherLanguagesUnreadHint'),
    });
  } else if (diffs.length > 0) {
    out.push({
      ...base,
      id: `userField:${key}`,
      op: 'update',
      portalId: p.id,
      diffs,
      desired: {
        entity,
        fieldName: p.fieldName,
        id: p.id,
        label: textToSend(f.label, p.labels),
        columnLabel: textToSend(f.label, p.columnLabels ?? p.labels),
        filterLabel: textToSend(f.label, p.filterLabels ?? p.labels),
        ...(f.help !== undefined ? { help: textToSend(f.help, help) } : {}),
        settings: f.settings,
      },
    });
  }
  if (f.type === 'enumeration') out.push(...diffItems(ctx, entity, f, p, pointer, kept));
  return out;
}

/** A date field's default to set in the field's settings: REST cannot change it. */
function dateDefaultByHand(
  key: string,
  p: PortalUserField,
  pointer: string,
  diff: FieldDiff,
): UserFieldChange {
  return {
    id: `manual:userField:${key}#default`,
    kind: 'userField',
    key,
    path: [p.entity, p.fieldName],
    specPointer: `${pointer}/settings/DEFAULT_VALUE`,
    op: 'manual',
    reason: say(M, 'dateDefaultReason'),
    summary: say(M, 'dateDefaultSummary', {
      name: p.fieldName,
      before: dateDefaultText(diff.before),
      after: dateDefaultText(diff.after),
    }),
  };
}

function dateDefaultText(v: unknown): PlanMessage {
  const d = (v !== null && typeof v === 'object' ? v : {}) as { TYPE?: unknown; VALUE?: unknown };
  if (d.TYPE === 'NOW') return say(M, 'dateDefaultNow');
  if (d.TYPE === 'FIXED' && typeof d.VALUE === 'string' && d.VALUE !== '')
    return say(M, 'dateDefaultFixed', { date: d.VALUE });
  return say(M, 'dateDefaultNone');
}
