import type { SandboxHandwork } from './handwork/types.js';

/**
 * The sandbox portal's whole state: JSON-serialisable, versioned, saved to and loaded from one file
 * (persistence.ts). Records keep the values a portal stores; the REST shapes (string ids, Y/N flags,
 * ISO dates with the portal's offset) are produced by the handlers when they answer. Dates are epoch
 * milliseconds so that filters compare them exactly.
 */
export const SANDBOX_STATE_VERSION = 1;

export type StatusSemantics = 'S' | 'F' | null;

export interface SandboxSettings {
  /** Shown in download URLs and imopenlines.config.path.get. */
  portalHost: string;
  /** The portal's language: labels of new user fields are written for every language listed here. */
  languages: string[];
  /** The portal's UTC offset in minutes; a ru portal runs on Moscow time (+03:00). */
  utcOffsetMinutes: number;
  /** Maximum number of pipelines besides the default one; null = unlimited (docs/bitrix24/parity.md#category, plan limit). */
  pipelineLimit: number | null;
  /** The plan has `imopenlines_can_use_queue_all`; without it QUEUE_TYPE=all becomes evenly (docs/bitrix24/parity.md#openline-fields). */
  queueAllAllowed: boolean;
  /** crm.settings.mode.get: 1 classic (leads on), 2 simple (docs/bitrix24/parity.md#system). */
  crmMode: 1 | 2;
  /** Name and sort of pipeline 0, kept as portal options, not as a row (docs/bitrix24/parity.md#category). */
  defaultPipelineName: string;
  defaultPipelineSort: number;
  /**
   * Stage dictionaries of other CRM entities the portal has (old invoices, smart invoices, signed
   * documents, smart processes): crm.status.list returns their rows and crm.status.add accepts them
   * (docs/bitrix24/parity.md#status-list). Absent in states saved before they were modelled.
   */
  stageEntities?: SbStageEntity[];
  /** Answer shapes a live portal can give that the default sandbox does not (seeds.ts `applyVariants`). */
  variants?: SandboxVariant[];
}

/** One stage dictionary besides deals and leads. */
export interface SbStageEntity {
  kind: 'invoice' | 'smartInvoice' | 'smartDocument' | 'dynamic';
  /** ENTITY_ID of its rows: INVOICE_STATUS, SMART_INVOICE_STAGE_2, DYNAMIC_1032_STAGE_5 … */
  entityId: string;
  name: string;
  /** CRM owner type: 5 old invoice, 31 smart invoice, 36 smart document, ≥ 1030 smart process. */
  entityTypeId: number;
  /** The item category; 0 for old invoices. */
  categoryId: number;
}

/**
 * Real answers differ from the documented ones in ways b24cfg must survive
 * (docs/bitrix24/parity.md#variants): user-field lists keyed by position, users without empty name keys,
 * lead statuses with CATEGORY_ID "0" and SEMANTICS "", the default pipeline at sort 100, departments
 * with repeated names and parents outside the answer, deferred and overdue tasks, and the stage lists
 * of old invoices and smart processes.
 */
export type SandboxVariant =
  | 'userfield-list-keyed'
  | 'user-sparse-names'
  | 'lead-status-rest-shape'
  | 'default-pipeline-sort-100'
  | 'departments-tangled'
  | 'tasks-substatus'
  | 'more-stage-lists';

export interface SbPipeline {
  id: number;
  name: string;
  sort: number;
  createdDate: number;
  originId: string | null;
  originatorId: string | null;
}

export interface SbStatus {
  id: number;
  entityId: string;
  statusId: string;
  name: string;
  nameInit: string;
  sort: number;
  system: boolean;
  /** Pipeline id for deal stages (0 for DEAL_STAGE), null for other dictionaries, 0 or as sent when added over REST. */
  categoryId: number | null;
  /**
   * Added by crm.status.add: the row stores its CATEGORY_ID, so pipeline 0's stages print "0" where the
   * rows installed with the portal print null (docs/bitrix24/parity.md#status-add).
   */
  addedOverRest?: boolean;
  color: string | null;
  semantics: StatusSemantics;
}

