import type { BlockedOf, DeleteOf, FieldDiff, KeptOf, KeptWhy, RenameOf, UpdateOf } from './change.js';
import type { PlanContext } from './context.js';
import type { NamedMatch, NamedPortal } from './named-match.js';
import type { PlanText } from './plan-text.js';
import { blockedChange, protectedRename } from './refusals.js';

/**
 * The changes every kind matched by name shares (open lines, document templates, numerators,
 * src/resources/named-match.ts): refusing a section the webhook cannot read, updating or renaming a
 * matched object, and deciding what happens to the portal's objects no spec item matched.
 */

/** A spec item of a kind matched by name, where it sits in the spec. */
export interface NamedItem {
  name: string;
  pointer: string;
}

/** Where a change of a named item sits: its id, kind, key and path are its name. */
export function namedBase<K extends string>(kind: K, d: NamedItem) {
  return { id: `${kind}:${d.name}`, kind, key: d.name, path: [d.name], specPointer: d.pointer };
}

/** Every item of a kind the webhook cannot read is refused: comparing with nothing would plan creations of what may exist. */
export function refuseAll<K extends string>(
  kind: K,
  desired: readonly NamedItem[],
  reason: PlanText,
  hint: PlanText,
): Array<BlockedOf<K>> {
  return desired.map((d) =>
    blockedChange({ kind, key: d.name, path: [d.name], specPointer: d.pointer }, reason, hint),
  );
}

/** An update of a matched object; a rename when its name changes, refused when either name is protected. */
export function updateOrRename<K extends string, D>(
  base: ReturnType<typeof namedBase<K>>,
  p: NamedPortal,
  diffs: FieldDiff[],
  desired: D,
  note: PlanText | undefined,
  ctx: PlanContext,
  refusal: { reason: PlanText; hint: PlanText },
): UpdateOf<K, D> | RenameOf<K, D> | BlockedOf<K> {
  const to = base.key;
  if (p.name === to) return { ...base, op: 'update', portalId: p.id, diffs, desired, note };
  if (ctx.isProtected(p.name) || ctx.isProtected(to))
    return protectedRename(base, diffs, refusal.reason, refusal.hint);
  return { ...base, op: 'rename', portalId: p.id, from: p.name, to, diffs, desired, note };
}

/**
 * Portal objects no spec item matched: left alone while pruning is off or they are protected (or
 * when `keep` says why else), deleted otherwise.
 */
export function unmatchedNamed<K extends string, P extends NamedPortal, C>(
  kind: K,
  portal: readonly P[],
  matches: ReadonlyArray<NamedMatch<NamedItem & { renamedFrom: readonly string[] }, P>>,
  ctx: PlanContext,
  opts: { current: (p: P) => C; keep?: (p: P) => KeptWhy | undefined },
): { deletes: Array<DeleteOf<K, C>>; kept: Array<KeptOf<K>> } {
  const matched = new Set(matches.flatMap((m) => (m.portal ? [m.portal.id] : [])));
  const deletes: Array<DeleteOf<K, C>> = [];
  const kept: Array<KeptOf<K>> = [];
  for (const p of portal) {
    if (matched.has(p.id)) continue;
    const key = p.name;
    const path = [p.name];
    if (!ctx.pruneAllowed || ctx.isProtected(p.name)) {
      kept.push({ kind, key, path, why: ctx.pruneAllowed ? 'protected' : 'not-in-spec' });
      continue;
    }
    const why = opts.keep?.(p);
    if (why !== undefined) {
      kept.push({ kind, key, path, why });
      continue;
    }
    deletes.push({
      id: `${kind}-delete:${p.id}`,
      kind,
      key,
      path,
      op: 'delete',
      portalId: p.id,
      current: opts.current(p),
      reason: 'prune',
    });
  }
  return { deletes, kept };
}
