import type { RoleFact } from '../../portal/crm-settings/types.js';
import type { PermissionRole } from '../../spec/spec.generated.js';
import type { ArchiveItem, Difference } from './types.js';

/**
 * CRM roles by name. Each permission the spec denies must be denied on the portal and each it allows
 * allowed; permissions the spec does not mention are not its business. Role members are not in the
 * archive, so a role with members is proven only as far as its permissions go.
 */
export function compareRoles(roles: PermissionRole[], facts: RoleFact[]): ArchiveItem[] {
  const out: ArchiveItem[] = roles.map((role) => {
    const id = `manual:role:${role.name}`;
    const fact = facts.find((f) => f.name === role.name);
    if (!fact)
      return {
        id,
        path: [role.name],
        status: 'differs',
        differences: [{ field: 'presence', expected: 'present', actual: 'missing' }],
      };
    const differences: Difference[] = [
      ...(role.deny ?? [])
        .filter((p) => !fact.deny.includes(p))
        .map((p) => ({ field: 'deny' as const, expected: p, actual: 'allowed' })),
      ...(role.allow ?? [])
        .filter((p) => !fact.allow.includes(p))
        .map((p) => ({ field: 'allow' as const, expected: p, actual: 'denied' })),
    ];
    return {
      id,
      path: [role.name],
      status: differences.length ? 'differs' : 'matches',
      differences,
      evidence: { kind: 'role', role: fact },
    };
  });
  for (const fact of facts) {
    if (roles.some((r) => r.name === fact.name)) continue;
    out.push({
      id: `archive:role:${fact.name}`,
      path: [fact.name],
      status: 'portal_only',
      differences: [],
      evidence: { kind: 'role', role: fact },
    });
  }
  return out;
}
