import type { StateFile } from '../../portal/state-file.js';
import type { PortalPipeline } from './read.js';
import type { PortalState } from '../state.js';
import type { Spec } from '../../spec/spec.generated.js';
import type { FieldDiff, KeptOf } from '../change.js';
import { countOf, type PlanContext } from '../context.js';
import type { KindDiff } from '../kind.js';
import { say } from '../plan-text.js';
import { protectedRename } from '../refusals.js';
import { assignSorts } from '../sorting.js';
import { PIPELINE_MESSAGES as M } from './messages.js';
import type { DesiredPipeline, PipelineChange } from './types.js';

/**
 * Deal pipelines ("directions"), crm.category.* with entityTypeId 2 (docs/bitrix24/pipelines.md#methods). There is no
 * writable stable key on the portal, so a direction is matched by: key `default` → id 0; the state
 * file binding; the exact name; a name in `renamed_from`.
 */
export function desiredPipelines(spec: Spec): DesiredPipeline[] {
  return (spec.directions ?? []).map((d, i) => ({
    key: d.key,
    name: d.name,
    renamedFrom: d.renamed_from ?? [],
    pointer: `/directions/${i}`,
  }));
}

export interface PipelineMatch {
  desired: DesiredPipeline;
  portal?: PortalPipeline;
  how?: 'default' | 'binding' | 'name' | 'renamed_from';
}

export function matchPipelines(
  state: Pick<PortalState, 'pipelines'>,
  binding: StateFile,
  desired: DesiredPipeline[],
): PipelineMatch[] {
  const portal = state.pipelines;
  const used = new Set<number>();
  const byId = new Map(portal.map((p) => [p.id, p]));
  const matches: PipelineMatch[] = desired.map((d) => ({ desired: d }));
  const take = (m: PipelineMatch, p: PortalPipeline | undefined, how: PipelineMatch['how']) => {
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
  const unused = (p: PortalPipeline) => p.id !== 0 && !used.has(p.id);
  for (const m of matches) {
    if (m.portal || m.desired.key === 'default') continue;
    take(
      m,
      portal.find((p) => unused(p) && p.name === m.desired.name),
      'name',
    );
  }
  for (const m of matches) {
    if (m.portal || m.desired.key === 'default') continue;
    take(
      m,
      portal.find((p) => unused(p) && m.desired.renamedFrom.includes(p.name)),
      'renamed_from',
    );
  }
  return matches;
}

export function diffPipelines(
  desired: DesiredPipeline[] | undefined,
  portal: PortalPipeline[],
  ctx: PlanContext,
): KindDiff<PipelineChange> {
  if (desired === undefined) return { changes: [], kept: [] };
  const matches = matchPipelines({ pipelines: portal }, ctx.binding, desired);
  const sorts = assignSorts(
    matches.map((m) => ({ key: m.desired.key, current: m.portal?.sort })),
    100,
  );
  const changes: PipelineChange[] = [];
  for (const m of matches) {
    const d = m.desired;
    const id = `pipeline:${d.key}`;
    const assigned = sorts.get(d.key) as number;
    const sort = ctx.pinnedSorts.get(id) ?? assigned;
    const base = { id, kind: 'pipeline' as const, key: d.key, path: [d.name], specPointer: d.pointer };
    if (!m.portal) {
      ctx.pipelines.set(d.key, { kind: 'new', changeId: id });
      changes.push({ ...base, op: 'create', desired: { name: d.name, sort } });
      continue;
    }
    const p = m.portal;
    ctx.pipelines.set(d.key, { kind: 'existing', id: p.id });
    const diffs: FieldDiff[] = [];
    if (p.name !== d.name) diffs.push({ field: 'NAME', before: p.name, after: d.name });
    if (p.sort !== sort) diffs.push({ field: 'SORT', before: p.sort, after: sort });
    if (diffs.length === 0) continue;
    const desiredFields = { name: d.name, sort };
    const renamed = p.name !== d.name && (m.how === 'binding' || m.how === 'renamed_from');
    if (renamed && ctx.isProtected(d.key)) {
      changes.push(protectedRename(base, diffs, say(M, 'protectedRename'), say(M, 'protectedRenameHint')));
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
  const rest = pruneUnmatched(
    portal.filter((p) => !matched.has(p.id)),
    ctx,
  );
  changes.push(...rest.changes);
  return { changes, kept: rest.kept };
}

/** Portal pipelines no direction names: kept, refused while they hold deals, or pruned. */
function pruneUnmatched(portal: PortalPipeline[], ctx: PlanContext): Required<KindDiff<PipelineChange>> {
  const changes: PipelineChange[] = [];
  const kept: Array<KeptOf<'pipeline'>> = [];
  for (const p of portal) {
    const key = `pipeline#${p.id}`;
    const path = [p.name];
    // Pipeline 0 cannot be deleted ("Default deal category cannot be deleted", docs/bitrix24/pipelines.md#delete-rules).
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
      // Bitrix24 refuses anyway ("Deals related to the funnel … found", docs/bitrix24/pipelines.md#delete-rules); say it in the plan.
      changes.push({
        ...base,
        op: 'blocked',
        wanted: 'delete',
        impact: { deals },
        reason: say(M, 'hasDeals'),
        hint: say(M, 'hasDealsHint'),
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
