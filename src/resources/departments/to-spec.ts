import type { Department, Spec } from '../../spec/spec.generated.js';
import type { SpecExport } from '../spec-export.js';
import type { PortalDepartment } from './read.js';

/** `departments:` with their heads (as roles) and parents (by name). */
export function departmentsToSpec(departments: readonly PortalDepartment[], x: SpecExport): Partial<Spec> {
  if (!x.sections.has('departments') || x.state.unreadable.departments) return {};
  const byId = new Map(departments.map((d) => [d.id, d]));
  return {
    departments: departments.map((d) => {
      const out: Department = { name: d.name };
      if (d.headUserId) out.head = x.roles.roleOf(d.headUserId);
      const parent = d.parentId ? byId.get(d.parentId) : undefined;
      if (parent) out.parent = parent.name;
      return out;
    }),
  };
}
