import type { User } from '../../spec/spec.generated.js';
import { slugify, uniqueKey } from '../slug.js';
import type { PortalUser } from './read.js';

/** Users referenced by an export become roles keyed by the local part of their e-mail. */
export class RoleNamer {
  private byId = new Map<number, string>();
  private taken = new Set<string>();
  private out: Record<string, User> = {};
  constructor(private portalUsers: readonly PortalUser[]) {}
  roleOf(userId: number): string {
    const known = this.byId.get(userId);
    if (known) return known;
    const u = this.portalUsers.find((x) => x.id === userId);
    const base = slugify((u?.email.split('@')[0] ?? '').replace(/[.-]/g, '_'), `user_${userId}`).replace(
      /-/g,
      '_',
    );
    const role = uniqueKey(/^[a-z]/.test(base) ? base : `user_${base}`, this.taken);
    this.byId.set(userId, role);
    const user: User = { email: u?.email || `user${userId}@unknown.invalid` };
    const name = [u?.name, u?.lastName].filter(Boolean).join(' ');
    if (name) user.name = name;
    // Written as the profile holds it, so that the plan of an exported spec has no position item.
    if (u?.position) user.position = u.position;
    this.out[role] = user;
    return role;
  }
  users(): Record<string, User> {
    return Object.fromEntries(Object.entries(this.out).sort(([a], [b]) => a.localeCompare(b)));
  }
}
