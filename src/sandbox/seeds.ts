/**
 * A brand-new Russian-language Bitrix24 portal: pipeline 0 «Общее» with its 8 stages, the default lead
 * statuses, sources, contact/company types and other dictionaries, two departments with heads and five
 * users. No user fields, open lines, templates or CRM data (docs/bitrix24/parity.md#category, #status-list,
 * #department-get).
 */
import {
  DEFAULT_COMPANY_TYPES,
  DEFAULT_CONTACT_TYPES,
  DEFAULT_DEAL_STAGES,
  DEFAULT_DEAL_TYPES,
  DEFAULT_EMPLOYEES,
  DEFAULT_INDUSTRIES,
  DEFAULT_INVOICE_STATUSES,
  DEFAULT_LEAD_STATUSES,
  DEFAULT_PIPELINE_NAME,
  DEFAULT_QUOTE_STATUSES,
  DEFAULT_SMART_DOCUMENT_STATUSES,
  DEFAULT_SOURCES,
  type DefaultStatus,
} from './default-dictionaries.js';
import { addStatus } from './status-model.js';
import {
  SANDBOX_STATE_VERSION,
  type SandboxSettings,
  type SandboxState,
  type SbStageEntity,
  type SbUser,
} from './state.js';
import { PORTAL_LANGUAGES } from './userfield-model.js';

export const SANDBOX_HOST = 'sandbox.bitrix24.test';

/** When the fresh portal was registered; fixed so that two fresh states are equal. */
const REGISTERED = Date.UTC(2025, 0, 10, 6, 0, 0);

export function defaultSettings(): SandboxSettings {
  return {
    portalHost: SANDBOX_HOST,
    languages: [...PORTAL_LANGUAGES],
    utcOffsetMinutes: 180,
    pipelineLimit: null,
    queueAllAllowed: true,
    crmMode: 1,
    defaultPipelineName: DEFAULT_PIPELINE_NAME,
    defaultPipelineSort: 0,
  };
}

export function emptyState(): SandboxState {
  return {
    version: SANDBOX_STATE_VERSION,
    settings: defaultSettings(),
    seq: {},
    pipelines: [],
    statuses: [],
    userFields: [],
    openLines: [],
    numerators: [],
    documentTemplates: [],
    departments: [],
    users: [],
    deals: [],
    leads: [],
    contacts: [],
    companies: [],
    activities: [],
    tasks: [],
    stageHistory: [],
    calls: [],
  };
}

const DICTIONARIES: Array<[string, readonly DefaultStatus[]]> = [
  ['DEAL_STAGE', DEFAULT_DEAL_STAGES],
  ['STATUS', DEFAULT_LEAD_STATUSES],
  ['SOURCE', DEFAULT_SOURCES],
  ['CONTACT_TYPE', DEFAULT_CONTACT_TYPES],
  ['COMPANY_TYPE', DEFAULT_COMPANY_TYPES],
  ['EMPLOYEES', DEFAULT_EMPLOYEES],
  ['INDUSTRY', DEFAULT_INDUSTRIES],
  ['DEAL_TYPE', DEFAULT_DEAL_TYPES],
  ['QUOTE_STATUS', DEFAULT_QUOTE_STATUSES],
];

function user(
  id: number,
  email: string,
  name: string,
  lastName: string,
  position: string,
  dept: number,
  admin = false,
): SbUser {
  return {
    id,
    active: true,
    name,
    lastName,
    secondName: '',
    email,
    position,
    departments: [dept],
    isAdmin: admin,
    dateRegister: REGISTERED,
    lastLogin: REGISTERED,
    gender: '',
    city: '',
    userType: 'employee',
  };
}

/**
 * A new cloud portal has smart invoices and signed documents, each with a default category whose
 * stages sit in crm.status beside the deal stages (docs/bitrix24/parity.md#status-list). Their
 * category ids are shared with every other item category of the portal.
 */
const SMART_STAGE_ENTITIES: ReadonlyArray<[SbStageEntity, readonly DefaultStatus[]]> = [
  [
    {
      kind: 'smartInvoice',
      entityId: 'SMART_INVOICE_STAGE_2',
      name: 'Счета',
      entityTypeId: 31,
      categoryId: 2,
    },
    DEFAULT_INVOICE_STATUSES,
  ],
  [
    {
      kind: 'smartDocument',
      entityId: 'SMART_DOCUMENT_STAGE_3',
      name: 'Документы на подпись',
      entityTypeId: 36,
      categoryId: 3,
    },
    DEFAULT_SMART_DOCUMENT_STATUSES,
  ],
];

/** Adds a stage dictionary of another CRM entity with its rows. */
export function addStageEntity(
  state: SandboxState,
  entity: SbStageEntity,
  stages: readonly DefaultStatus[],
): void {
  state.settings.stageEntities = [...(state.settings.stageEntities ?? []), entity];
  const prefix = entity.kind === 'invoice' ? undefined : `DT${entity.entityTypeId}_${entity.categoryId}`;
  const categoryId = entity.kind === 'invoice' ? undefined : entity.categoryId;
  for (const def of stages) addStatus(state, entity.entityId, def, { prefix, categoryId });
}

export function freshPortalState(): SandboxState {
  const state = emptyState();
  for (const [entityId, items] of DICTIONARIES) for (const def of items) addStatus(state, entityId, def);
  for (const [entity, stages] of SMART_STAGE_ENTITIES) addStageEntity(state, entity, stages);
  state.departments.push(
    { id: 1, name: 'Компания', sort: 500, parent: null, head: 1 },
    { id: 2, name: 'Отдел продаж', sort: 500, parent: 1, head: 2 },
  );
  state.users.push(
    user(1, 'admin@example.com', 'Алексей', 'Иванов', 'Администратор', 1, true),
    user(2, 'head@example.com', 'Мария', 'Петрова', 'Руководитель продаж', 2),
    user(3, 'manager1@example.com', 'Дмитрий', 'Смирнов', 'Менеджер по продажам', 2),
    user(4, 'manager2@example.com', 'Ольга', 'Кузнецова', 'Менеджер по продажам', 2),
    user(5, 'operator@example.com', 'Сергей', 'Попов', 'Оператор', 2),
  );
  state.seq.departments = 2;
  state.seq.users = 5;
  return state;
}
