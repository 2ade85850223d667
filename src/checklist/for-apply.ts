import type { Lang } from '../core/i18n.js';
import type { Plan } from '../resources/plan.js';
import type { PortalState } from '../resources/state.js';
import { userProblems } from '../resources/users/problems.js';
import type { Spec } from '../spec/spec.generated.js';
import { buildChecklist } from './build.js';
import { loadEmailBodies, writeChecklists } from './files.js';

/**
 * The checklist `apply --checklist` writes: the plan's manual items (including the structure
 * differences only a portal shows), with a warning at every person the portal does not know.
 */
export async function writeApplyChecklists(args: {
  plan: Plan;
  spec: Spec;
  state: PortalState;
  specDir: string;
  paths: readonly string[];
  cwd: string;
  lang: Lang;
  now: Date;
}): Promise<string[]> {
  const problems = userProblems(args.spec, args.state, args.plan.options);
  const checklist = buildChecklist({
    spec: args.spec,
    specFile: args.plan.spec.file,
    manual: args.plan.changes.flatMap((c) => (c.op === 'manual' ? [c] : [])),
    bodies: await loadEmailBodies(args.spec, args.specDir),
    portal: {
      host: args.state.info.host,
      unknownRoles: new Set([...problems.errors, ...problems.warnings].map((p) => p.role)),
    },
    now: args.now,
  });
  return writeChecklists(checklist, args.paths, args.cwd, args.lang);
}
