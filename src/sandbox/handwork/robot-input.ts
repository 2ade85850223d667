import type { SbRobot } from './types.js';

/**
 * What `sandbox handwork` asks of the emulated portal, in words close to the automation designer's
 * form; robot-activities.ts turns each into the activity the designer would save. Durations are minutes.
 */
export type HwPerson = 'responsible' | 'responsible_head' | { userId: number };

export type HwDeadline =
  | { afterEntryMinutes: number; workTime?: boolean }
  | { beforeField: string; minutes: number }
  | { at: string };

export type HwDelay = { afterMinutes: number; workTime?: boolean } | { beforeField: string; minutes: number };

export interface HwCondition {
  field: string;
  operator: string;
  value: string;
  /** How this item joins the previous one. */
  joiner?: 'and' | 'or';
}

interface HwCommon {
  title?: string;
  delay?: HwDelay;
  condition?: HwCondition[];
  /** Run after the previous robot of the stage instead of in parallel. */
  afterPrevious?: boolean;
}

export type HwRobot = HwCommon &
  (
    | {
        kind: 'task';
        taskTitle: string;
        responsible: HwPerson[];
        deadline?: HwDeadline;
        observers?: HwPerson[];
        checklist?: string[];
        priority?: 'normal' | 'high';
      }
    | { kind: 'email'; subject: string; body?: string }
    | { kind: 'sms'; text: string }
    | { kind: 'notify'; to: HwPerson[]; text: string }
    /** The "notify the supervisor" robot: the responsible's head and, optionally, more people. */
    | { kind: 'notify_head'; text: string; also?: HwPerson[] }
    | { kind: 'document'; templateId: number }
    | { kind: 'change_stage'; statusId: string }
    | { kind: 'tunnel'; mode: 'copy' | 'move'; pipelineId: number; statusId: string }
    | { kind: 'change_responsible'; responsible: HwPerson[] }
    | { kind: 'call' | 'meeting' | 'todo'; subject: string }
    | { kind: 'webhook'; url: string }
    /** Any other activity, as it is (robots b24cfg does not map, in tests and demos). */
    | { kind: 'raw'; type: string; properties: Record<string, unknown> }
  );

export type { SbRobot };
