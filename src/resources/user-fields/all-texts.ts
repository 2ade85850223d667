import type { BatchItemResult, RestCall } from '../../portal/client.js';
import type { Field, Spec } from '../../spec/spec.generated.js';
import { fieldName } from './field-name.js';
import type { CrmEntity, PortalUserField } from './read.js';
import { needsAllTexts } from './texts.js';

/**
 * The follow-up read of a field whose label or help the plan would send as a language map. Update
 * writes "" to every portal language such a map does not list (docs/bitrix24/parity.md#uf-labels), and
 * the list calls read only the languages b24cfg asked for; userfield.get answers every text key as a
 * map of all the languages the field has (docs/bitrix24/parity.md#uf-get), so the update can send the
 * portal's own texts back in every language the spec does not name. The gets ride in the reader's one
 * follow-up request (src/portal/read.ts); a plan without such an update asks for none.
 */

type Fields = Record<CrmEntity, PortalUserField[]>;

const getKey = (p: PortalUserField) => `uf_get_${p.entity}_${p.id}`;

/** The text keys of a get answer and the field's texts each one fills. */
const TEXT_KEYS = {
  EDIT_FORM_LABEL: 'labels',
  LIST_COLUMN_LABEL: 'columnLabels',
  LIST_FILTER_LABEL: 'filterLabels',
  HELP_MESSAGE: 'help',
} as const;

/** The portal fields the plan would update with a label or help map (none without a spec). */
function needing(specFields: Spec['fields'], current: Fields): PortalUserField[] {
  if (specFields === undefined) return [];
  const out: PortalUserField[] = [];
  for (const [entity, list] of Object.entries(specFields) as Array<[CrmEntity, Field[] | undefined]>) {
    const byName = new Map((current[entity] ?? []).map((p) => [p.fieldName, p]));
    for (const f of list ?? []) {
      if (typeof f.label !== 'object' && typeof f.help !== 'object') continue;
      const p = byName.get(fieldName(f.code));
      if (p !== undefined && needsAllTexts(f, p)) out.push(p);
    }
  }
  return out;
}

/** One crm.<entity>.userfield.get per field that needs its texts in every language. */
export function allTextsCalls(specFields: Spec['fields'], current: Fields): RestCall[] {
  return needing(specFields, current).map((p) => ({
    key: getKey(p),
    method: `crm.${p.entity}.userfield.get`,
    params: { id: p.id },
  }));
}

/**
 * The fields with the get's texts merged in (`allTexts: 'read'`), or marked `allTexts: 'unreadable'`
 * when the get failed or answered a key otherwise than as a language map: the plan then refuses the
 * update rather than blank the languages it does not know.
 */
export function withAllTexts(
  specFields: Spec['fields'],
  current: Fields,
  followUp: (key: string) => BatchItemResult | undefined,
): Fields {
  const wanted = new Set(needing(specFields, current));
  if (wanted.size === 0) return current;
  const out = { ...current };
  for (const entity of Object.keys(out) as CrmEntity[]) {
    out[entity] = out[entity].map((p) => (wanted.has(p) ? merged(p, followUp(getKey(p))) : p));
  }
  return out;
}

function merged(p: PortalUserField, r: BatchItemResult | undefined): PortalUserField {
  const row = r?.ok && isMap(r.result) ? r.result : undefined;
  const texts = row && Object.keys(TEXT_KEYS).map((k) => languageMap(row[k]));
  if (texts === undefined || texts.some((t) => t === undefined)) return { ...p, allTexts: 'unreadable' };
  const next: PortalUserField = { ...p, allTexts: 'read' };
  Object.values(TEXT_KEYS).forEach((into, i) => {
    next[into] = { ...p[into], ...texts[i] };
  });
  return next;
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A key's texts by language; [] is an empty PHP map (docs/bitrix24/batch.md#empty-maps); null texts are none. */
function languageMap(v: unknown): Record<string, string> | undefined {
  if (Array.isArray(v) && v.length === 0) return {};
  if (!isMap(v)) return undefined;
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
