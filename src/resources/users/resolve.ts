import type { Spec } from '../../spec/spec.generated.js';
import type { PortalUser } from './read.js';

/** Role key → portal user id, by e-mail (case-insensitive); undefined when nobody on the portal has it. */
export function resolveUsers(
  spec: Spec,
  state: { users: readonly PortalUser[] },
): Map<string, number | undefined> {
  const byEmail = new Map(state.users.map((u) => [u.email.toLowerCase(), u.id]));
  return new Map(
    Object.entries(spec.users ?? {}).map(([role, u]) => [
      role,
      u ? byEmail.get(u.email.toLowerCase()) : undefined,
    ]),
  );
}
