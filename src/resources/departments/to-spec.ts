import type { Department, Spec } from '../../spec/spec.generated.js';
import { say } from '../plan-text.js';
import type { SpecExport } from '../spec-export.js';
import { DEPARTMENT_MESSAGES as M } from './messages.js';
import type { PortalDepartment } from './read.js';

/**
 * `departments:` with their heads (as roles) and parents (by name). The spec tells departments apart
 * by name, while a portal may hold one name under several parents and list a department whose
 * parent it does not show (docs/bitrix24/parity.md#department-get, #variants). So a name is written
 * once — for its first department by id, the one plan matches it to — and a parent only when it
 * was written itself; what is left out is said in the header, so the spec plans with no changes.
 */
export function departmentsToSpec(departments: readonly PortalDepartment[], x: SpecExport): Partial<Spec> {
  if (!x.sections.has('departments') || x.state.unreadable.departments) return {};
  const byId = new Map(departments.map((d) => [d.id, d]));
  const firstOfName = new Map<string, PortalDepartment>();
  for (const d of departments) if (!firstOfName.has(d.name)) firstOfName.set(d.name, d);
  const written = (d: PortalDepartment) => firstOfName.get(d.name) === d;
  const where = (id: number | null) => (id === null ? '—' : (byId.get(id)?.name ?? `#${id}`));
  const out: Department[] = [];
  for (const d of departments) {
    if (!written(d)) {
      x.notes.push(say(M, 'exportRepeated', { name: d.name, parent: where(d.parentId) }));
      continue;
    }
    const dep: Department = { name: d.name };
    if (d.headUserId) dep.head = x.roles.roleOf(d.headUserId);
    const parent = d.parentId === null ? undefined : byId.get(d.parentId);
    if (parent && written(parent)) dep.parent = parent.name;
    else if (d.parentId !== null) {
      x.notes.push(
        say(M, parent ? 'exportParentRepeated' : 'exportParentHidden', {
          name: d.name,
          parent: where(d.parentId),
        }),
      );
    }
    out.push(dep);
  }
  return { departments: out };
}
