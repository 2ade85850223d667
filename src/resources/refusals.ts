import type { BlockedOf, DisplayPath, FieldDiff } from './change.js';
import type { PlanText } from './plan-text.js';

/** The spec item a blocked change is for. */
export interface BlockedTarget<K extends string> {
  kind: K;
  key: string;
  path: DisplayPath;
  specPointer?: string;
}

/**
 * An update the planner refuses, with why and what to do. Every item of a kind the webhook cannot read is
 * one: comparing with nothing would plan creations of what may already exist.
 */
export function blockedChange<K extends string>(
  t: BlockedTarget<K>,
  reason: PlanText,
  hint: PlanText,
): BlockedOf<K> {
  return { id: `${t.kind}:${t.key}`, ...t, op: 'blocked', wanted: 'update', reason, hint };
}

/** A rename of an object under manage.protect: refused, with the differences the user asked for. */
export function protectedRename<K extends string>(
  base: BlockedTarget<K> & { id: string },
  diffs: FieldDiff[],
  reason: PlanText,
  hint: PlanText,
): BlockedOf<K> {
  return { ...base, op: 'blocked', wanted: 'update', diffs, reason, hint };
}
