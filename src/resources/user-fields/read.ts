import {
  asRows,
  int,
  malformed,
  optInt,
  optList,
  optStr,
  optYn,
  reqYn,
  str,
  strOr,
  type Row,
} from '../../portal/malformed.js';
import type { SectionReader } from '../reader.js';
import { allTextsCalls, withAllTexts } from './all-texts.js';

export type CrmEntity = 'deal' | 'lead' | 'contact' | 'company';
export const CRM_ENTITIES: readonly CrmEntity[] = ['deal', 'lead', 'contact', 'company'];

export interface PortalListItem {
  id: number;
  xmlId: string;
  value: string;
  sort: number;
  def: boolean;
}

export interface PortalUserField {
  id: number;
  entity: CrmEntity;
  /** UF_CRM_… */
  fieldName: string;
  type: string;
  multiple: boolean;
  mandatory: boolean;
  showFilter: boolean;
  showInList: boolean;
  sort: number;
  xmlId: string | null;
  /** EDIT_FORM_LABEL per language, as read with filter.LANG (docs/bitrix24/user-fields.md#labels-by-language). */
  labels: Record<string, string>;
  /**
   * HELP_MESSAGE per language, read in the same rows as the labels: the field's hint in the card and
   * the list (docs/bitrix24/user-fields.md#help). A field added over REST without one holds its LABEL.
   * Absent from a snapshot written before b24cfg read it.
   */
  help?: Record<string, string>;
  /** LIST_COLUMN_LABEL and LIST_FILTER_LABEL per language (the grid's header, the filter's name); as `help`. */
  columnLabels?: Record<string, string>;
  filterLabels?: Record<string, string>;
  /**
   * Set when the plan would send this field's label or help as a language map: 'read' when its texts in
   * every portal language were read with userfield.get and merged into the maps above, 'unreadable' when
   * that read failed (src/resources/user-fields/all-texts.ts).
   */
  allTexts?: 'read' | 'unreadable';
  settings: Record<string, unknown>;
  /** Enumeration items; empty for other types. */
  list: PortalListItem[];
}

const callKey = (e: CrmEntity, lang: string) => `uf_${e}_${lang}`;

/**
 * The user fields of deals, leads, contacts and companies. Labels only come back when filter.LANG
 * is given (docs/bitrix24/user-fields.md#labels-by-language), so each language is a call of its own.
 */
export const userFieldReader: SectionReader<'userFields', Record<CrmEntity, PortalUserField[]>> = {
  section: 'userFields',
  calls: ({ languages }) =>
    CRM_ENTITIES.flatMap((e) =>
      languages.map((lang) => ({
        key: callKey(e, lang),
        method: `crm.${e}.userfield.list`,
        params: { filter: { LANG: lang } },
      })),
    ),
  followUps: (first, { languages, fields }) =>
    allTextsCalls(
      fields,
      fieldsOf(languages, (key) => {
        const r = first(key);
        return r?.ok ? r.result : undefined;
      }),
    ),
  parse: (answers, { languages, fields }) =>
    withAllTexts(
      fields,
      fieldsOf(languages, (key) => answers.result(key)),
      (key) => answers.followUp(key),
    ),
};

/** Every entity's fields from its per-language list answers. */
function fieldsOf(
  languages: readonly string[],
  result: (key: string) => unknown,
): Record<CrmEntity, PortalUserField[]> {
  const out = {} as Record<CrmEntity, PortalUserField[]>;
  for (const e of CRM_ENTITIES) {
    const perLang: Record<string, unknown> = {};
    for (const lang of languages) {
      const raw = result(callKey(e, lang));
      if (raw !== undefined) perLang[lang] = raw;
    }
    out[e] = mergeLanguages(e, perLang);
  }
  return out;
}

const UF_ENTITY: Record<string, CrmEntity> = {
  CRM_DEAL: 'deal',
  CRM_LEAD: 'lead',
  CRM_CONTACT: 'contact',
  CRM_COMPANY: 'company',
};

