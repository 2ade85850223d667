import { text } from '../core/i18n.js';
import type { Change, KeptNote } from '../plan/types.js';
import type { PlannedCall } from '../plan/calls.js';
import type { PortalPipeline, PortalState } from '../portal/state-types.js';
import type { StateFile } from '../portal/state-file.js';
import type { Spec } from '../spec/spec.generated.js';
import { protectedRename } from './refusals.js';
import { assignSorts } from './sorting.js';
import { callKey, countOf, type PlanContext } from './context.js';

/**
 * Deal pipelines ("directions"), crm.category.* with entityTypeId 2 (rest-map §1). There is no
 * writable stable key on the portal, so a direction is matched by: key `default` → id 0; the state
 * file binding; the exact name; a name in `renamed_from`.
 */
export interface DesiredPipeline {
  key: string;
  name: string;
  renamedFrom: string[];
  pointer: string;
}

export function desiredPipelines(spec: Spec): DesiredPipeline[] {
  return (spec.directions ?? []).map((d, i) => ({
    key: d.key,
    name: d.name,
    renamedFrom: d.renamed_from ?? [],
    pointer: `/directions/${i}`,
  }));
}

export function pipelineCallKey(dirKey: string): string {
  return callKey('p', dirKey);
}

interface Match {
  desired: DesiredPipeline;
  portal?: PortalPipeline;
  how?: 'default' | 'binding' | 'name' | 'renamed_from';
}

export function matchPipelines(state: PortalState, binding: StateFile, desired: DesiredPipeline[]): Match[] {
  const portal = state.pipelines;
  const used = new Set<number>();
  const byId = new Map(portal.map((p) => [p.id, p]));
  const matches: Match[] = desired.map((d) => ({ desired: d }));
  const take = (m: Match, p: PortalPipeline | undefined, how: Match['how']) => {
    if (!p || used.has(p.id) || m.portal) return;
    m.portal = p;
    m.how = how;
    used.add(p.id);
  };
  for (const m of matches) if (m.desired.key === 'default') take(m, byId.get(0), 'default');
  for (const m of matches) {
    if (m.portal || m.desired.key === 'default') continue;
    const b = binding.pipelines[m.desired.key];
    const p = b ? byId.get(b.id) : undefined;
    // A binding is trusted only while the object still carries a name we know (stale-file guard).
    if (p && p.id !== 0 && [m.desired.name, ...m.desired.renamedFrom, b?.lastName].includes(p.name))
      take(m, p, 'binding');
  }
  for (const m of matches) {
    if (m.portal || m.desired.key === 'default') continue;
    take(
      m,
      portal.find((p) => p.id !== 0 && !used.has(p.id) && p.name === m.desired.name),
      'name',
    );
  }
  for (const m of matches) {
    if (m.portal || m.desired.key === 'default') continue;
    take(
      m,
      portal.find((p) => p.id !== 0 && !used.has(p.id) && m.desired.renamedFrom.includes(p.name)),
      'renamed_from',
    );
  }
  return matches;
}

