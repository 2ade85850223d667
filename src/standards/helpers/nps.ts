import type { Spec } from '../../spec/spec.generated.js';
import type { PortalState } from '../../resources/state.js';

const NPS = /NPS/i;

/** The deal field that stores the NPS score: a spec field named like NPS, else a portal one. */
export function npsFieldName(spec: Spec | undefined, state: PortalState | undefined): string | null {
  const fromSpec = spec?.fields?.deal?.find((f) => NPS.test(f.code));
  if (fromSpec) return `UF_CRM_${fromSpec.code.toUpperCase()}`;
  const fromPortal = state?.userFields.deal.find(
    (f) => NPS.test(f.fieldName) || Object.values(f.labels).some((l) => NPS.test(l)),
  );
  return fromPortal?.fieldName ?? null;
}

/** A task counts as the NPS task when its title says NPS or equals a won-task title of the spec. */
export function isNpsTask(title: string, spec: Spec | undefined): boolean {
  if (NPS.test(title)) return true;
  return (spec?.directions ?? []).some((d) => d.won?.task?.title !== undefined && d.won.task.title === title);
}
