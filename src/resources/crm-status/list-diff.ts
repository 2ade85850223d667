import type {
  BlockedOf,
  CreateOf,
  DataImpact,
  DeleteOf,
  FieldDiff,
  KeptOf,
  KeptWhy,
  UpdateOf,
} from '../change.js';
import type { PlanContext } from '../context.js';
import type { PlanMessage } from '../plan-text.js';
import { semanticsOf, type DesiredStatus, type Semantics, type SortMove, type StatusRef } from './types.js';

/**
 * The diff of one crm.status list — the stages of a pipeline, lead statuses, sources, contact and
 * company types — under Bitrix24's rules (docs/bitrix24/stages.md): STATUS_ID is the key and immutable; SEMANTICS
 * cannot change on update (a change is delete + add, refused while records use the item); SYSTEM items
 * are never deleted; with semantics, SORT runs process < success < failure. The kinds differ only in
 * the rules below (how usage is counted, what the texts say, how sorts are assigned).
 */
export interface StatusListRules<K extends string, T extends object> {
  kind: K;
  /** SEMANTICS is immutable and orders the list (stages, lead statuses). */
  withSemantics: boolean;
  keyOf(code: string): string;
  pathOf(name: string): string[];
  /** The change id of the object the list belongs to (a pipeline), set on every write. */
  parent?: string;
  /** What a change carries so calls can be built from it alone (saved plans). */
  target(code: string, p?: StatusRef): T;
  /** Records using an item (deals on a stage, leads on a status …); undefined until counted. */
  usage(p: StatusRef): number | undefined;
  impactOf(n: number): DataImpact;
  /** Items stay as they are until their usage is counted (otherwise the first pass plans as if unused). */
  waitForCounts: boolean;
  /** Whether an unnamed item in use may be deleted anyway (--allow-data-loss, where Bitrix24 allows it). */
  deleteInUse: boolean;
  texts: StatusListTexts;
  /** A portal item deleted without asking (the default stages of a new pipeline), or undefined. */
  autoDelete?(p: StatusRef): StatusListChange<K, T> | undefined;
  sorts(s: SortInput): { sorts: Map<string, number>; fits: boolean };
  /** The refusal when the order cannot hold; `stop` = plan no updates or creations of the list then. */
  orderBlocked(): { change: BlockedOf<K>; stop: boolean };
  /** A creation the portal would refuse (a second success status), or undefined. */
  createBlocked?(d: DesiredStatus, deleted: ReadonlySet<string>): BlockedOf<K> | undefined;
  createNote?(d: DesiredStatus): PlanMessage | undefined;
}

export interface StatusListTexts {
  typeChange(from: Semantics, to: Semantics): PlanMessage;
  recreateSystem: PlanMessage;
  recreateUsed: PlanMessage;
  recreateProtected: PlanMessage;
  recreateHint: PlanMessage;
  deleteUsed: PlanMessage;
  deleteUsedHint: PlanMessage;
}

export interface SortInput {
  desired: readonly DesiredStatus[];
  byCode: ReadonlyMap<string, StatusRef>;
  desiredCodes: ReadonlySet<string>;
  /** Current sort of a desired item that stays; undefined for one to create. */
  current: (code: string) => number | undefined;
  keptProcessSorts: number[];
  keptFailureSorts: number[];
}

export type StatusCreate<T> = T & {
  name: string;
  sort?: number;
  color?: string;
  semantics: Semantics;
};
export type StatusCurrent<T> = T & { name?: string; sort: number };

export type StatusListChange<K extends string, T> =
  CreateOf<K, StatusCreate<T>> | UpdateOf<K, T & SortMove> | DeleteOf<K, StatusCurrent<T>> | BlockedOf<K>;

interface Work<K extends string, T extends object> {
  rules: StatusListRules<K, T>;
  ctx: PlanContext;
  desired: readonly DesiredStatus[];
  byCode: Map<string, StatusRef>;
  desiredCodes: Set<string>;
  changes: Array<StatusListChange<K, T>>;
  kept: Array<KeptOf<K>>;
  /** Desired items that stay on the portal (possibly updated). */
  matched: Map<string, StatusRef>;
  toCreate: Set<string>;
  deleted: Set<string>;
  keptP: number[];
  keptF: number[];
}