export function diffPipelines(ctx: PlanContext): { changes: Change[]; kept: KeptNote[] } {
  if (ctx.spec.directions === undefined) return { changes: [], kept: [] };
  const desired = desiredPipelines(ctx.spec);
  const matches = matchPipelines(ctx.state, ctx.binding, desired);
  const sorts = assignSorts(
    matches.map((m) => ({ key: m.desired.key, current: m.portal?.sort })),
    100,
  );
  const changes: Change[] = [];
  const kept: KeptNote[] = [];
  for (const m of matches) {
    const d = m.desired;
    const sort = sorts.get(d.key) as number;
    const id = `pipeline:${d.key}`;
    const base = { id, kind: 'pipeline' as const, key: d.key, path: [d.name], specPointer: d.pointer };
    if (!m.portal) {
      ctx.pipelines.set(d.key, { kind: 'new', changeId: id });
      changes.push({ ...base, op: 'create', desired: { name: d.name, sort } });
      continue;
    }
    const p = m.portal;
    ctx.pipelines.set(d.key, { kind: 'existing', id: p.id });
    const diffs = [];
    if (p.name !== d.name) diffs.push({ field: 'NAME', before: p.name, after: d.name });
    if (p.sort !== sort) diffs.push({ field: 'SORT', before: p.sort, after: sort });
    if (diffs.length === 0) continue;
    const desiredFields = { name: d.name, sort };
    const renamed = p.name !== d.name && (m.how === 'binding' || m.how === 'renamed_from');
    if (renamed && ctx.isProtected(d.key)) {
      changes.push(
        protectedRename(
          base,
          diffs,
          text(
            'направление защищено (manage.protect) — переименование запрещено',
            'the direction is protected (manage.protect): no renames',
          ),
          text(
            'Уберите ключ из manage.protect или верните прежнее название.',
            'Remove the key from manage.protect or keep the old name.',
          ),
        ),
      );
    } else if (renamed) {
      changes.push({
        ...base,
        op: 'rename',
        portalId: p.id,
        from: p.name,
        to: d.name,
        diffs,
        desired: desiredFields,
      });
    } else {
      changes.push({ ...base, op: 'update', portalId: p.id, diffs, desired: desiredFields });
    }
  }
  const matched = new Set(matches.flatMap((m) => (m.portal ? [m.portal.id] : [])));
  for (const p of ctx.state.pipelines) {
    if (matched.has(p.id)) continue;
    const key = `pipeline#${p.id}`;
    const path = [p.name];
    // Pipeline 0 cannot be deleted (rest-map §1, "Default deal category cannot be deleted").
    if (p.id === 0) {
      kept.push({ kind: 'pipeline', key, path, why: 'system' });
      continue;
    }
    if (!ctx.pruneAllowed || ctx.isProtected(p.name)) {
      kept.push({ kind: 'pipeline', key, path, why: ctx.pruneAllowed ? 'protected' : 'not-in-spec' });
      continue;
    }
    const deals = countOf(ctx, {
      id: `deals-in-pipeline:${p.id}`,
      method: 'crm.deal.list',
      params: { filter: { CATEGORY_ID: p.id }, select: ['ID'], start: 0 },
    });
    const base = { id: `pipeline:${key}`, kind: 'pipeline' as const, key, path };
    if (deals !== undefined && deals > 0) {
      // Bitrix24 refuses anyway ("Deals related to the funnel … found", rest-map §1); say it in the plan.
      changes.push({
        ...base,
        op: 'blocked',
        wanted: 'delete',
        impact: { deals },
        reason: text(
          'в направлении есть сделки — его нельзя удалить',
          'the pipeline holds deals, so it cannot be deleted',
        ),
        hint: text(
          'Перенесите или закройте сделки в Bitrix24, затем повторите.',
          'Move or close the deals in Bitrix24, then run again.',
        ),
      });
    } else {
      changes.push({
        ...base,
        op: 'delete',
        portalId: p.id,
        current: { name: p.name, sort: p.sort },
        impact: { deals: deals ?? 0 },
        reason: 'prune',
      });
    }
  }
  return { changes, kept };
}

export function pipelineCalls(changes: readonly Change[]): PlannedCall[] {
  const calls: PlannedCall[] = [];
  for (const c of changes) {
    if (c.kind !== 'pipeline') continue;
    if (c.op === 'create') {
      calls.push({
        key: pipelineCallKey(c.key),
        method: 'crm.category.add',
        params: { entityTypeId: 2, fields: { name: c.desired.name, sort: c.desired.sort } },
        changeIds: [c.id],
        refs: [],
      });
    } else if (c.op === 'update' || c.op === 'rename') {
      const fields: Record<string, unknown> = {};
      for (const d of c.diffs) fields[d.field === 'NAME' ? 'name' : 'sort'] = d.after;
      calls.push({
        key: callKey('pu', c.key),
        method: 'crm.category.update',
        params: { entityTypeId: 2, id: c.portalId, fields },
        changeIds: [c.id],
        refs: [],
      });
    }
  }
  return calls;
}

/** Deletions run last (after stages moved out), so they are a separate group. */
export function pipelineDeleteCalls(changes: readonly Change[]): PlannedCall[] {
  return changes.flatMap((c) =>
    c.kind === 'pipeline' && c.op === 'delete'
      ? [
          {
            key: callKey('pd', c.portalId),
            method: 'crm.category.delete',
            params: { entityTypeId: 2, id: c.portalId },
            changeIds: [c.id],
            refs: [],
          },
        ]
      : [],
  );
}
