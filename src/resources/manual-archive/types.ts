import type { RequiredFieldFact, RobotFact, RoleFact, TriggerFact } from '../../portal/crm-settings/types.js';

/**
 * The spec's manual items checked against the CRM settings archive. Items carry the same ids as the
 * plan's manual changes (`manual:<direction>/<STAGE>#task` …: src/resources/manual/diff.ts), so a plan or a
 * checklist can show each one's verdict beside it; what is only on the portal gets an `archive:` id.
 */
export type ArchiveStatus =
  /** ✓ the archive shows it as the spec says. */
  | 'matches'
  /** ✗ missing, on another stage, or with different values. */
  | 'differs'
  /** + on the portal, not in the spec. */
  | 'portal_only'
  /** The archive does not carry this kind of item (e-mail templates, quick answers, the sales plan …). */
  | 'not_in_archive'
  /** The archive carries it, but this one cannot be read (a template edited in the designer, an unbound pipeline). */
  | 'unprovable';

/** What a difference is about; labels in messages.ts. */
export type DifferenceField =
  | 'presence'
  | 'stage'
  | 'title'
  | 'responsible'
  | 'observers'
  | 'deadline'
  | 'delay'
  | 'subject'
  | 'text'
  | 'to'
  | 'template'
  | 'target'
  | 'mode'
  | 'required_from'
  | 'deny'
  | 'allow'
  | 'activated';

/**
 * One field-level difference. Values are language-neutral: durations as the spec writes them (`2d`,
 * `30m`), people as spec keys (`deal.responsible`, `head_of_sales`, `user #7` when unknown), stages by code.
 * `presence` uses `present` / `missing`.
 */
export interface Difference {
  field: DifferenceField;
  expected: string;
  actual: string;
  /**
   * Which people or document template the two sides name cannot be told without the portal (users
   * by e-mail, templates by id): such a difference proves nothing, and the item becomes `unprovable`.
   */
  unresolved?: true;
}

/** Why an item cannot be proven; labels in messages.ts. */
export type UnprovableReason =
  'pipeline_not_in_archive' | 'template_unreadable' | 'robot_type_not_mapped' | 'needs_portal';

export type ArchiveEvidence =
  | { kind: 'robot'; robot: RobotFact }
  | { kind: 'trigger'; trigger: TriggerFact }
  | { kind: 'required'; required: RequiredFieldFact[] }
  | { kind: 'role'; role: RoleFact };

export interface ArchiveItem {
  id: string;
  /** Where on the portal: [pipeline name, stage name], or [role name]. */
  path: string[];
  /** The stage it was found on or looked for (code without prefix), when it belongs to a stage. */
  stage?: { pipelineId: number; code: string };
  status: ArchiveStatus;
  differences: Difference[];
  /** What the archive shows: the robot and stage named in audit evidence, and what a portal-only item is. */
  evidence?: ArchiveEvidence;
  reason?: UnprovableReason;
  /** For `unprovable` with template_unreadable: what could not be read. */
  detail?: string;
}

/**
 * How the spec's identities map to the archive's: direction key → the archive's pipeline id (the plan
 * resolves it by name: bindPipelines), spec user key → portal user id, document template name → id.
 * `users` and `documents` come from a portal; without one they are absent, and what depends on them
 * cannot be proven (`needs_portal`).
 */
export interface ArchiveBinding {
  pipelines: Readonly<Record<string, number>>;
  users?: Readonly<Record<string, number>>;
  documents?: Readonly<Record<string, number>>;
}

export interface ManualArchiveResult {
  items: ArchiveItem[];
  counts: Record<ArchiveStatus, number>;
}
