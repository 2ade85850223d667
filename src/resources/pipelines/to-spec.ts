import type { Direction, Spec } from '../../spec/spec.generated.js';
import { slugify, uniqueKey } from '../slug.js';
import type { SpecExport } from '../spec-export.js';
import { directionStages } from '../stages/to-spec.js';
import type { PortalPipeline } from './read.js';

/**
 * `directions:` from the portal's pipelines and their stages. A direction keeps the key an earlier
 * export or apply bound to its pipeline (stable across exports); the others get keys derived from
 * their names; pipeline 0 is always `default`.
 */
export function pipelinesToSpec(pipelines: readonly PortalPipeline[], x: SpecExport): Partial<Spec> {
  if (!x.sections.has('directions')) return {};
  const taken = new Set<string>(['default']);
  const keyById = new Map<number, string>();
  for (const [key, b] of Object.entries(x.previous.pipelines).sort(([a], [c]) => a.localeCompare(c))) {
    if (pipelines.some((p) => p.id === b.id && p.id !== 0) && !taken.has(key)) {
      keyById.set(b.id, key);
      taken.add(key);
    }
  }
  const directions = [...pipelines]
    .sort((a, b) => a.sort - b.sort || a.id - b.id)
    .map((p): Direction => {
      const key =
        p.id === 0 ? 'default' : (keyById.get(p.id) ?? uniqueKey(slugify(p.name, `pipeline-${p.id}`), taken));
      if (p.id !== 0) x.binding.pipelines[key] = { id: p.id, lastName: p.name };
      return { key, name: p.name, ...directionStages(x.state.statuses, p.id) };
    });
  return { directions };
}
