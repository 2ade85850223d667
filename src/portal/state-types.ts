/**
 * What b24cfg knows about a portal's configuration after one read (src/portal/read.ts).
 * Normalised from the raw REST shapes (rest-map §1–§10): numbers are numbers, Y/N are booleans,
 * keys are camelCase. `raw` fields keep what the normaliser does not interpret, for snapshots.
 */
export type CrmEntity = 'deal' | 'lead' | 'contact' | 'company';
export const CRM_ENTITIES: readonly CrmEntity[] = ['deal', 'lead', 'contact', 'company'];

export interface PortalPipeline {
  /** 0 is the default pipeline. */
  id: number;
  name: string;
  sort: number;
  isDefault: boolean;
}

export type StatusSemantics = 'S' | 'F' | null;

/** One row of crm.status.list (any ENTITY_ID: DEAL_STAGE, DEAL_STAGE_<id>, STATUS, SOURCE, CONTACT_TYPE …). */
export interface PortalStatus {
  id: number;
  entityId: string;
  /** As stored, with the C{id}: prefix for non-default pipelines. */
  statusId: string;
  name: string;
  sort: number;
  color: string | null;
  /** S = success, F = failure, null = process (rest-map §2). */
  semantics: StatusSemantics;
  system: boolean;
  /** Pipeline id for deal stages, null otherwise. */
  categoryId: number | null;
}

export interface PortalListItem {
  id: number;
  xmlId: string;
  value: string;
  sort: number;
  def: boolean;
}

export interface PortalUserField {
  id: number;
  entity: CrmEntity;
  /** UF_CRM_… */
  fieldName: string;
  type: string;
  multiple: boolean;
  mandatory: boolean;
  showFilter: boolean;
  showInList: boolean;
  sort: number;
  xmlId: string | null;
  /** EDIT_FORM_LABEL per language, as read with filter.LANG (rest-map §3). */
  labels: Record<string, string>;
  settings: Record<string, unknown>;
  /** Enumeration items; empty for other types. */
  list: PortalListItem[];
}

export type QueueType = 'evenly' | 'strictly' | 'all';
export type CrmCreate = 'none' | 'lead' | 'deal';

export interface PortalOpenLine {
  id: number;
  name: string;
  active: boolean;
  crm: boolean;
  crmCreate: CrmCreate;
  crmSource: string;
  crmForward: boolean;
  queueType: QueueType;
  /** User ids in queue order. */
  queue: number[];
  /** Seconds (rest-map §7). */
  queueTime: number;
  noAnswerTime: number;
  checkAvailable: boolean;
  /** Seconds; 0 = off. */
  kpiFirstAnswerTime: number;
  kpiFurtherAnswerTime: number;
  kpiFirstAnswerAlert: boolean;
  kpiFurtherAnswerAlert: boolean;
  kpiCheckOperatorActivity: boolean;
  welcomeMessage: string;
}

export interface PortalDocumentTemplate {
  id: number;
  name: string;
  region: string;
  numeratorId: number | null;
  /** e.g. ["2", "2_category_0"] (rest-map §8). */
  entityTypeIds: string[];
  active: boolean;
  users: string[];
  sort: number;
}

export interface PortalNumerator {
  id: number;
  name: string;
  template: string;
  start: number;
  step: number;
  length: number;
  padString: string;
  periodicBy: string | null;
}

export interface PortalDepartment {
  id: number;
  name: string;
  sort: number;
  parentId: number | null;
  headUserId: number | null;
}

export interface PortalUser {
  id: number;
  email: string;
  name: string;
  lastName: string;
  active: boolean;
  departmentIds: number[];
  position: string;
  isAdmin?: boolean;
}

export interface PortalInfo {
  host: string;
  kind: 'http' | 'sandbox';
  /** ISO time of the read, from server.time when available. */
  readAt: string;
  /** e.g. "ru_pro100", from app.info LICENSE (rest-map §14). */
  license?: string;
  scopes?: string[];
  /** 1 classic (leads on), 2 simple (rest-map §14, crm.settings.mode.get). */
  crmMode?: number;
}

export interface PortalState {
  info: PortalInfo;
  pipelines: PortalPipeline[];
  /** Every crm.status row the spec can manage, grouped only by entityId inside. */
  statuses: PortalStatus[];
  userFields: Record<CrmEntity, PortalUserField[]>;
  openLines: PortalOpenLine[];
  documentTemplates: PortalDocumentTemplate[];
  numerators: PortalNumerator[];
  departments: PortalDepartment[];
  users: PortalUser[];
  /** Sections that could not be read (missing scope, module not installed), with the reason code. */
  unreadable: Partial<Record<PortalSection, string>>;
  /** Stable hash of everything above except `info.readAt`. */
  fingerprint: string;
}

export type PortalSection =
  | 'pipelines'
  | 'statuses'
  | 'userFields'
  | 'openLines'
  | 'documentTemplates'
  | 'numerators'
  | 'departments'
  | 'users';

/** Entity ids of crm.status lists b24cfg manages besides deal stages. */
export const DICTIONARY_ENTITY_IDS = ['STATUS', 'SOURCE', 'CONTACT_TYPE', 'COMPANY_TYPE'] as const;

/** ENTITY_ID of a pipeline's stages: DEAL_STAGE for 0, DEAL_STAGE_<id> otherwise (rest-map §2). */
export function dealStageEntityId(pipelineId: number): string {
  return pipelineId === 0 ? 'DEAL_STAGE' : `DEAL_STAGE_${pipelineId}`;
}

/** The C{id}: prefix Bitrix24 adds to stage codes of non-default pipelines (rest-map §2). */
export function stagePrefix(pipelineId: number): string {
  return pipelineId === 0 ? '' : `C${pipelineId}:`;
}

export function stripStagePrefix(statusId: string): string {
  const m = /^C\d+:(.*)$/.exec(statusId);
  return m ? (m[1] ?? statusId) : statusId;
}
