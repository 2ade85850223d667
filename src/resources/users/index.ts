import type { ResourceKind } from '../kind.js';
import { userReader, type PortalUser } from './read.js';

export { resolveUsers } from './resolve.js';
export type { PortalUser } from './read.js';

/**
 * The portal's people, read only: b24cfg never writes a user. The spec's roles (`users:`) resolve to
 * them by e-mail (ctx.users, src/resources/users/resolve.ts), which open-line queues and department
 * heads need; who is missing is checked in src/resources/users/problems.ts.
 */
export const userKind: ResourceKind<'users', never, undefined, PortalUser[], 'users'> = {
  name: 'users',
  dependsOn: [],
  changeKinds: [],
  read: userReader,
  desired: () => undefined,
  current: (state) => state.users,
  diff: () => ({ changes: [] }),
  toCalls: () => [],
  // The people other kinds named while exporting (queues, heads) become `users:`; it runs after them.
  toSpec: (_users, x) => {
    const users = x.roles.users();
    return Object.keys(users).length > 0 ? { users } : {};
  },
};
