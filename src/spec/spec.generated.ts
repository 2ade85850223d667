/* Generated from src/spec/spec.schema.json by `npm run gen:types`. Do not edit by hand. */

/**
 * deal.responsible, deal.responsible.head, or a role key from `users`.
 *
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "Responsible".
 */
export type Responsible = string;
/**
 * A duration: 15m, 2h, 3d, 90s, or whole seconds as a number.
 *
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "Duration".
 */
export type Duration = string | number;
/**
 * A text for every language, or one text per language code.
 *
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "LocalizedText".
 */
export type LocalizedText = string | LocalizedTextMap;

/**
 * A Bitrix24 sales department as code (b24cfg spec, version 1).
 */
export interface Spec {
  $schema?: string;
  /**
   * Spec format version.
   */
  version: 1;
  /**
   * Standards pack the audit scores against, e.g. sales-dept@1.
   */
  standards?: string;
  /**
   * Client or portal name, for reports.
   */
  client?: string;
  description?: string;
  /**
   * Base spec(s): paths relative to this file; a list is applied in order. This file overrides by key: mappings deep-merge, lists of items with a key (directions by key, stages by code, list items by xml_id, open lines by name, …) merge item by item, other lists are replaced.
   */
  extends?: string | [string, ...string[]];
  /**
   * Values for ${var:name}. A value may use ${env:NAME}, ${env:NAME:-default} and ${file:path}. Anywhere in the spec: ${env:NAME}, ${env:NAME:-default}, ${var:name} (a string that is exactly one ${var:x} takes the variable's type), ${file:path} (relative to the declaring file, inside the project folder); $${…} is literal text.
   */
  variables?: {
    [k: string]: (string | number | boolean) | undefined;
  };
  /**
   * Environment variables ${env:…} may read although their name or value looks like a credential (GITHUB_TOKEN, DB_PASSWORD, a private key …). A variable that holds the webhook's secret is never read.
   */
  allow_env?: string[];
  /**
   * People by role, resolved per portal by e-mail.
   */
  users?: {
    [k: string]: User | undefined;
  };
  departments?: Department[];
  sales_plan?: SalesPlan;
  /**
   * Deal pipelines; key `default` is pipeline 0 (SD-02).
   */
  directions?: Direction[];
  fields?: FieldsByEntity;
  segments?: Segments;
  lead_sources?: DictItem[];
  lead_statuses?: LeadStatus[];
  open_lines?: OpenLine[];
  email_templates?: EmailTemplate[];
  documents?: Document[];
  numerators?: Numerator[];
  permissions?: Permissions;
  manage?: Manage;
  audit?: AuditSettings;
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "User".
 */
export interface User {
  email: string;
  name?: string;
  department?: string;
  supervisor?: string;
  position?: string;
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "Department".
 */
export interface Department {
  name: string;
  head?: string;
  parent?: string;
  members?: string[];
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "SalesPlan".
 */
export interface SalesPlan {
  period: 'month' | 'quarter' | 'half_year' | 'year';
  metric: 'amount' | 'count';
  by: 'employee' | 'direction';
  currency?: string;
  targets?: SalesTarget[];
  note?: string;
}
export interface SalesTarget {
  who: string;
  amount: number;
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "Direction".
 */
export interface Direction {
  /**
   * Stable key; `default` is pipeline 0.
   */
  key: string;
  name: string;
  /**
   * Earlier names, so a rename is a rename and not delete + create.
   */
  renamed_from?: string[];
  /**
   * nurture = warm-up funnel (SD-31), repeat = repeat sales (SD-10).
   */
  purpose?: 'sales' | 'repeat' | 'nurture' | 'service' | 'other';
  /**
   * Free text: segment, audience or deal complexity (SD-02).
   */
  audience?: string;
  description?: string;
  /**
   * Process stages, in order.
   */
  stages?: Stage[];
  won?: Won;
  lost?: Lost;
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "Stage".
 */
export interface Stage {
  /**
   * Becomes STATUS_ID; Bitrix24 adds C{id}: in non-default pipelines. [A-Z0-9_-], at most 22 characters with the prefix.
   */
  code: string;
  name: string;
  /**
   * #RRGGBB
   */
  color?: string;
  description?: string;
  task?: Task;
  /**
   * Field codes the manager fills on this stage (SD-08).
   */
  fields?: string[];
  /**
   * Field codes required from this stage on (manual; no REST reads them).
   */
  required_fields?: string[];
  robots?: Robot[];
  triggers?: Trigger[];
}
/**
 * A task created by a robot when the deal enters the stage (manual on the portal).
 *
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "Task".
 */
export interface Task {
  title: string;
  description?: string;
  responsible?: Responsible;
  deadline?: Deadline;
  observers?: Responsible[];
  checklist?: string[];
  priority?: 'normal' | 'high';
  /**
   * The task cannot be closed without a result comment.
   */
  require_result?: boolean;
}
/**
 * Exactly one of: days_after_entry, hours_after_entry, after_entry, before_field (+ days/hours), at.
 *
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "Deadline".
 */
export interface Deadline {
  /**
   * Due N days after the deal enters the stage.
   */
  days_after_entry?: number;
  /**
   * Due N hours after the deal enters the stage.
   */
  hours_after_entry?: number;
  after_entry?: Duration;
  /**
   * A date field of the deal (e.g. UF_CRM_EVENT_DATE or CLOSEDATE); due before it.
   */
  before_field?: string;
  /**
   * With before_field: how many days before.
   */
  days?: number;
  /**
   * With before_field: how many hours before.
   */
  hours?: number;
  /**
   * A fixed date (YYYY-MM-DD).
   */
  at?: string;
  /**
   * Count only working time.
   */
  work_time?: boolean;
}
/**
 * An automation rule on a stage (manual on the portal: no REST reads or writes robots).
 *
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "Robot".
 */
export interface Robot {
  /**
   * What the robot does.
   */
  type:
    | 'send_email'
    | 'send_sms'
    | 'notify'
    | 'create_task'
    | 'create_todo'
    | 'create_call'
    | 'create_meeting'
    | 'change_responsible'
    | 'copy_deal'
    | 'move_to_direction'
    | 'change_stage'
    | 'wait'
    | 'generate_document'
    | 'send_document'
    | 'webhook';
  title?: string;
  /**
   * An e-mail template key (send_email) or a document name (generate_document).
   */
  template?: string;
  /**
   * Message text for SMS/notifications.
   */
  text?: string;
  /**
   * client, deal.responsible, or a role key.
   */
  to?: string;
  delay?: Duration;
  /**
   * A condition in plain words, as the robot's condition on the portal.
   */
  condition?: string;
  target?: RobotTarget;
  responsible?: Responsible;
}
export interface RobotTarget {
  direction: string;
  stage?: string;
}
/**
 * A trigger that moves a deal into this stage (manual on the portal).
 *
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "Trigger".
 */
export interface Trigger {
  /**
   * The event that moves a deal into this stage.
   */
  type:
    | 'email_opened'
    | 'link_clicked'
    | 'email_received'
    | 'call_missed'
    | 'call_incoming'
    | 'webform_filled'
    | 'openline_message'
    | 'payment_received'
    | 'document_viewed'
    | 'webhook'
    | 'field_changed';
  title?: string;
  condition?: string;
}
/**
 * The success stage (STATUS_ID WON).
 *
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "Won".
 */
export interface Won {
  name: string;
  color?: string;
  task?: Task;
  tunnel?: Tunnel;
  robots?: Robot[];
  fields?: string[];
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "Tunnel".
 */
export interface Tunnel {
  /**
   * Key of the target direction.
   */
  to: string;
  /**
   * Stage code in the target direction.
   */
  stage: string;
  /**
   * copy (default) keeps the won deal; move transfers it.
   */
  mode?: 'copy' | 'move';
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "Lost".
 */
export interface Lost {
  /**
   * Name of the generic failure stage (STATUS_ID LOSE).
   */
  name?: string;
  color?: string;
  reasons?: LossReason[];
  supervisor_task?: Task;
  robots?: Robot[];
}
/**
 * A failure stage that names why the deal was lost.
 *
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "LossReason".
 */
export interface LossReason {
  code: string;
  name: string;
  color?: string;
}
export interface FieldsByEntity {
  deal?: Field[];
  lead?: Field[];
  contact?: Field[];
  company?: Field[];
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "Field".
 */
export interface Field {
  /**
   * Becomes UF_CRM_<CODE>: [A-Z0-9_], at most 43 characters.
   */
  code: string;
  type:
    | 'string'
    | 'integer'
    | 'double'
    | 'boolean'
    | 'enumeration'
    | 'date'
    | 'datetime'
    | 'money'
    | 'url'
    | 'address'
    | 'file'
    | 'employee'
    | 'crm'
    | 'crm_status'
    | 'iblock_element'
    | 'iblock_section';
  label: LocalizedText;
  help?: LocalizedText;
  multiple?: boolean;
  mandatory?: boolean;
  show_filter?: boolean;
  show_in_list?: boolean;
  sort?: number;
  /**
   * List items of an enumeration field, keyed by xml_id.
   */
  items?: ListItem[];
  settings?: FieldSettings;
}
export interface LocalizedTextMap {
  ru?: string;
  en?: string;
  de?: string;
  ua?: string;
  kz?: string;
  by?: string;
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "ListItem".
 */
export interface ListItem {
  xml_id: string;
  value: string;
  sort?: number;
  default?: boolean;
}
/**
 * Type settings sent as SETTINGS. A portal keeps only some keys per type (string: DEFAULT_VALUE, ROWS; integer: DEFAULT_VALUE; double: DEFAULT_VALUE, PRECISION; boolean: DEFAULT_VALUE, DISPLAY; date and datetime: DEFAULT_VALUE; enumeration: DISPLAY, LIST_HEIGHT; crm_status: ENTITY_TYPE; crm: LEAD, CONTACT, COMPANY, DEAL; iblock_element and iblock_section: IBLOCK_ID, DEFAULT_VALUE, DISPLAY, LIST_HEIGHT, ACTIVE_FILTER; none for the other types); validation names any other key (docs/bitrix24/parity.md#uf-settings-rest).
 *
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "FieldSettings".
 */
export interface FieldSettings {
  /**
   * The default: text (string), a whole number (integer, iblock_*), a number (double), true/false (boolean), or {TYPE: NONE|NOW|FIXED, VALUE} (date, datetime).
   */
  DEFAULT_VALUE?:
    | string
    | number
    | boolean
    | {
        TYPE: 'NONE' | 'NOW' | 'FIXED';
        VALUE?: string;
      };
  /**
   * Text rows of a string field (the portal keeps 1 to 50).
   */
  ROWS?: number;
  /**
   * Decimal places of a double field (the portal keeps 0 to 12).
   */
  PRECISION?: number;
  /**
   * boolean: CHECKBOX, RADIO or DROPDOWN; enumeration: LIST, CHECKBOX, UI or DIALOG; iblock_*: LIST, CHECKBOX, UI or DIALOG.
   */
  DISPLAY?: 'LIST' | 'CHECKBOX' | 'UI' | 'DIALOG' | 'RADIO' | 'DROPDOWN';
  LIST_HEIGHT?: number;
  /**
   * crm_status: the dictionary (STATUS, SOURCE, DEAL_STAGE …).
   */
  ENTITY_TYPE?: string;
  LEAD?: 'Y' | 'N';
  CONTACT?: 'Y' | 'N';
  COMPANY?: 'Y' | 'N';
  DEAL?: 'Y' | 'N';
  IBLOCK_ID?: number;
  ACTIVE_FILTER?: 'Y' | 'N';
  [k: string]: unknown | undefined;
}
export interface Segments {
  contact_types?: DictItem[];
  company_types?: DictItem[];
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "DictItem".
 */
export interface DictItem {
  code: string;
  name: string;
  sort?: number;
  color?: string;
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "LeadStatus".
 */
export interface LeadStatus {
  code: string;
  name: string;
  color?: string;
  semantics?: 'process' | 'success' | 'failure';
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "OpenLine".
 */
export interface OpenLine {
  name: string;
  renamed_from?: string[];
  active?: boolean;
  crm?: OpenLineCrm;
  queue?: OpenLineQueue;
  kpi?: OpenLineKpi;
  quick_answers?: QuickAnswer[];
  welcome_message?: string;
}
export interface OpenLineCrm {
  /**
   * CRM integration on (default true).
   */
  enabled?: boolean;
  create?: 'none' | 'lead' | 'deal';
  /**
   * A lead source code for new leads/deals.
   */
  source?: string;
  forward_to_responsible?: boolean;
}
export interface OpenLineQueue {
  type?: 'evenly' | 'strictly' | 'all';
  /**
   * Role keys from `users`.
   */
  users?: string[];
  time?: Duration;
  no_answer_time?: Duration;
  check_available?: boolean;
}
export interface OpenLineKpi {
  first_answer?: Duration;
  further_answer?: Duration;
  alert?: boolean;
  alert_to?: string[];
  check_operator_activity?: boolean;
}
export interface QuickAnswer {
  category?: string;
  title?: string;
  text: string;
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "EmailTemplate".
 */
export interface EmailTemplate {
  key: string;
  title: string;
  subject: string;
  body?: string;
  /**
   * An HTML file with the body, relative to the file that declares it. Give body or body_file, not both.
   */
  body_file?: string;
  entity?: 'deal' | 'lead' | 'contact' | 'company';
  /**
   * A document template name to attach.
   */
  attach_document?: string;
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "Document".
 */
export interface Document {
  name: string;
  renamed_from?: string[];
  /**
   * A .docx file, relative to the file that declares it.
   */
  file: string;
  entity?: 'deal' | 'lead' | 'contact' | 'company';
  /**
   * Direction keys the template is bound to (all deal pipelines when absent).
   */
  directions?: string[];
  /**
   * A numerator name from `numerators`.
   */
  numerator?: string;
  /**
   * What the document is (SD-27/28/29).
   */
  kind?: 'proposal' | 'contract' | 'invoice' | 'act' | 'other';
  active?: boolean;
  with_stamps?: boolean;
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "Numerator".
 */
export interface Numerator {
  name: string;
  /**
   * Number template, e.g. Д-{NUMBER}.
   */
  template: string;
  start?: number;
  step?: number;
  length?: number;
  pad?: string;
  period?: 'none' | 'day' | 'month' | 'year';
}
export interface Permissions {
  roles?: PermissionRole[];
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "PermissionRole".
 */
export interface PermissionRole {
  name: string;
  description?: string;
  members?: string[];
  deny?: string[];
  allow?: string[];
}
/**
 * What b24cfg may touch. prune: delete portal objects absent from the spec (also needs --prune). protect: keys never deleted or renamed.
 */
export interface Manage {
  prune?: boolean;
  /**
   * Keys never deleted or renamed. Each entry is one of: `default` (pipeline 0); a direction key (`b2b-new`); `direction/STAGE` for a stage or loss reason code of that direction, or WON/LOSE (`b2b-new/PRESENT`); `entity.FIELD` for a user field of deal, lead, contact or company, with or without UF_CRM_ (`deal.NPS`); the name of an open line or a document template.
   */
  protect?: string[];
}
export interface AuditSettings {
  /**
   * How far back data checks look (default 30).
   */
  window_days?: number;
  thresholds?: {
    [k: string]:
      | {
          [k: string]: number | undefined;
        }
      | undefined;
  };
  suppress?: Suppression[];
}
/**
 * This interface was referenced by `Spec`'s JSON-Schema
 * via the `definition` "Suppression".
 */
export interface Suppression {
  standard: string;
  reason: string;
  expires: string;
  by?: string;
}
