import type { CrmSettingsFacts, PipelineFacts, RobotFact, StageFacts } from '../portal/crm-settings/types.js';
import { bindPipelines } from '../resources/manual-archive/compare.js';
import { say, type PlanText } from '../resources/plan-text.js';
import type { PortalState } from '../resources/state.js';
import type { RoleNamer } from '../resources/users/role-namer.js';
import type { Direction, Robot, Spec, Stage, Task } from '../spec/spec.generated.js';
import { EXPORT_ARCHIVE_MESSAGES as M, NOT_EXPRESSIBLE } from './archive-messages.js';
import { robotOf, taskOf, type Mapped, type RobotNames } from './archive-robots.js';

/**
 * `export --crm-settings`: the manual half read from the portal's CRM settings archive
 * (docs/bitrix24/crm-settings-archive.md) written into the exported spec — stage tasks, robots,
 * triggers, tunnels, required-by-stage fields and roles — so that `plan --crm-settings` with the same
 * archive finds every item as described (test/integration/crm-settings-cli.test.ts). What the spec
 * cannot say is left out and named in `notes`; plan then shows it as "only on the portal".
 */
export interface ArchiveExportContext {
  state: PortalState;
  roles: RoleNamer;
  notes: PlanText[];
  /** Write stage items (the `directions` section was exported). */
  directions: boolean;
}

export function addArchiveToSpec(spec: Spec, facts: CrmSettingsFacts, x: ArchiveExportContext): void {
  if (x.directions) {
    const bound = bindPipelines(spec, facts);
    const keyOf = new Map(Object.entries(bound).map(([key, id]) => [id, key]));
    const names: RobotNames = {
      role: (id) => (x.state.users.some((u) => u.id === id) ? x.roles.roleOf(id) : undefined),
      document: (id) => x.state.documentTemplates.find((t) => t.id === id)?.name,
      direction: (id) => keyOf.get(id),
    };
    for (const p of facts.pipelines) {
      const dir = spec.directions?.find((d) => d.key === keyOf.get(p.archiveId));
      if (dir) addPipeline(dir, p, names, x.notes);
      else if (hasItems(p)) x.notes.push(say(M, 'pipelineNotExported', { pipeline: p.name }));
    }
  }
  const roles = facts.roles.map((r) => ({
    name: r.name,
    ...(r.deny.length ? { deny: [...r.deny] } : {}),
    ...(r.allow.length ? { allow: [...r.allow] } : {}),
  }));
  if (roles.length) spec.permissions = { roles };
}

function hasItems(p: PipelineFacts): boolean {
  return p.required.length > 0 || p.stages.some((s) => s.robots.length > 0 || s.triggers.length > 0);
}

/** Where a stage's robots go in the spec: a process stage, `won`, `lost`, or nowhere. */
interface Slots {
  task: (t: Task) => boolean;
  tunnel?: (r: RobotFact & { kind: 'tunnel' }, robot: Robot) => boolean;
  robots: Robot[];
  triggers?: Stage['triggers'];
}

function slotsOf(dir: Direction, s: StageFacts): Slots | undefined {
  if (s.semantics === 'process') {
    const st = dir.stages?.find((x) => x.code === s.code);
    if (!st) return undefined;
    st.robots ??= [];
    st.triggers ??= [];
    return {
      task: (t) => (st.task ? false : ((st.task = t), true)),
      robots: st.robots,
      triggers: st.triggers,
    };
  }
  if (s.semantics === 'success' && dir.won) {
    const won = dir.won;
    won.robots ??= [];
    return {
      task: (t) => (won.task ? false : ((won.task = t), true)),
      tunnel: (r, robot) => {
        if (won.tunnel || !robot.target) return false;
        won.tunnel = { to: robot.target.direction, stage: robot.target.stage ?? 'NEW', mode: r.mode };
        return true;
      },
      robots: won.robots,
    };
  }
  if (s.semantics === 'failure' && s.code === 'LOSE' && dir.lost) {
    const lost = dir.lost;
    lost.robots ??= [];
    return {
      task: (t) => (lost.supervisor_task ? false : ((lost.supervisor_task = t), true)),
      robots: lost.robots,
    };
  }
  return undefined;
}

function addPipeline(dir: Direction, p: PipelineFacts, names: RobotNames, notes: PlanText[]): void {
  for (const s of p.stages) {
    const where = { stage: s.name, pipeline: p.name };
    const slots = slotsOf(dir, s);
    if (!slots) {
      if (s.robots.length > 0 || s.triggers.length > 0) notes.push(say(M, 'stageNotInSpec', where));
      continue;
    }
    const triggersHere = slots.triggers !== undefined;
    if (!triggersHere && s.triggers.length > 0) notes.push(say(M, 'triggersNotInSpec', where));
    for (const r of s.robots) addRobot(r, slots, names, notes, where);
    for (const t of triggersHere ? s.triggers : []) {
      if (t.type === null) notes.push(say(M, 'triggerUnknown', { ...where, code: t.code }));
      else slots.triggers?.push({ type: t.type as NonNullable<Stage['triggers']>[number]['type'] });
    }
  }
  addRequired(dir, p, notes);
  tidy(dir);
}

function addRobot(
  r: RobotFact,
  slots: Slots,
  names: RobotNames,
  notes: PlanText[],
  where: { stage: string; pipeline: string },
): void {
  if (r.kind === 'unknown') {
    notes.push(say(M, 'unknownRobot', { ...where, type: r.type }));
    return;
  }
  if (!r.activated) {
    notes.push(say(M, 'robotOff', { ...where, robot: r.title }));
    return;
  }
  if (r.kind === 'create_task' && r.delay === null) {
    const task = taskOf(r, names);
    if ('ok' in task && slots.task(task.ok)) return;
  }
  const robot: Mapped<Robot> = robotOf(r, names);
  if ('why' in robot) {
    if (robot.why === 'unknown') notes.push(say(M, 'unknownRobot', { ...where, type: r.type }));
    else
      notes.push(
        say(M, 'robotNotExpressible', { ...where, robot: r.title, what: NOT_EXPRESSIBLE[robot.why] }),
      );
    return;
  }
  if (r.kind === 'tunnel' && r.delay === null && slots.tunnel?.(r, robot.ok)) return;
  slots.robots.push(robot.ok);
}

/**
 * Required-by-stage fields: the spec lists a field on the stage it is required from, up to the
 * success stage (src/resources/manual-archive/compare-required.ts); other ranges are named instead.
 */
function addRequired(dir: Direction, p: PipelineFacts, notes: PlanText[]): void {
  const success = p.stages.find((s) => s.semantics === 'success')?.code ?? 'WON';
  for (const r of p.required) {
    const stage =
      r.scope === 'range' && r.to === success ? dir.stages?.find((s) => s.code === r.from) : undefined;
    if (!stage) {
      const range = r.scope === 'range' ? `${r.from ?? '?'}..${r.to ?? '?'}` : r.scope;
      notes.push(say(M, 'requiredNotExpressible', { field: r.field, pipeline: p.name, range }));
      continue;
    }
    const code = r.field.replace(/^UF_CRM_/, '');
    stage.required_fields ??= [];
    if (!stage.required_fields.includes(code)) stage.required_fields.push(code);
  }
}

/** Empty lists added while filling are not written. */
function tidy(dir: Direction): void {
  for (const st of dir.stages ?? []) {
    if (st.robots?.length === 0) delete st.robots;
    if (st.triggers?.length === 0) delete st.triggers;
  }
  if (dir.won?.robots?.length === 0) delete dir.won.robots;
  if (dir.lost?.robots?.length === 0) delete dir.lost.robots;
}
