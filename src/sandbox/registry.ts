/**
 * Every method the sandbox answers, by lower-case name. Method names are case-insensitive and may end
 * in ".json" (docs/bitrix24/parity.md#error-codes: the name is lower-cased and the extension stripped).
 */
import type { MethodDef } from './context.js';
import { auditDataMethods } from './handlers/audit-data.js';
import { categoryMethods } from './handlers/category.js';
import { crmDataMethods } from './handlers/crm-data.js';
import { crmLegacyListMethods } from './handlers/crm-legacy-lists.js';
import { dealWriteMethods } from './handlers/deal-write.js';
import { departmentMethods } from './handlers/departments.js';
import { docgenMethods } from './handlers/docgen.js';
import { openLineMethods } from './handlers/openlines.js';
import { statusMethods } from './handlers/status.js';
import { systemMethods } from './handlers/system.js';
import { userFieldMethods } from './handlers/userfield.js';
import { userMethods } from './handlers/users.js';

const ALL: MethodDef[] = [
  ...systemMethods,
  ...categoryMethods,
  ...statusMethods,
  ...userFieldMethods,
  ...openLineMethods,
  ...docgenMethods,
  ...userMethods,
  ...departmentMethods,
  ...crmDataMethods,
  ...crmLegacyListMethods,
  ...dealWriteMethods,
  ...auditDataMethods,
];

const BY_NAME = new Map(ALL.map((m) => [m.name.toLowerCase(), m]));

/** Scopes a webhook can be given on this portal (the "all scopes" default). */
export const ALL_SCOPES = [
  'bizproc',
  'calendar',
  'crm',
  'department',
  'imopenlines',
  'task',
  'telephony',
  'user',
  'user_basic',
  'user_brief',
  'userfieldconfig',
] as const;

export function normaliseMethodName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/\.json$/, '');
}

export function findMethod(name: string): MethodDef | undefined {
  return BY_NAME.get(normaliseMethodName(name));
}
