import type { SandboxState } from '../state.js';
import { addRequiredField, addRobot, addRole, addTrigger, type HandworkContext } from './api.js';
import type { HwRobot } from './robot-input.js';

/**
 * One thing a consultant does by hand in the portal's UI, as `b24cfg sandbox handwork` asks the
 * emulated portal to do it: stages by pipeline id and code (without the `C<id>:` prefix).
 */
export type HwStep =
  | { kind: 'robot'; pipelineId: number; stageCode: string; robot: HwRobot }
  /** `code` is the trigger class's code (WEBFORM, CALL …). */
  | { kind: 'trigger'; pipelineId: number; stageCode: string; code: string; name: string }
  /** Fields required from this stage to the pipeline's success stage. */
  | { kind: 'required'; pipelineId: number; fromStage: string; fields: string[] }
  /** A role that may do everything except what `deny` names in the spec's words. */
  | { kind: 'role'; name: string; deny: string[] };

export function doHandworkStep(state: SandboxState, step: HwStep, ctx: HandworkContext = {}): void {
  switch (step.kind) {
    case 'robot':
      return addRobot(state, step, step.robot, ctx);
    case 'trigger':
      return addTrigger(state, step, { code: step.code, name: step.name }, ctx);
    case 'required':
      for (const f of step.fields) addRequiredField(state, step, f, ctx);
      return;
    case 'role':
      return addRole(state, step);
  }
}
