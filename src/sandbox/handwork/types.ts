/**
 * What an administrator sets up by hand on a real portal and REST can neither read nor write: stage
 * robots, triggers, required-by-stage fields and CRM roles. The emulated portal keeps them in its state
 * in the server's own shapes, so that its CRM settings archive (archive-writer.ts) is what the
 * server's export would write. No REST handler reads or writes them, as on a real portal.
 */

/** A robot as Template::toArray gives it: the activity plus its delay, condition and chaining. */
export interface SbRobot {
  Type: string;
  Name: string;
  Activated: 'Y' | 'N';
  Properties: Record<string, unknown>;
  /** DelayInterval::toActivityProperties of the robot's delay; absent = run at once. */
  DelayProperties?: Record<string, unknown>;
  DelayName?: string;
  /** mixedcondition rows of the robot's condition: `{object, field, operator, value, joiner}`. */
  Condition?: { object: string; field: string; operator: string; value: string; joiner: 0 | 1 }[];
  ExecuteAfterPrevious?: boolean;
}

/** The robot template of one stage (a b_bp_workflow_template row with AUTO_EXECUTE 8). */
export interface SbRobotTemplate {
  id: number;
  /** STATUS_ID of the stage: `C3:NEW`, or `NEW` in pipeline 0. */
  statusId: string;
  robots: SbRobot[];
}

/** A b_crm_automation_trigger row. */
export interface SbTrigger {
  id: number;
  name: string;
  code: string;
  /** 2 = deal. */
  entityTypeId: number;
  statusId: string;
  applyRules: Record<string, unknown> | null;
}

/** A b_crm_field_attribute row: a field required on a phase group of one pipeline. */
export interface SbRequiredField {
  pipelineId: number;
  fieldName: string;
  /** FieldAttributePhaseGroupType: 1 all stages, 2 a range, 3 lost stages. */
  phaseGroupTypeId: 1 | 2 | 3;
  startStatusId: string;
  finishStatusId: string;
}

/** A b_crm_role_perms row. */
export interface SbRolePermission {
  entity: string;
  field: string;
  permType: string;
  /** '' none, A own, D department, F subdepartments, O open, X all (BX_CRM_PERM_*). */
  attr: string;
}

export interface SbRole {
  id: number;
  name: string;
  permissions: SbRolePermission[];
}

export interface SandboxHandwork {
  robotTemplates: SbRobotTemplate[];
  triggers: SbTrigger[];
  requiredFields: SbRequiredField[];
  roles: SbRole[];
}

export function emptyHandwork(): SandboxHandwork {
  return { robotTemplates: [], triggers: [], requiredFields: [], roles: [] };
}
