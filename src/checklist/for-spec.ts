import { manualChangesOf } from '../resources/manual/index.js';
import type { Spec } from '../spec/spec.generated.js';
import { buildChecklist } from './build.js';
import { loadEmailBodies } from './files.js';
import type { Checklist } from './types.js';

/**
 * The handover checklist from the spec alone, without a portal: the items that depend on a portal's
 * state (company structure differences, people missing on the portal) come with `apply --checklist`
 * (for-apply.ts).
 */
export async function specChecklist(input: {
  spec: Spec;
  specFile: string;
  /** The spec's folder: e-mail bodies are read relative to it. */
  specDir: string;
  now: Date;
}): Promise<Checklist> {
  return buildChecklist({
    spec: input.spec,
    specFile: input.specFile,
    manual: manualChangesOf(input.spec),
    bodies: await loadEmailBodies(input.spec, input.specDir),
    now: input.now,
  });
}