/** One entity's per-language answers merged into one row per field, labels keyed by language. */
function mergeLanguages(entity: CrmEntity, perLang: Record<string, unknown>): PortalUserField[] {
  const m = `crm.${entity}.userfield.list`;
  const byId = new Map<number, PortalUserField>();
  for (const [lang, result] of Object.entries(perLang)) {
    for (const r of asRows(result, m)) {
      const id = int(r.ID, m, 'ID');
      let f = byId.get(id);
      if (!f) {
        f = fieldOf(r, id, UF_ENTITY[strOr(r.ENTITY_ID)] ?? entity, m);
        byId.set(id, f);
      }
      const label = textOf(r.EDIT_FORM_LABEL, lang);
      if (label !== undefined) f.labels[lang] = label;
      const help = textOf(r.HELP_MESSAGE, lang);
      if (help !== undefined) (f.help ??= {})[lang] = help;
      const column = textOf(r.LIST_COLUMN_LABEL, lang);
      if (column !== undefined) (f.columnLabels ??= {})[lang] = column;
      const filter = textOf(r.LIST_FILTER_LABEL, lang);
      if (filter !== undefined) (f.filterLabels ??= {})[lang] = filter;
    }
  }
  return [...byId.values()].sort((a, b) => a.sort - b.sort || a.id - b.id);
}

/** A label key of one language's row: its text, or the language's entry when it comes as a map; null is none. */
function textOf(v: unknown, lang: string): string | undefined {
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object' && typeof (v as Row)[lang] === 'string')
    return (v as Row)[lang] as string;
  return undefined;
}

function fieldOf(r: Row, id: number, entity: CrmEntity, m: string): PortalUserField {
  return {
    id,
    entity,
    fieldName: str(r.FIELD_NAME, m, 'FIELD_NAME'),
    type: str(r.USER_TYPE_ID, m, 'USER_TYPE_ID'),
    multiple: reqYn(r.MULTIPLE, m, 'MULTIPLE'),
    mandatory: optYn(r.MANDATORY, m, 'MANDATORY', false),
    // SHOW_FILTER is N, I, E or S; anything but N means "shown in the filter" (docs/bitrix24/user-fields.md#show-in-filter).
    showFilter: optStr(r.SHOW_FILTER, m, 'SHOW_FILTER', 'N') !== 'N',
    showInList: optYn(r.SHOW_IN_LIST, m, 'SHOW_IN_LIST', true),
    sort: optInt(r.SORT, m, 'SORT', 100),
    xmlId: typeof r.XML_ID === 'string' && r.XML_ID !== '' ? r.XML_ID : null,
    labels: {},
    help: {},
    settings: settingsOf(r.SETTINGS, m),
    list: listItemsOf(optList(r.LIST, m, 'LIST'), m),
  };
}

/** SETTINGS is an object; absent or [] (an empty PHP map, docs/bitrix24/batch.md#empty-maps) is none; anything else is damage. */
function settingsOf(v: unknown, m: string): Row {
  if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) return {};
  if (typeof v === 'object' && !Array.isArray(v)) return v as Row;
  throw malformed(m, `SETTINGS is not an object (${JSON.stringify(v)?.slice(0, 40) ?? 'undefined'})`);
}

function listItemsOf(list: unknown[], m: string): PortalListItem[] {
  return asRows(list, m)
    .map((i) => ({
      id: int(i.ID, m, 'LIST.ID'),
      xmlId: optStr(i.XML_ID, m, 'LIST.XML_ID'),
      value: str(i.VALUE, m, 'LIST.VALUE'),
      sort: optInt(i.SORT, m, 'LIST.SORT', 500),
      def: optYn(i.DEF, m, 'LIST.DEF', false),
    }))
    .sort((a, b) => a.sort - b.sort || a.id - b.id);
}
