/**
 * What b24cfg learns from a portal's CRM settings export archive (docs/bitrix24/crm-settings-archive.md):
 * the manual half of a sales department, in the spec's terms. Only these facts leave the reader; the
 * archive's other content (web forms, card layouts, people's names) is never kept.
 */

/** Who a robot or task addresses, as the automation designer's user selector stores it. */
export type Person =
  | { kind: 'responsible' }
  | { kind: 'responsible_head' }
  | { kind: 'user'; id: number }
  /** Anything else (a group, a document field, an expression): kept as text, never guessed. */
  | { kind: 'other'; value: string };

/** A duration in the designer's own units: minutes (`i`), hours or days. */
export interface Interval {
  value: number;
  unit: 'i' | 'h' | 'd';
}

/** When a robot runs: at once, after an interval, or relative to a date field (the robot's delay). */
export type DelayFact =
  | { kind: 'after'; interval: Interval; workTime: boolean }
  | { kind: 'before_field'; field: string; interval: Interval; workTime: boolean }
  | { kind: 'after_field'; field: string; interval: Interval; workTime: boolean }
  | { kind: 'at_field'; field: string }
  | { kind: 'other'; text: string };

/** A task deadline: a date expression relative to entering the stage or to a date field, or a fixed date. */
export type DeadlineFact =
  | { kind: 'after_entry'; interval: Interval; workTime: boolean }
  | { kind: 'before_field'; field: string; interval: Interval; workTime: boolean }
  | { kind: 'at'; date: string }
  | { kind: 'other'; text: string };

/** A robot's condition: field, operator and value per item, joined by and/or, as the designer shows them. */
export interface ConditionFact {
  items: { field: string; operator: string; value: string; joiner: 'and' | 'or' }[];
}

interface RobotBase {
  /** The activity's `Type` (Task2Activity, CrmSendEmailActivity …). */
  type: string;
  /** The robot's title as the designer shows it. */
  title: string;
  delay: DelayFact | null;
  condition: ConditionFact | null;
  /** Runs after the previous robot of the stage finished rather than in parallel. */
  afterPrevious: boolean;
  /** A robot switched off in the designer still exists but does nothing. */
  activated: boolean;
}

export type RobotFact = RobotBase &
  (
    | {
        kind: 'create_task';
        taskTitle: string;
        responsible: Person[];
        deadline: DeadlineFact | null;
        observers: Person[];
        checklist: string[];
        priority: 'normal' | 'high';
      }
    | { kind: 'send_email'; subject: string }
    | { kind: 'send_sms'; text: string }
    | { kind: 'notify'; to: Person[]; text: string }
    | { kind: 'generate_document'; templateId: number | null }
    | { kind: 'change_stage'; statusId: string }
    | { kind: 'tunnel'; mode: 'copy' | 'move'; pipelineId: number; statusId: string }
    | { kind: 'change_responsible'; responsible: Person[] }
    | { kind: 'create_call' | 'create_meeting' | 'create_todo'; subject: string }
    | { kind: 'webhook' }
    /** An activity type b24cfg does not map: reported as "unknown robot <type> on <stage>". */
    | { kind: 'unknown' }
  );

export type RobotKind = RobotFact['kind'];

/** A trigger on a stage; `type` is the spec's trigger type, or null for a code b24cfg does not map. */
export interface TriggerFact {
  code: string;
  type: string | null;
  title: string;
  /** Also fires when the deal would move backwards (APPLY_RULES.ALLOW_BACKWARDS). */
  allowBackwards: boolean;
  condition: ConditionFact | null;
}

/** A field required from one stage to another of a pipeline, or on all / on lost stages. */
export interface RequiredFieldFact {
  field: string;
  scope: 'range' | 'all' | 'lost';
  /** Stage codes (without the pipeline prefix) for a range. */
  from: string | null;
  to: string | null;
  /** The stages it covers, in the pipeline's order. */
  stages: string[];
}

export type StageSemantics = 'process' | 'success' | 'failure';

export interface StageFacts {
  /** The code without the pipeline prefix: NEW, WON, LOSE, a loss reason. */
  code: string;
  /** STATUS_ID as stored: `C3:NEW`, or `NEW` in pipeline 0. */
  statusId: string;
  name: string;
  sort: number;
  semantics: StageSemantics;
  robots: RobotFact[];
  triggers: TriggerFact[];
  /**
   * The robot template of this stage could not be read as robots (edited in the business process
   * designer, or a shape b24cfg does not know): its robots cannot be proven either way.
   */
  unreadable: string | null;
}

export interface PipelineFacts {
  /** The pipeline's id on the portal that exported the archive (0 = the default pipeline). */
  archiveId: number;
  name: string;
  stages: StageFacts[];
  required: RequiredFieldFact[];
}

/** CRM permissions in the spec's words (`deal.delete`, `import`, `settings` …). */
export interface RoleFact {
  name: string;
  /** Every spec permission this role does not have, sorted. */
  deny: string[];
  /** Every spec permission this role has, sorted. */
  allow: string[];
}

export interface ArchiveInfo {
  /** The archive file or folder as the user named it. */
  source: string;
  manifestCode: string;
  manifestVersion: number;
  /** When the portal wrote the archive: the newest entry's time (UTC), null when unknown. */
  writtenAt: Date | null;
}

export interface CrmSettingsFacts {
  archive: ArchiveInfo;
  pipelines: PipelineFacts[];
  roles: RoleFact[];
}
