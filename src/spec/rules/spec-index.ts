import type { Field, Spec } from '../spec.generated.js';
import { directions, isObject, items, stages, str } from './walk.js';

export const FIELD_PREFIX = 'UF_CRM_';

/**
 * A field code as the spec writes it, without the UF_CRM_ prefix Bitrix24 adds
 * (docs/bitrix24/user-fields.md#field-name).
 */
export function bareFieldCode(code: string): string {
  const upper = code.toUpperCase();
  return upper.startsWith(FIELD_PREFIX) ? upper.slice(FIELD_PREFIX.length) : upper;
}

/**
 * Lookups the rules share, built in one pass so every rule stays linear in the size of the spec.
 * A name set is undefined when its section is absent: the section is then unmanaged (README.md#the-spec),
 * so a reference into it cannot be checked here and is at most a warning.
 */
export interface SpecIndex {
  roles: ReadonlySet<string>;
  directionKeys: ReadonlySet<string>;
  /** Stage codes per direction key (process stages only: where a tunnel or a robot may send a deal). */
  stageCodes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Direction keys whose `stages` the spec manages (a direction without `stages` leaves them alone). */
  stagesManaged: ReadonlySet<string>;
  emailTemplates?: ReadonlySet<string>;
  documents?: ReadonlySet<string>;
  numerators?: ReadonlySet<string>;
  departments?: ReadonlySet<string>;
  openLines: ReadonlySet<string>;
  /** Bare codes (no UF_CRM_) of deal user fields, and the types they have. */
  dealFields?: ReadonlyMap<string, string>;
  /** Bare codes of every entity's user fields: entity → code. */
  fieldsByEntity: ReadonlyMap<string, ReadonlySet<string>>;
}

function names(list: unknown, prop: string): Set<string> | undefined {
  if (!Array.isArray(list)) return undefined;
  const out = new Set<string>();
  for (const { item } of items<Record<string, unknown>>(list, '')) {
    const v = str(item[prop]);
    if (v !== undefined) out.add(v);
  }
  return out;
}

export function buildSpecIndex(spec: Spec): SpecIndex {
  const stageCodes = new Map<string, Set<string>>();
  const stagesManaged = new Set<string>();
  for (const { item } of directions(spec)) {
    const key = str(item.key);
    if (key !== undefined && !stageCodes.has(key)) stageCodes.set(key, new Set());
    if (key !== undefined && Array.isArray(item.stages)) stagesManaged.add(key);
  }
  for (const { stage, dir } of stages(spec)) {
    const key = str(dir.key);
    const code = str(stage.code);
    if (key !== undefined && code !== undefined) stageCodes.get(key)?.add(code);
  }
  const fieldsByEntity = new Map<string, Set<string>>();
  let dealFields: Map<string, string> | undefined;
  if (isObject(spec.fields)) {
    for (const [entity, list] of Object.entries(spec.fields)) {
      const codes = new Set<string>();
      for (const { item } of items<Field>(list, '')) {
        const code = str(item.code);
        if (code === undefined) continue;
        codes.add(bareFieldCode(code));
        if (entity === 'deal') {
          dealFields ??= new Map();
          dealFields.set(bareFieldCode(code), String(item.type));
        }
      }
      fieldsByEntity.set(entity, codes);
      if (entity === 'deal') dealFields ??= new Map();
    }
  }
  return {
    roles: new Set(isObject(spec.users) ? Object.keys(spec.users) : []),
    directionKeys: new Set(stageCodes.keys()),
    stageCodes,
    stagesManaged,
    emailTemplates: names(spec.email_templates, 'key'),
    documents: names(spec.documents, 'name'),
    numerators: names(spec.numerators, 'name'),
    departments: names(spec.departments, 'name'),
    openLines: names(spec.open_lines, 'name') ?? new Set(),
    dealFields,
    fieldsByEntity,
  };
}
