import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { b24cfgCommand, type PortalArg } from '../core/command-line.js';
import { errorOf } from '../core/errors.js';
import { stableStringify } from '../core/hash.js';
import type { B24Client } from '../portal/client.js';
import { samePortal } from '../portal/identity.js';
import { planAgainstPortal, type Planned, type SpecInput } from '../plan/against-portal.js';
import type { Change, Plan, PlanOptions } from '../resources/plan.js';
import { planTextReplacer } from '../resources/plan-text.js';
import { APPLY_ERRORS } from './messages.js';

/** The spec a saved plan names: relative to where `plan` ran, else next to the plan file. */
export function specPathOfPlan(plan: Plan, planFile: string, cwd: string): string {
  const candidates = isAbsolute(plan.spec.file)
    ? [plan.spec.file]
    : [resolve(cwd, plan.spec.file), resolve(dirname(planFile), plan.spec.file)];
  return candidates.find((c) => existsSync(c)) ?? (candidates[0] as string);
}

/** What the hints of a saved plan's errors name: the plan file, its spec and the portal. */
export interface SavedPlanRef {
  /** The plan file as the user named it. */
  file: string;
  spec: string;
  portal: PortalArg;
}

/** `b24cfg plan <spec> --portal P --out <file>`: how a stale plan is made again. */
export function remakeCommand(ref: SavedPlanRef): string {
  return b24cfgCommand('plan', ref.spec, '--portal', ref.portal, '--out', ref.file);
}

export function stalePlan(what: 'spec' | 'portal', ref: SavedPlanRef) {
  return errorOf(APPLY_ERRORS, what === 'portal' ? 'PLAN_STALE' : 'specChangedSincePlan', {
    where: ref.file,
    data: { remake: remakeCommand(ref) },
  });
}

/** A saved plan's spec must be the one it was made from: otherwise the plan is stale (exit 7). */
export function checkSpecOfPlan(plan: Plan, input: SpecInput, ref: SavedPlanRef): void {
  if (input.specHash !== plan.spec.hash) throw stalePlan('spec', ref);
}

const FLAGS: ReadonlyArray<[keyof PlanOptions, string]> = [
  ['prune', '--prune'],
  ['allowDataLoss', '--allow-data-loss'],
  ['allowStructureChanges', '--allow-structure-changes'],
];

/**
 * The permissions to delete and to lose data are the apply's to give, on its own command line: a plan
 * file carries the flags it was made with, but anyone who can edit the file can set them (issue 15,
 * item 1). A plan made with a flag the command line lacks is refused, naming the flags.
 */
export function checkPlanFlags(plan: Plan, given: PlanOptions, ref: SavedPlanRef): void {
  const missing = FLAGS.filter(([k]) => plan.options[k] === true && given[k] !== true).map(([, f]) => f);
  if (missing.length === 0) return;
  const all = FLAGS.filter(([k]) => plan.options[k] === true || given[k] === true).map(([, f]) => f);
  throw errorOf(APPLY_ERRORS, 'PLAN_NEEDS_FLAGS', {
    where: ref.file,
    data: {
      flags: missing.join(' '),
      command: b24cfgCommand('apply', ref.file, '--portal', ref.portal, ...all),
    },
  });
}

/**
 * A change as two plans are compared: the number of deals or values a deletion touches moves with the
 * client's daily work, so only whether there are any counts.
 */
function comparable(c: Change): string {
  const impact = (c as { impact?: Record<string, unknown> }).impact;
  if (impact === undefined) return stableStringify(c);
  const some = Object.fromEntries(
    Object.entries(impact).map(([k, v]) => [k, typeof v === 'number' ? v > 0 : v]),
  );
  return stableStringify({ ...c, impact: some });
}

type Difference = {
  key: 'planDiffersOp' | 'planDiffersDetail' | 'planDiffersExtra' | 'planDiffersMissing';
  data: Record<string, string>;
};

/**
 * The first way `fresh` differs from `saved` in what it would write, refuse or list, if any. The fresh
 * plan is compared as `plan --out` would have saved it (its texts in both languages).
 */
export function planDifference(saved: Plan, fresh: Plan): Difference | undefined {
  const asSaved = JSON.parse(JSON.stringify(fresh.changes, planTextReplacer)) as Change[];
  const now = new Map(asSaved.map((c) => [c.id, c]));
  for (const c of saved.changes) {
    const f = now.get(c.id);
    if (!f) return { key: 'planDiffersExtra', data: { id: c.id } };
    if (f.op !== c.op) return { key: 'planDiffersOp', data: { id: c.id, saved: c.op, fresh: f.op } };
    if (comparable(f) !== comparable(c)) return { key: 'planDiffersDetail', data: { id: c.id } };
  }
  const inFile = new Set(saved.changes.map((c) => c.id));
  const added = asSaved.find((c) => !inFile.has(c.id));
  if (added) return { key: 'planDiffersMissing', data: { id: added.id } };
  // The same changes in another order would run their calls in another order.
  if (saved.changes.map((c) => c.id).join('\n') !== asSaved.map((c) => c.id).join('\n'))
    return { key: 'planDiffersDetail', data: { id: saved.changes[0]?.id ?? '' } };
  return undefined;
}

/**
 * `apply plan.json`: the file is an approval, not a program. The portal is planned again now with the
 * flags of the apply's own command line, and the fresh plan is executed only if it equals the saved
 * one (issue 15, items 1 and 10): a file edited by hand (a refused change turned into a deletion), a
 * portal changed since, or a document file replaced since are all a stale plan (exit 7).
 */
export async function replanSavedPlan(
  saved: Plan,
  input: SpecInput,
  client: B24Client,
  options: PlanOptions,
  now: Date,
  ref: SavedPlanRef,
): Promise<Planned> {
  checkPlanFlags(saved, options, ref);
  const fresh = await planAgainstPortal(input, client, options, now);
  if (!samePortal(saved.portal, fresh.plan.portal)) {
    throw errorOf(APPLY_ERRORS, 'PLAN_OTHER_PORTAL', {
      where: ref.file,
      data: {
        planned: saved.portal.identity ?? saved.portal.host,
        actual: fresh.plan.portal.identity ?? fresh.plan.portal.host,
        remake: remakeCommand(ref),
      },
    });
  }
  const diff = planDifference(saved, fresh.plan);
  if (diff) {
    throw errorOf(APPLY_ERRORS, diff.key, {
      where: ref.file,
      data: { ...diff.data, remake: remakeCommand(ref) },
    });
  }
  return fresh;
}
