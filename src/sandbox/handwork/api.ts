import { errorOf } from '../../core/errors.js';
import { nextId, type SandboxState, type SbStatus } from '../state.js';
import { HANDWORK_ERRORS } from './messages.js';
import { robotOf } from './robot-activities.js';
import type { HwRobot } from './robot-input.js';
import { emptyHandwork, type SandboxHandwork, type SbRolePermission } from './types.js';
import { nameSource } from './template-tree.js';

/**
 * What a consultant does by hand in the portal's UI, done on the emulated portal: put a robot or a
 * trigger on a stage, make a field required from a stage on, create a CRM role. Stages are named by
 * pipeline id and stage code (without the `C<id>:` prefix), as the plan resolves them.
 */
export interface HandworkContext {
  /** The state file, for hints in errors. */
  statePath?: string;
}

export function handworkOf(state: SandboxState): SandboxHandwork {
  state.handwork ??= emptyHandwork();
  return state.handwork;
}

/** The stage's status row; a missing pipeline or stage is an error naming both. */
export function stageOf(
  state: SandboxState,
  pipelineId: number,
  stageCode: string,
  ctx: HandworkContext = {},
): SbStatus {
  const stateFile = ctx.statePath ?? 'sandbox-state.json';
  if (pipelineId !== 0 && !state.pipelines.some((p) => p.id === pipelineId))
    throw errorOf(HANDWORK_ERRORS, 'SANDBOX_HANDWORK_NO_PIPELINE', {
      data: { pipelineId, state: stateFile },
    });
  const statusId = pipelineId === 0 ? stageCode : `C${pipelineId}:${stageCode}`;
  const row = state.statuses.find((s) => s.categoryId === pipelineId && s.statusId === statusId);
  if (!row)
    throw errorOf(HANDWORK_ERRORS, 'SANDBOX_HANDWORK_NO_STAGE', {
      where: `${pipelineId} ▸ ${stageCode}`,
      data: { pipelineId, stage: stageCode, state: stateFile },
    });
  return row;
}

/** Adds a robot at the end of the stage's robots, creating the stage's template on its first robot. */
export function addRobot(
  state: SandboxState,
  at: { pipelineId: number; stageCode: string },
  robot: HwRobot,
  ctx: HandworkContext = {},
): void {
  const stage = stageOf(state, at.pipelineId, at.stageCode, ctx);
  const hw = handworkOf(state);
  let tpl = hw.robotTemplates.find((t) => t.statusId === stage.statusId);
  if (!tpl) {
    tpl = { id: nextId(state, 'bizprocTemplates'), statusId: stage.statusId, robots: [] };
    hw.robotTemplates.push(tpl);
  }
  const names = nameSource(tpl.id * 1000 + tpl.robots.length);
  tpl.robots.push(robotOf(robot, names(), names()));
}

/** Adds a trigger that moves a deal into the stage; `code` is the trigger class's code (WEBFORM, CALL …). */
export function addTrigger(
  state: SandboxState,
  at: { pipelineId: number; stageCode: string },
  trigger: { code: string; name: string; allowBackwards?: boolean },
  ctx: HandworkContext = {},
): void {
  const stage = stageOf(state, at.pipelineId, at.stageCode, ctx);
  handworkOf(state).triggers.push({
    id: nextId(state, 'automationTriggers'),
    name: trigger.name,
    code: trigger.code,
    entityTypeId: 2,
    statusId: stage.statusId,
    applyRules: trigger.allowBackwards ? { ALLOW_BACKWARDS: 'Y' } : null,
  });
}

/**
 * Makes a field required from `fromStage` to the pipeline's success stage (the designer's "from this
 * stage on"), or to `toStage` when given.
 */
export function addRequiredField(
  state: SandboxState,
  at: { pipelineId: number; fromStage: string; toStage?: string },
  fieldName: string,
  ctx: HandworkContext = {},
): void {
  const from = stageOf(state, at.pipelineId, at.fromStage, ctx);
  const to = at.toStage
    ? stageOf(state, at.pipelineId, at.toStage, ctx)
    : state.statuses.find(
        (s) => s.categoryId === at.pipelineId && s.entityId === from.entityId && s.semantics === 'S',
      );
  handworkOf(state).requiredFields.push({
    pipelineId: at.pipelineId,
    fieldName,
    phaseGroupTypeId: 2,
    startStatusId: from.statusId,
    finishStatusId: (to ?? from).statusId,
  });
}

/** The permission words the spec uses, and the PERM_TYPE each stands for. */
const OPERATIONS: Readonly<Record<string, string>> = {
  read: 'READ',
  add: 'ADD',
  update: 'WRITE',
  delete: 'DELETE',
  export: 'EXPORT',
  import: 'IMPORT',
};
const CLIENT_ENTITIES = ['lead', 'deal', 'contact', 'company'];
const ENTITIES = [...CLIENT_ENTITIES, 'quote', 'invoice'];

/**
 * Creates a CRM role that may do everything (ATTR X, "all") except what `deny` names in the spec's
 * words (`deal.delete`, `import`, `export`, `settings` …), the way an administrator ticks the boxes.
 */
export function addRole(state: SandboxState, role: { name: string; deny: readonly string[] }): void {
  const denied = new Set(role.deny);
  const permissions: SbRolePermission[] = [];
  const dealEntities = ['DEAL', ...state.pipelines.map((p) => `DEAL_C${p.id}`)];
  for (const entity of ENTITIES) {
    const codes = entity === 'deal' ? dealEntities : [entity.toUpperCase()];
    for (const [op, permType] of Object.entries(OPERATIONS)) {
      const bulk = (op === 'import' || op === 'export') && CLIENT_ENTITIES.includes(entity) && denied.has(op);
      if (denied.has(`${entity}.${op}`) || bulk) continue;
      for (const code of codes) permissions.push({ entity: code, field: '-', permType, attr: 'X' });
    }
  }
  if (!denied.has('settings'))
    permissions.push({ entity: 'CONFIG', field: '-', permType: 'WRITE', attr: 'X' });
  handworkOf(state).roles.push({ id: nextId(state, 'crmRoles'), name: role.name, permissions });
}
