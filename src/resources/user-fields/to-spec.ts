import { keptSettings } from '../../spec/rules/field-settings.js';
import type { Field, LocalizedText, Spec } from '../../spec/spec.generated.js';
import { say } from '../plan-text.js';
import type { SpecExport } from '../spec-export.js';
import { listLabelDiffs } from './texts.js';
import { USER_FIELD_MESSAGES as M } from './messages.js';
import { CRM_ENTITIES, type CrmEntity, type PortalUserField } from './read.js';

/** Field types the spec can express (src/spec/spec.schema.json); others are listed as skipped. */
const SPEC_FIELD_TYPES = new Set([
  'string',
  'integer',
  'double',
  'boolean',
  'enumeration',
  'date',
  'datetime',
  'money',
  'url',
  'address',
  'file',
  'employee',
  'crm',
  'crm_status',
  'iblock_element',
  'iblock_section',
]);

/** `fields:` per entity; a field of a type the spec cannot express is skipped and named in the header. */
export function userFieldsToSpec(
  fields: Readonly<Record<CrmEntity, PortalUserField[]>>,
  x: SpecExport,
): Partial<Spec> {
  if (!x.sections.has('fields')) return {};
  const out: NonNullable<Spec['fields']> = {};
  for (const entity of CRM_ENTITIES) {
    if (x.state.unreadable.userFields) continue;
    out[entity] = fields[entity].flatMap((f): Field[] => {
      if (!SPEC_FIELD_TYPES.has(f.type)) {
        x.skipped.push(`${entity}.${f.fieldName} (${f.type})`);
        return [];
      }
      const field = fieldToSpec(f);
      // One label in the spec for the card, the grid and the filter: a grid or filter label of its own is
      // said in the header, as the plan of this spec writes the card's label there.
      if (listLabelDiffs(field.label, f).length > 0)
        x.notes.push(say(M, 'exportListLabel', { name: `${entity}.${f.fieldName}` }));
      return [field];
    });
  }
  return { fields: out };
}

function fieldToSpec(f: PortalUserField): Field {
  const field: Field = {
    code: f.fieldName.replace(/^UF_CRM_/, ''),
    type: f.type as Field['type'],
    label: labelOf(f),
  };
  const help = helpOf(f.help ?? {});
  if (help !== undefined) field.help = help;
  if (f.multiple) field.multiple = true;
  if (f.mandatory) field.mandatory = true;
  if (!f.showFilter) field.show_filter = false;
  if (!f.showInList) field.show_in_list = false;
  if (f.sort !== 100) field.sort = f.sort;
  // Only what a portal keeps over REST: any other stored key would be refused by validate.
  const settings = keptSettings(f.type, f.settings);
  if (Object.keys(settings).length > 0) field.settings = settings;
  if (f.type === 'enumeration') {
    field.items = f.list.map((i) =>
      i.def ? { xml_id: i.xmlId, value: i.value, default: true } : { xml_id: i.xmlId, value: i.value },
    );
  }
  return field;
}

/** One label for every language when they agree, else a label per language. */
function labelOf(f: PortalUserField): LocalizedText {
  const langs = Object.keys(f.labels).sort();
  const values = langs.map((l) => f.labels[l] as string);
  if (values.length === 0) return f.fieldName;
  if (values.every((v) => v === values[0])) return values[0] === '' ? f.fieldName : (values[0] as string);
  return Object.fromEntries(langs.map((l) => [l, f.labels[l] as string]));
}

/**
 * The help the portal holds, when any language has one: one text when the languages agree, else a text
 * per language. A field added over REST without help holds its label there, and that is exported as
 * it is: the spec then keeps what the card shows.
 */
function helpOf(help: Readonly<Record<string, string>>): LocalizedText | undefined {
  const langs = Object.keys(help).sort();
  const values = langs.map((l) => help[l] as string);
  if (values.every((v) => v === '')) return undefined;
  if (values.every((v) => v === values[0])) return values[0];
  return Object.fromEntries(langs.map((l) => [l, help[l] as string]));
}
