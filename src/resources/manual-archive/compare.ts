import type { CrmSettingsFacts } from '../../portal/crm-settings/types.js';
import type { Spec } from '../../spec/spec.generated.js';
import { comparePipeline, unboundDirection } from './compare-pipeline.js';
import { compareRoles } from './compare-roles.js';
import type { ArchiveBinding, ArchiveItem, ArchiveStatus, ManualArchiveResult } from './types.js';

/**
 * The spec's manual items against the CRM settings archive: pure, no IO. Robots, tasks, tunnels,
 * triggers and required fields are compared per direction with the pipeline the binding names; roles
 * by name; what the archive does not carry (CRM e-mail templates, quick answers, KPI alert recipients,
 * the sales plan) is marked so. Item ids are those of src/resources/manual/diff.ts.
 */
export function compareManualItems(
  spec: Spec,
  facts: CrmSettingsFacts,
  binding: ArchiveBinding,
): ManualArchiveResult {
  const ctx = { spec, binding };
  const items: ArchiveItem[] = [];
  for (const dir of spec.directions ?? []) {
    const id = binding.pipelines[dir.key];
    const pipeline = id === undefined ? undefined : facts.pipelines.find((p) => p.archiveId === id);
    items.push(...(pipeline ? comparePipeline(dir, pipeline, ctx) : unboundDirection(dir, ctx)));
  }
  if (spec.permissions?.roles) items.push(...compareRoles(spec.permissions.roles, facts.roles));
  items.push(...notInArchive(spec));
  return { items, counts: countOf(items) };
}

function notInArchive(spec: Spec): ArchiveItem[] {
  const item = (id: string, path: string[]): ArchiveItem => ({
    id,
    path,
    status: 'not_in_archive',
    differences: [],
  });
  return [
    ...(spec.email_templates ?? []).map((t) => item(`manual:email:${t.key}`, [t.title])),
    ...(spec.open_lines ?? []).flatMap((ol) => [
      ...(ol.quick_answers?.length ? [item(`manual:quick:${ol.name}`, [ol.name])] : []),
      ...(ol.kpi?.alert_to?.length ? [item(`manual:kpi-alert:${ol.name}`, [ol.name])] : []),
    ]),
    ...(spec.sales_plan ? [item('manual:sales-plan', ['sales_plan'])] : []),
  ];
}

function countOf(items: ArchiveItem[]): Record<ArchiveStatus, number> {
  const counts: Record<ArchiveStatus, number> = {
    matches: 0,
    differs: 0,
    portal_only: 0,
    not_in_archive: 0,
    unprovable: 0,
  };
  for (const i of items) counts[i.status] += 1;
  return counts;
}

/**
 * Direction key → the archive's pipeline id, by name (`default` is pipeline 0; `renamed_from` names
 * count too), for callers without the plan's own resolution. A name the archive lacks stays unbound.
 */
export function bindPipelines(spec: Spec, facts: CrmSettingsFacts): Record<string, number> {
  const out: Record<string, number> = {};
  for (const dir of spec.directions ?? []) {
    if (dir.key === 'default') {
      if (facts.pipelines.some((p) => p.archiveId === 0)) out[dir.key] = 0;
      continue;
    }
    const names = [dir.name, ...(dir.renamed_from ?? [])];
    const found = names
      .map((n) => facts.pipelines.find((p) => p.archiveId !== 0 && p.name === n))
      .find((p) => p !== undefined);
    if (found) out[dir.key] = found.archiveId;
  }
  return out;
}