export type UfEntityId = 'CRM_DEAL' | 'CRM_LEAD' | 'CRM_CONTACT' | 'CRM_COMPANY';
export const UF_LABEL_KEYS = [
  'EDIT_FORM_LABEL',
  'LIST_COLUMN_LABEL',
  'LIST_FILTER_LABEL',
  'ERROR_MESSAGE',
  'HELP_MESSAGE',
] as const;
export type UfLabelKey = (typeof UF_LABEL_KEYS)[number];

export interface SbEnumItem {
  id: number;
  value: string;
  sort: number;
  def: boolean;
  xmlId: string;
}

export interface SbUserField {
  id: number;
  entityId: UfEntityId;
  fieldName: string;
  userTypeId: string;
  xmlId: string | null;
  sort: number;
  multiple: boolean;
  mandatory: boolean;
  /** N, I (exact), E (mask), S (substring): SHOW_FILTER=Y is stored as E (docs/bitrix24/parity.md#uf-add). */
  showFilter: string;
  showInList: boolean;
  editInList: boolean;
  isSearchable: boolean;
  settings: Record<string, unknown>;
  labels: Record<UfLabelKey, Record<string, string>>;
  list: SbEnumItem[];
}

export interface SbQueueEntry {
  entityType: 'user' | 'department';
  entityId: number;
}

export interface SbOpenLine {
  id: number;
  /** Every config field as the portal stores it (strings, as imopenlines.config.get returns them). */
  config: Record<string, unknown>;
  queue: SbQueueEntry[];
}

export interface SbNumeratorSettings {
  start: number;
  step: number;
  length: number;
  padString: string;
  periodicBy: string | null;
  timezone: string | null;
  isDirectNumeration: boolean;
}

export interface SbNumerator {
  id: number;
  name: string;
  template: string;
  code: string | null;
  settings: SbNumeratorSettings;
  /** Numerators made in the UI cannot be changed or deleted over REST (docs/bitrix24/parity.md#docgen-numerator). */
  createdViaRest: boolean;
}

export interface SbTemplateFile {
  name: string;
  sha256: string;
  size: number;
}

export interface SbDocumentTemplate {
  id: number;
  name: string;
  region: string;
  code: string | null;
  active: boolean;
  moduleId: string;
  numeratorId: number;
  withStamps: boolean;
  users: string[];
  isDeleted: boolean;
  isDefault: boolean;
  sort: number;
  entityTypeId: string[];
  createTime: number;
  updateTime: number;
  file: SbTemplateFile;
}

export interface SbDepartment {
  id: number;
  name: string;
  sort: number;
  parent: number | null;
  head: number | null;
}

export interface SbUser {
  id: number;
  active: boolean;
  name: string;
  lastName: string;
  secondName: string;
  email: string;
  position: string;
  departments: number[];
  isAdmin: boolean;
  dateRegister: number;
  lastLogin: number | null;
  gender: string;
  city: string;
  userType: string;
}

export interface SbDeal {
  id: number;
  title: string;
  typeId: string;
  categoryId: number;
  stageId: string;
  opportunity: number;
  currencyId: string;
  isManualOpportunity: boolean;
  assignedById: number;
  createdById: number;
  dateCreate: number;
  dateModify: number;
  beginDate: number;
  closeDate: number | null;
  closed: boolean;
  /** When the deal entered its current stage (crm.item.list movedTime); absent = when it was created. */
  movedTime?: number;
  contactId: number | null;
  companyId: number | null;
  sourceId: string | null;
  leadId: number | null;
  /** User-field values keyed by FIELD_NAME (enumeration values store the item id). */
  uf: Record<string, unknown>;
}

export interface SbLead {
  id: number;
  title: string;
  name: string | null;
  lastName: string | null;
  statusId: string;
  sourceId: string | null;
  opportunity: number;
  currencyId: string;
  isManualOpportunity: boolean;
  assignedById: number;
  dateCreate: number;
  uf: Record<string, unknown>;
}

export interface SbContact {
  id: number;
  name: string;
  lastName: string;
  typeId: string | null;
  sourceId: string | null;
  assignedById: number;
  companyId: number | null;
  dateCreate: number;
  uf: Record<string, unknown>;
}

