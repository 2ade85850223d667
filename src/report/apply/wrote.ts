import type { AppliedRun } from './types.js';

/** A change whose calls all went through: a field of it the portal does not hold was ignored. */
export function wroteChange(run: AppliedRun, id: string): boolean {
  const calls = run.execute.outcomes.filter((o) => o.call.changeIds?.includes(id) === true);
  return calls.length > 0 && calls.every((o) => o.status === 'ok');
}
