import type { Lang } from '../core/i18n.js';
import type { CrmSettingsFacts } from '../portal/crm-settings/types.js';
import type { StateFile } from '../portal/state-file.js';
import { archiveBindingOf } from '../resources/manual-archive/binding.js';
import { manualCheckOf } from '../resources/manual-archive/check.js';
import type { Plan } from '../resources/plan.js';
import type { PortalState } from '../resources/state.js';
import { userProblems } from '../resources/users/problems.js';
import type { Spec } from '../spec/spec.generated.js';
import { buildChecklist } from './build.js';
import { loadEmailBodies, writeChecklists } from './files.js';

/**
 * The checklist `apply --checklist` writes: the plan's manual items (including the structure
 * differences only a portal shows), with a warning at every person the portal does not know. With
 * `--crm-settings`, what the archive shows as done drops out.
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
  archive?: { facts: CrmSettingsFacts; stateFile: StateFile };
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
    ...(args.archive ? { check: checkOf(args, args.archive) } : {}),
    now: args.now,
  });
  return writeChecklists(checklist, args.paths, args.cwd, args.lang);
}

function checkOf(
  args: { spec: Spec; state: PortalState; now: Date },
  a: { facts: CrmSettingsFacts; stateFile: StateFile },
) {
  const portal = {
    users: args.state.users,
    documentTemplates: args.state.documentTemplates,
    stateFile: a.stateFile,
  };
  return manualCheckOf(args.spec, a.facts, archiveBindingOf(args.spec, a.facts, portal), args.now);
}
