import type { ManualOf } from '../change.js';
import type { PlanContext } from '../context.js';
import { say } from '../plan-text.js';
import { DEPARTMENT_MESSAGES as M } from './messages.js';
import type { DesiredStructure } from './diff.js';

/**
 * A role's `position` against the WORK_POSITION of the person it resolves to. b24cfg never writes a
 * person's profile (src/resources/users/index.ts), so a difference is an item for a human, never an
 * update and never left unsaid.
 */
export function positionItems(
  spec: DesiredStructure,
  ctx: PlanContext,
  person: (role: string) => string,
): Array<ManualOf<'department'>> {
  const out: Array<ManualOf<'department'>> = [];
  for (const [role, u] of Object.entries(spec.users ?? {})) {
    if (u?.position === undefined) continue;
    const userId = ctx.users.get(role);
    if (userId === undefined) continue; // reported by the users pre-check
    const now = ctx.state.users.find((x) => x.id === userId)?.position ?? '';
    if (now === u.position) continue;
    out.push({
      id: `manual:user:${role}#position`,
      kind: 'department',
      key: `user:${role}#position`,
      path: [role],
      specPointer: `/users/${role}/position`,
      op: 'manual',
      reason: say(M, 'positionReason'),
      summary: now
        ? say(M, 'position', { person: person(role), position: u.position, now })
        : say(M, 'positionNone', { person: person(role), position: u.position }),
    });
  }
  return out;
}
