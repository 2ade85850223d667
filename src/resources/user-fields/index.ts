import { userFieldsToSpec } from './to-spec.js';
import { describeUserFields } from './describe.js';
import { userFieldReader, type CrmEntity, type PortalUserField } from './read.js';
import type { ResourceKind } from '../kind.js';
import { userFieldCalls } from './calls.js';
import { desiredFields, diffUserFields } from './diff.js';
import type { DesiredFields, ListItemChange, UserFieldChange } from './types.js';

export { fieldName } from './field-name.js';
export { labelDiffs } from './texts.js';
export { ENTITY_LIST_METHOD } from './list-items.js';
export { CRM_ENTITIES, type CrmEntity, type PortalListItem, type PortalUserField } from './read.js';
export type { ListItemChange, UserFieldChange } from './types.js';

/** CRM user fields of deals, leads, contacts and companies, with their list items. */
export const userFieldKind: ResourceKind<
  'userFields',
  UserFieldChange | ListItemChange,
  DesiredFields | undefined,
  Record<CrmEntity, PortalUserField[]>,
  'userFields'
> = {
  name: 'userFields',
  dependsOn: [],
  changeKinds: ['userField', 'listItem'],
  read: userFieldReader,
  desired: desiredFields,
  current: (state) => state.userFields,
  diff: diffUserFields,
  toCalls: userFieldCalls,
  describe: describeUserFields,
  specSections: ['fields'],
  toSpec: userFieldsToSpec,
};