export function diffStatusList<K extends string, T extends object>(
  rules: StatusListRules<K, T>,
  desired: readonly DesiredStatus[],
  portal: readonly StatusRef[],
  ctx: PlanContext,
): { changes: Array<StatusListChange<K, T>>; kept: Array<KeptOf<K>> } {
  const w: Work<K, T> = {
    rules,
    ctx,
    desired,
    byCode: new Map(portal.map((s) => [s.code, s])),
    desiredCodes: new Set(desired.map((d) => d.code)),
    changes: [],
    kept: [],
    matched: new Map(),
    toCreate: new Set(),
    deleted: new Set(),
    keptP: [],
    keptF: [],
  };
  for (const d of desired) matchDesired(w, d);
  for (const p of portal) if (!w.desiredCodes.has(p.code)) unnamed(w, p);
  const { sorts, fits } = rules.sorts({
    desired,
    byCode: w.byCode,
    desiredCodes: w.desiredCodes,
    current: (code) => (w.toCreate.has(code) ? undefined : w.matched.get(code)?.sort),
    keptProcessSorts: w.keptP,
    keptFailureSorts: w.keptF,
  });
  if (!fits) {
    const broken = rules.orderBlocked();
    w.changes.push(broken.change);
    if (broken.stop) return { changes: w.changes, kept: w.kept };
  }
  for (const code of sorts.keys()) {
    const pinned = ctx.pinnedSorts.get(`${rules.kind}:${rules.keyOf(code)}`);
    if (pinned !== undefined) sorts.set(code, pinned);
  }
  updates(w, sorts);
  creates(w, sorts);
  return { changes: w.changes, kept: w.kept };
}

/** A desired item on the portal with other semantics: recreate it, or refuse when that loses data. */
function matchDesired<K extends string, T extends object>(w: Work<K, T>, d: DesiredStatus): void {
  const { rules, ctx } = w;
  const p = w.byCode.get(d.code);
  if (!p) {
    w.toCreate.add(d.code);
    return;
  }
  if (!rules.withSemantics || semanticsOf(p.semantics) === d.semantics) {
    w.matched.set(d.code, p);
    return;
  }
  const used = rules.usage(p);
  if (used === undefined && rules.waitForCounts) {
    w.matched.set(d.code, p);
    return;
  }
  const key = rules.keyOf(d.code);
  const base = {
    kind: rules.kind,
    key,
    path: rules.pathOf(d.name ?? p.name ?? d.code),
    specPointer: d.pointer,
    parent: rules.parent,
  };
  const note = rules.texts.typeChange(semanticsOf(p.semantics), d.semantics);
  const n = used ?? 0;
  if (p.system || ctx.isProtected(key) || n > 0) {
    w.changes.push({
      ...base,
      id: `${rules.kind}:${key}`,
      op: 'blocked',
      wanted: 'recreate',
      impact: n > 0 ? rules.impactOf(n) : undefined,
      reason: p.system
        ? rules.texts.recreateSystem
        : n > 0
          ? rules.texts.recreateUsed
          : rules.texts.recreateProtected,
      hint: rules.texts.recreateHint,
      note,
    });
    w.matched.set(d.code, p); // keep it in the ordering as it is
    return;
  }
  w.changes.push({
    ...base,
    id: `${rules.kind}-delete:${key}`,
    op: 'delete',
    portalId: p.id ?? 0,
    current: { ...rules.target(d.code, p), name: p.name, sort: p.sort },
    impact: rules.impactOf(n),
    reason: 'recreate',
    note,
  });
  w.deleted.add(d.code);
  w.toCreate.add(d.code);
}

