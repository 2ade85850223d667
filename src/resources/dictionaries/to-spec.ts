import type { DictItem, LeadStatus, Spec } from '../../spec/spec.generated.js';
import type { PortalStatus } from '../crm-status/read.js';
import type { SpecExport } from '../spec-export.js';

/** `segments:`, `lead_sources:` and `lead_statuses:` from the portal's crm.status lists, in SORT order. */
export function dictionariesToSpec(statuses: readonly PortalStatus[], x: SpecExport): Partial<Spec> {
  const list = (entityId: string) =>
    statuses.filter((s) => s.entityId === entityId).sort((a, b) => a.sort - b.sort || a.id - b.id);
  // A colour is written when the item has one (sources and types usually have none).
  const dict = (entityId: string): DictItem[] =>
    list(entityId).map((s) =>
      s.color ? { code: s.statusId, name: s.name, color: s.color } : { code: s.statusId, name: s.name },
    );
  const out: Partial<Spec> = {};
  if (x.sections.has('segments'))
    out.segments = { contact_types: dict('CONTACT_TYPE'), company_types: dict('COMPANY_TYPE') };
  if (x.sections.has('lead_sources')) out.lead_sources = dict('SOURCE');
  if (x.sections.has('lead_statuses')) {
    out.lead_statuses = list('STATUS').map((s): LeadStatus => {
      const status: LeadStatus = { code: s.statusId, name: s.name };
      if (s.color) status.color = s.color;
      if (s.semantics === 'S') status.semantics = 'success';
      if (s.semantics === 'F') status.semantics = 'failure';
      return status;
    });
  }
  return out;
}
