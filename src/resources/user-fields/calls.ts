import type { LocalizedText } from '../../spec/spec.generated.js';
import { ref, touch, type PlannedCall } from '../calls.js';
import type { CrmEntity } from './read.js';
import { callKey } from '../context.js';
import { storedForm } from './settings.js';
import { LABEL_KEYS } from './texts.js';
import type { FieldCreate, ListItemChange, UserFieldChange } from './types.js';

const yn = (v: unknown) => (v === true ? 'Y' : 'N');

interface FieldUpdateCall {
  entity: CrmEntity;
  id: number;
  fieldName: string;
  fields: Record<string, unknown>;
  settings?: Record<string, unknown>;
  list: Array<Record<string, unknown>>;
  changeIds: string[];
  key: string;
}

/**
 * Calls for user fields and their list items. All changes of one field (attributes and items) go in
 * ONE crm.<entity>.userfield.update: the portal keeps items that are not sent, so a partial LIST is
 * safe, and every existing item is sent with its ID and XML_ID (docs/bitrix24/user-fields.md#xml_id-trap).
 */
export function userFieldCalls(changes: ReadonlyArray<UserFieldChange | ListItemChange>): PlannedCall[] {
  const calls: PlannedCall[] = [];
  const updates = new Map<string, FieldUpdateCall>();
  const updateOf = (entity: CrmEntity, id: number, fieldName: string, key: string) => {
    const k = `${entity}:${id}`;
    let u = updates.get(k);
    if (!u) {
      u = { entity, id, fieldName, fields: {}, list: [], changeIds: [], key };
      updates.set(k, u);
    }
    return u;
  };
  for (const c of changes) {
    if (c.kind === 'userField' && c.op === 'create') {
      calls.push(...createCalls(c));
    } else if (c.kind === 'userField' && c.op === 'update') {
      const d = c.desired;
      const u = updateOf(d.entity, c.portalId, d.fieldName, c.key);
      u.changeIds.push(c.id);
      for (const diff of c.diffs) {
        if (LABEL_KEYS.some((k) => diff.field.startsWith(`${k}.`))) {
          // The spec's label is the card's, the grid's and the filter's: all three are written.
          u.fields.EDIT_FORM_LABEL = d.label;
          u.fields.LIST_COLUMN_LABEL = d.columnLabel ?? d.label;
          u.fields.LIST_FILTER_LABEL = d.filterLabel ?? d.label;
        } else if (diff.field.startsWith('HELP_MESSAGE')) {
          // Planned only when the spec has help, which the diff put in `desired` in the form to send.
          if (d.help !== undefined) u.fields.HELP_MESSAGE = d.help;
        } else if (diff.field.startsWith('SETTINGS.')) {
          // SETTINGS on update only overwrites the keys passed (docs/bitrix24/user-fields.md#update).
          u.settings ??= {};
          u.settings[diff.field.slice('SETTINGS.'.length)] = diff.after;
          u.fields.SETTINGS = u.settings;
        } else if (diff.field === 'SORT') {
          u.fields.SORT = diff.after;
        } else {
          u.fields[diff.field] = yn(diff.after);
        }
      }
    } else if (c.kind === 'listItem' && (c.op === 'create' || c.op === 'update')) {
      const d = c.desired;
      const u = updateOf(d.entity, d.fieldId, d.fieldName, c.key.split('/')[0] ?? c.key);
      u.changeIds.push(c.id);
      const item: Record<string, unknown> = { VALUE: d.value, XML_ID: d.xmlId, SORT: d.sort, DEF: yn(d.def) };
      if (c.op === 'update') item.ID = c.portalId;
      u.list.push(item);
    } else if (c.kind === 'listItem' && c.op === 'delete') {
      const cur = c.current;
      const u = updateOf(cur.entity, cur.fieldId, cur.fieldName, c.key.split('/')[0] ?? c.key);
      u.changeIds.push(c.id);
      u.list.push({ ID: c.portalId, DEL: 'Y', XML_ID: cur.xmlId });
    } else if (c.kind === 'userField' && c.op === 'delete') {
      calls.push({
        key: callKey('fd', c.key),
        method: `crm.${c.current.entity}.userfield.delete`,
        params: { id: c.portalId },
        changeIds: [c.id],
        refs: [],
        touches: [touch.userField(c.current.entity, c.current.fieldName)],
      });
    }
  }
  for (const u of updates.values()) {
    const fields = { ...u.fields };
    if (u.list.length > 0) fields.LIST = u.list;
    calls.push({
      key: callKey('fu', u.key),
      method: `crm.${u.entity}.userfield.update`,
      params: { id: u.id, fields },
      changeIds: u.changeIds,
      refs: [],
      touches: [touch.userField(u.entity, u.fieldName)],
    });
  }
  return calls;
}

/** The text a label map gives the languages it does not list: its Russian text, else its first. */
function defaultLabel(label: LocalizedText): string {
  if (typeof label === 'string') return label;
  const texts = label as Readonly<Record<string, string | undefined>>;
  return texts.ru ?? Object.values(texts).find((t) => t !== undefined) ?? '';
}

/**
 * A new field: userfield.add, then userfield.update of the same field in the same batch (its id is
 * `$result[add]`, so the two travel together). The add fills every label it is not given — and the
 * error and help texts — with LABEL, and cannot store an empty text (docs/bitrix24/parity.md#uf-labels):
 * only the update writes "" (or the spec's help) to every language. LABEL is sent so that no
 * language is left with the field's code.
 */
function createCalls(c: Extract<UserFieldChange, { op: 'create' }>): PlannedCall[] {
  const d = c.desired;
  const addKey = callKey('fa', c.key);
  // FIELD_NAME is unique per entity: the add waits for a deletion of the same code before it.
  const touches = [touch.userField(d.entity, d.fieldName)];
  return [
    {
      key: addKey,
      method: `crm.${d.entity}.userfield.add`,
      params: { fields: addFields(d) },
      changeIds: [c.id],
      refs: [],
      touches,
    },
    {
      key: callKey('fm', c.key),
      method: `crm.${d.entity}.userfield.update`,
      params: { id: ref(addKey), fields: { ERROR_MESSAGE: '', HELP_MESSAGE: d.help ?? '' } },
      changeIds: [c.id],
      refs: [addKey],
      touches,
    },
  ];
}

function addFields(d: FieldCreate): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    FIELD_NAME: d.fieldName,
    USER_TYPE_ID: d.type,
    LABEL: defaultLabel(d.label),
    MULTIPLE: yn(d.multiple),
    MANDATORY: yn(d.mandatory),
    SHOW_FILTER: yn(d.showFilter),
    SHOW_IN_LIST: yn(d.showInList),
    EDIT_FORM_LABEL: d.label,
    LIST_COLUMN_LABEL: d.label,
    LIST_FILTER_LABEL: d.label,
  };
  if (typeof d.sort === 'number') fields.SORT = d.sort;
  const settings = storedForm(d.type, d.settings);
  if (Object.keys(settings).length > 0) fields.SETTINGS = settings;
  if (d.items.length > 0) {
    fields.LIST = d.items.map((i) => ({ VALUE: i.value, XML_ID: i.xmlId, SORT: i.sort, DEF: yn(i.def) }));
  }
  return fields;
}