/** A portal item the spec does not name: kept, refused while in use, or pruned. */
function unnamed<K extends string, T extends object>(w: Work<K, T>, p: StatusRef): void {
  const { rules, ctx } = w;
  const key = rules.keyOf(p.code);
  const path = rules.pathOf(p.name ?? p.code);
  const keep = (why: KeptWhy) => {
    if (rules.withSemantics && !p.system) {
      const s = semanticsOf(p.semantics);
      if (s === 'F') w.keptF.push(p.sort);
      else if (s === 'P') w.keptP.push(p.sort);
    }
    w.kept.push({ kind: rules.kind, key, path, why });
  };
  if (p.system) return keep('system');
  const auto = rules.autoDelete?.(p);
  if (auto) {
    w.changes.push(auto);
    return;
  }
  if (!ctx.pruneAllowed) return keep('not-in-spec');
  if (ctx.isProtected(key)) return keep('protected');
  const used = rules.usage(p);
  if (used === undefined) {
    if (rules.waitForCounts) keep('has-data');
    return;
  }
  if (used > 0 && !rules.deleteInUse) {
    w.changes.push({
      id: `${rules.kind}:${key}`,
      kind: rules.kind,
      key,
      path,
      op: 'blocked',
      wanted: 'delete',
      impact: rules.impactOf(used),
      reason: rules.texts.deleteUsed,
      hint: rules.texts.deleteUsedHint,
    });
    return keep('has-data');
  }
  w.changes.push({
    id: `${rules.kind}-delete:${key}`,
    kind: rules.kind,
    key,
    path,
    parent: rules.parent,
    op: 'delete',
    portalId: p.id ?? 0,
    current: { ...rules.target(p.code, p), name: p.name, sort: p.sort },
    impact: rules.impactOf(used),
    reason: 'prune',
  });
}

/** Items that stay, system ones included when only their place changes. */
function updates<K extends string, T extends object>(w: Work<K, T>, sorts: Map<string, number>): void {
  const { rules } = w;
  const stays: Array<{ code: string; p: StatusRef; d?: DesiredStatus }> = [];
  for (const [code, p] of w.matched) stays.push({ code, p, d: w.desired.find((x) => x.code === code) });
  for (const code of sorts.keys()) {
    const p = w.byCode.get(code);
    if (p && !w.matched.has(code) && !w.desiredCodes.has(code)) stays.push({ code, p });
  }
  for (const { code, p, d } of stays) {
    if (w.deleted.has(code)) continue;
    const key = rules.keyOf(code);
    if (w.changes.some((c) => c.id === `${rules.kind}:${key}` && c.op === 'blocked')) continue;
    const sort = sorts.get(code);
    const diffs: FieldDiff[] = [];
    if (d?.name !== undefined && d.name !== p.name)
      diffs.push({ field: 'NAME', before: p.name ?? null, after: d.name });
    if (sort !== undefined && sort !== p.sort) diffs.push({ field: 'SORT', before: p.sort, after: sort });
    if (d?.color !== undefined && d.color.toUpperCase() !== (p.color ?? '').toUpperCase())
      diffs.push({ field: 'COLOR', before: p.color, after: d.color.toUpperCase() });
    if (diffs.length === 0) continue;
    w.changes.push({
      id: `${rules.kind}:${key}`,
      kind: rules.kind,
      key,
      path: rules.pathOf(d?.name ?? p.name ?? code),
      specPointer: d?.pointer,
      parent: rules.parent,
      op: 'update',
      portalId: p.id ?? 0,
      diffs,
      desired: { ...rules.target(code, p), sortFrom: p.sort, sortTo: sort ?? p.sort },
    });
  }
}

function creates<K extends string, T extends object>(w: Work<K, T>, sorts: Map<string, number>): void {
  const { rules } = w;
  for (const d of w.desired) {
    if (!w.toCreate.has(d.code)) continue;
    const refused = rules.createBlocked?.(d, w.deleted);
    if (refused) {
      w.changes.push(refused);
      continue;
    }
    const key = rules.keyOf(d.code);
    w.changes.push({
      id: `${rules.kind}:${key}`,
      kind: rules.kind,
      key,
      path: rules.pathOf(d.name ?? d.code),
      specPointer: d.pointer,
      parent: rules.parent,
      op: 'create',
      desired: {
        ...rules.target(d.code),
        name: d.name ?? d.code,
        sort: sorts.get(d.code),
        color: d.color?.toUpperCase(),
        semantics: d.semantics,
      },
      note: w.deleted.has(d.code) ? undefined : rules.createNote?.(d),
    });
  }
}
