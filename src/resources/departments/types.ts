import type { BlockedOf, CreateOf, ManualOf, UpdateOf } from '../change.js';

export type ParentRef = { id: number } | { newName: string };

export interface DepartmentCreate {
  name: string;
  parent: ParentRef;
  headId?: number;
}

/** Field names as department.update takes them. */
export interface DepartmentUpdate {
  name: string;
  UF_HEAD?: number;
  PARENT?: ParentRef;
}

export type DepartmentChange =
  | CreateOf<'department', DepartmentCreate>
  | UpdateOf<'department', DepartmentUpdate>
  | BlockedOf<'department'>
  | ManualOf<'department'>;
