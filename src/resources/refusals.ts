import type { Text } from '../core/i18n.js';
import type { BlockedChange, ChangeKind, FieldDiff } from '../plan/types.js';

/** The spec item a blocked change is for. */
export interface BlockedTarget {
  kind: ChangeKind;
  key: string;
  path: BlockedChange['path'];
  specPointer?: string;
}

/**
 * An update the planner refuses, with why and what to do. Every item of a kind the webhook cannot read is
 * one: comparing with nothing would plan creations of what may already exist.
 */
export function blockedChange(t: BlockedTarget, reason: Text, hint: Text): BlockedChange {
  return { id: `${t.kind}:${t.key}`, ...t, op: 'blocked', wanted: 'update', reason, hint };
}

/** A rename of an object under manage.protect: refused, with the differences the user asked for. */
export function protectedRename(
  base: BlockedTarget & { id: string },
  diffs: FieldDiff[],
  reason: Text,
  hint: Text,
): BlockedChange {
  return { ...base, op: 'blocked', wanted: 'update', diffs, reason, hint };
}