export interface SbCompany {
  id: number;
  title: string;
  companyType: string | null;
  industry: string | null;
  assignedById: number;
  dateCreate: number;
  uf: Record<string, unknown>;
}

export interface SbCommunication {
  type: string;
  value: string;
  entityTypeId: number;
  entityId: number;
}

export interface SbActivity {
  id: number;
  ownerTypeId: number;
  ownerId: number;
  /** 1 meeting, 2 call, 3 task, 4 e-mail, 6 provider (to-do). */
  typeId: number;
  providerId: string;
  providerTypeId: string;
  subject: string;
  description: string;
  created: number;
  lastUpdated: number;
  startTime: number;
  endTime: number;
  deadline: number | null;
  completed: boolean;
  responsibleId: number;
  authorId: number;
  priority: number;
  /** 1 incoming, 2 outgoing, 0 undefined. */
  direction: number;
  communications: SbCommunication[];
}

export interface SbTask {
  id: number;
  title: string;
  description: string;
  /** 2 pending, 3 in progress, 4 supposedly completed, 5 completed, 6 deferred (docs/bitrix24/parity.md#tasks-task-list). */
  status: number;
  deadline: number | null;
  createdDate: number;
  closedDate: number | null;
  responsibleId: number;
  createdBy: number;
  priority: number;
  groupId: number;
  /** CRM bindings like "D_123" for deal 123 (docs/bitrix24/parity.md#tasks-task-list). */
  ufCrmTask: string[];
  accomplices: number[];
  auditors: number[];
  tags: string[];
}

export interface SbStageHistory {
  id: number;
  /** 1 lead, 2 deal. */
  entityTypeId: number;
  /** 1 create, 2 move, 3 final, 5 pipeline change (docs/bitrix24/parity.md#crm-item-list). */
  typeId: number;
  ownerId: number;
  createdTime: number;
  categoryId: number;
  stageSemanticId: 'P' | 'S' | 'F';
  stageId: string;
}

export interface SbCall {
  id: number;
  portalUserId: number;
  portalNumber: string;
  phoneNumber: string;
  callId: string;
  callCategory: string;
  callDuration: number;
  callStartDate: number;
  callRecordUrl: string | null;
  recordFileId: number | null;
  recordDuration: number | null;
  callFailedCode: string;
  callFailedReason: string;
  crmEntityType: string | null;
  crmEntityId: number | null;
  crmActivityId: number | null;
  /** 1 outgoing, 2 incoming. */
  callType: number;
  callVote: number | null;
}

export interface SandboxState {
  version: typeof SANDBOX_STATE_VERSION;
  settings: SandboxSettings;
  /** Last id given out per sequence (statuses, userFields, enumItems, deals …). */
  seq: Record<string, number>;
  pipelines: SbPipeline[];
  statuses: SbStatus[];
  userFields: SbUserField[];
  openLines: SbOpenLine[];
  numerators: SbNumerator[];
  documentTemplates: SbDocumentTemplate[];
  departments: SbDepartment[];
  users: SbUser[];
  deals: SbDeal[];
  leads: SbLead[];
  contacts: SbContact[];
  companies: SbCompany[];
  activities: SbActivity[];
  tasks: SbTask[];
  stageHistory: SbStageHistory[];
  calls: SbCall[];
  /**
   * Robots, triggers, required-by-stage fields and roles (handwork/types.ts): never reachable over
   * REST. Optional, so state files written before it load as they are (no version change needed).
   */
  handwork?: SandboxHandwork;
}

/** Gives out the next id of a sequence; ids are never reused, as in a database. */
export function nextId(state: SandboxState, seq: string): number {
  const next = (state.seq[seq] ?? 0) + 1;
  state.seq[seq] = next;
  return next;
}

/** Moves a sequence past ids that were set explicitly (seeds, imports, tests). */
export function bumpSeq(state: SandboxState, seq: string, usedId: number): void {
  if ((state.seq[seq] ?? 0) < usedId) state.seq[seq] = usedId;
}
