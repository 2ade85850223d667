import { departmentsToSpec } from './to-spec.js';
import { describeDepartments } from './describe.js';
import { departmentReader, type PortalDepartment } from './read.js';
import type { ResourceKind } from '../kind.js';
import { departmentCalls } from './calls.js';
import { desiredStructure, diffDepartments, type DesiredStructure } from './diff.js';
import type { DepartmentChange } from './types.js';

export { supervisorOf } from './diff.js';
export type { PortalDepartment } from './read.js';
export type { DepartmentChange, ParentRef } from './types.js';

/** The company structure: departments and their heads; members and supervisors are checked, set by hand. */
export const departmentKind: ResourceKind<
  'departments',
  DepartmentChange,
  DesiredStructure,
  PortalDepartment[],
  'departments'
> = {
  name: 'departments',
  dependsOn: [],
  changeKinds: ['department'],
  read: departmentReader,
  desired: desiredStructure,
  current: (state) => state.departments,
  diff: diffDepartments,
  toCalls: departmentCalls,
  describe: describeDepartments,
  specSections: ['departments'],
  toSpec: departmentsToSpec,
};
