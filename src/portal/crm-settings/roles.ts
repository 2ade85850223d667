import type { RoleFact } from './types.js';
import { badShape, isObject, listOf, parseEntry, text, type JsonObject } from './json.js';

/**
 * CRM_ROLE/<permission entity>.json: `{code, perms: [RolePermissionTable rows], roles: [RoleTable rows]}`,
 * non-system roles only (docs/bitrix24/crm-settings-archive.md#roles). A permission is granted by a row
 * `{ROLE_ID, ENTITY, FIELD: "-", PERM_TYPE, ATTR}` with a non-empty ATTR (BX_CRM_PERM_NONE is ''); no
 * row means no permission. Deals have one entity per pipeline (DEAL, DEAL_C<id>): a deal permission
 * counts as granted when any pipeline grants it. Role members are not in the archive.
 */
const FILE = /^CRM_ROLE\/[^/]+\.json$/;

const ENTITIES: Readonly<Record<string, RegExp>> = {
  lead: /^LEAD$/,
  deal: /^DEAL(_C\d+)?$/,
  contact: /^CONTACT$/,
  company: /^COMPANY$/,
  quote: /^QUOTE$/,
  invoice: /^INVOICE$/,
};
/** The spec's operation words and the PERM_TYPE each stands for. */
const OPERATIONS: Readonly<Record<string, string>> = {
  read: 'READ',
  add: 'ADD',
  update: 'WRITE',
  delete: 'DELETE',
  export: 'EXPORT',
  import: 'IMPORT',
};
/** `import` and `export` on their own mean the four client entities at once. */
const BULK_ENTITIES = ['lead', 'deal', 'contact', 'company'];

interface Grant {
  entity: string;
  permType: string;
}

export function readRoles(files: Map<string, Buffer>, archive: string): RoleFact[] {
  const names = new Map<string, string>();
  const grants = new Map<string, Grant[]>();
  for (const entry of [...files.keys()].filter((k) => FILE.test(k)).sort()) {
    const ctx = { archive, entry };
    const json = parseEntry(files.get(entry) as Buffer, ctx);
    if (!isObject(json)) throw badShape(ctx, 'not an object');
    for (const r of listOf(json.roles)) {
      if (!isObject(r) || text(r.IS_SYSTEM) === 'Y') continue;
      names.set(text(r.ID), text(r.NAME));
    }
    for (const p of listOf(json.perms)) if (isObject(p)) addGrant(grants, p);
  }
  return [...names.entries()]
    .map(([id, name]) => roleOf(name, grants.get(id) ?? []))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function addGrant(grants: Map<string, Grant[]>, row: JsonObject): void {
  const field = text(row.FIELD);
  if (field !== '-' && field !== '') return;
  if (text(row.ATTR) === '') return;
  const id = text(row.ROLE_ID);
  const list = grants.get(id) ?? [];
  list.push({ entity: text(row.ENTITY), permType: text(row.PERM_TYPE) });
  grants.set(id, list);
}

/** Every permission the spec can name: `deal.delete` …, then `import`, `export`, `settings`. */
export const SPEC_PERMISSIONS: readonly string[] = [
  ...Object.keys(ENTITIES).flatMap((e) => Object.keys(OPERATIONS).map((op) => `${e}.${op}`)),
  'import',
  'export',
  'settings',
].sort();

function roleOf(name: string, grants: Grant[]): RoleFact {
  const has = (entity: string, op: string) =>
    grants.some((g) => (ENTITIES[entity] as RegExp).test(g.entity) && g.permType === OPERATIONS[op]);
  const granted = (perm: string): boolean => {
    if (perm === 'settings') return grants.some((g) => g.entity === 'CONFIG' && g.permType === 'WRITE');
    if (perm === 'import' || perm === 'export') return BULK_ENTITIES.some((e) => has(e, perm));
    const [entity, op] = perm.split('.') as [string, string];
    return has(entity, op);
  };
  const allow = SPEC_PERMISSIONS.filter(granted);
  return { name, allow, deny: SPEC_PERMISSIONS.filter((p) => !allow.includes(p)) };
}
