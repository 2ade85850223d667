import type { PipelineFacts, RequiredFieldFact } from '../../portal/crm-settings/types.js';
import type { Direction } from '../../spec/spec.generated.js';
import { portalFieldName } from './neutral.js';
import type { ArchiveItem, Difference } from './types.js';

/**
 * Required-by-stage fields. The spec lists on a stage the fields required "from this stage on"
 * (src/spec/spec.schema.json), which the designer saves as a range from that stage to the success
 * stage. One item per stage's list; a field's range that starts elsewhere, or covers all or only lost
 * stages, is a difference naming both.
 */
export interface ExpectedRequired {
  id: string;
  fields: string[];
  code: string;
  name: string;
}

function fromText(f: RequiredFieldFact): string {
  if (f.scope === 'all') return 'all stages';
  if (f.scope === 'lost') return 'lost stages';
  return f.from ?? '?';
}

export function compareRequired(
  dir: Direction,
  pipeline: PipelineFacts,
  expected: ExpectedRequired[],
): ArchiveItem[] {
  const claimed = new Set<RequiredFieldFact>();
  const success = pipeline.stages.find((s) => s.semantics === 'success')?.code ?? 'WON';
  const out: ArchiveItem[] = expected.map((e) => {
    const differences: Difference[] = [];
    const found: RequiredFieldFact[] = [];
    for (const code of e.fields) {
      const field = portalFieldName(code);
      const facts = pipeline.required.filter((r) => r.field === field && !claimed.has(r));
      const exact = facts.find((r) => r.scope === 'range' && r.from === e.code);
      const fact = exact ?? facts[0];
      if (!fact) {
        differences.push({
          field: 'required_from',
          expected: `${field}: ${e.code}`,
          actual: `${field}: not required`,
        });
        continue;
      }
      claimed.add(fact);
      found.push(fact);
      if (!exact)
        differences.push({
          field: 'required_from',
          expected: `${field}: ${e.code}`,
          actual: `${field}: ${fromText(fact)}`,
        });
      else if (fact.to !== success)
        differences.push({
          field: 'required_from',
          expected: `${field}: ${e.code}..${success}`,
          actual: `${field}: ${fact.from ?? '?'}..${fact.to ?? '?'}`,
        });
    }
    return {
      id: e.id,
      path: [dir.name, e.name],
      stage: { pipelineId: pipeline.archiveId, code: e.code },
      status: differences.length ? 'differs' : 'matches',
      differences,
      ...(found.length ? { evidence: { kind: 'required' as const, required: found } } : {}),
    };
  });
  for (const r of pipeline.required) {
    if (claimed.has(r)) continue;
    const stage = pipeline.stages.find((s) => s.code === (r.from ?? r.stages[0]));
    out.push({
      id: `archive:${dir.key}#required:${r.field}:${r.scope}:${r.from ?? ''}`,
      path: [dir.name, stage?.name ?? fromText(r)],
      stage: { pipelineId: pipeline.archiveId, code: stage?.code ?? '' },
      status: 'portal_only',
      differences: [],
      evidence: { kind: 'required', required: [r] },
    });
  }
  return out;
}
