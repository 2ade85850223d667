import { b24cfgCommand, type CommandArg } from '../core/command-line.js';
import { errorOf } from '../core/errors.js';
import type { Text } from '../core/i18n.js';
import type { Planned } from '../plan/against-portal.js';
import { unknownPeopleError, unknownPersonWarning, userProblems } from '../resources/users/problems.js';
import { APPLY_ERRORS } from './messages.js';

/**
 * What must hold before an apply asks anything or writes: the people a write needs (an open line's
 * queue, a department head) are on the portal, and no change is refused unless --skip-blocked says to
 * apply the rest. People only named in manual items are warnings (src/resources/users/problems.ts).
 */
export function preflight(
  planned: Planned,
  host: string,
  o: {
    skipBlocked: boolean;
    warn: (text: Text) => void;
    /** This command as it can be run again, for the hint (src/apply/apply.ts `ApplyRequest.rerun`). */
    rerun: readonly CommandArg[];
  },
): void {
  const plan = planned.plan;
  const people = userProblems(planned.inputs.spec, planned.state, plan.options);
  for (const w of people.warnings) o.warn(unknownPersonWarning(w, host));
  if (people.errors.length > 0) throw unknownPeopleError(people.errors, host, planned.state.unreadable.users);
  const blocked = plan.changes.filter((c) => c.op === 'blocked').length;
  if (blocked > 0 && !o.skipBlocked)
    throw errorOf(APPLY_ERRORS, 'PLAN_HAS_REFUSED_CHANGES', {
      data: { n: blocked, command: b24cfgCommand(...o.rerun, '--skip-blocked') },
    });
}
