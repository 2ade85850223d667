import type { KindDescription } from '../kind.js';
import { lastName, words } from '../describe-helpers.js';
import { DEPARTMENT_MESSAGES as M } from './messages.js';
import type { DepartmentChange } from './types.js';

/** Departments, and the structure items set by hand, form the "Company structure" group. */
export const describeDepartments: KindDescription<DepartmentChange> = {
  headline: (c, lang) => words(M.headline, lang, { name: lastName(c) }),
  group: (_c, lang) => words(M.group, lang),
};
