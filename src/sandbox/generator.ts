/**
 * A large, realistic portal for audits and benchmarks, deterministic for a given seed, together with
 * the exact numbers an auditor should find in it (`truth`). The truth is computed by scanning the
 * generated data with the same definitions the audit uses, not by bookkeeping during generation.
 */
import type { DefaultStatus } from './default-dictionaries.js';
import { isTaskOverdue } from './handlers/audit-data.js';
import { createRng, type Rng } from './prng.js';
import { freshPortalState } from './seeds.js';
import { addStatus, dealStageEntityId, dealStageSemantics } from './status-model.js';
import { nextId, type SandboxState, type SbDeal, type SbTask, type SbUser } from './state.js';
import { emptyLabels } from './userfield-model.js';

export interface GenerateOptions {
  seed?: number;
  /** Pipelines including the default one; the last is the repeat-sales pipeline when there are two or more. */
  pipelines?: number;
  /** Process stages per pipeline, NEW included (then WON, LOSE and two loss-reason stages). */
  stagesPerPipeline?: number;
  /** Deal user fields; the first is the NPS list UF_CRM_NPS. */
  fields?: number;
  users?: number;
  deals?: number;
  leads?: number;
  contacts?: number;
  activities?: number;
  tasks?: number;
  calls?: number;
  /** The portal's "now" in ms; overdue and "last 30 days" are measured from it. */
  now?: number;
}

/** What an auditor must find; each number is defined in the comment beside it. */
export interface GeneratorTruth {
  users: number;
  pipelines: number;
  deals: number;
  /** Deals whose stage has process semantics (STAGE_SEMANTIC_ID = P). */
  openDeals: number;
  /** Open deals with no activity bound to them (OWNER_TYPE_ID 2) that has COMPLETED = N. */
  openDealsWithoutOpenActivity: number;
  wonDeals: number;
  /** Deals with failure semantics (F): the generic LOSE stage plus the loss-reason stages. */
  lostDeals: number;
  /** Lost deals in the generic LOSE / C{n}:LOSE stage (no reason chosen). */
  lostInGenericLose: number;
  /** Won deals closed within 30 days before `now`. */
  wonLast30Days: number;
  /** Of those, deals with an NPS task bound to them (title contains "NPS") or a UF_CRM_NPS value. */
  wonLast30DaysWithNps: number;
  /** Won deals outside the repeat pipeline whose contact has a deal in the repeat pipeline created after the win. */
  wonFollowedByRepeatDeal: number;
  tasks: number;
  /** Tasks whose deadline passed while they are pending or in progress (tasks.task.list STATUS -1). */
  overdueTasks: number;
  /** Tasks bound to a deal (UF_CRM_TASK has "D_<id>") without a deadline. */
  dealTasksWithoutDeadline: number;
  activities: number;
  openActivities: number;
  calls: number;
  /** Calls with a recording (RECORD_FILE_ID or CALL_RECORD_URL set). */
  callsWithRecording: number;
  contacts: number;
  /** Contacts with a TYPE_ID. */
  contactsWithType: number;
  leads: number;
  /** Deals whose responsible has no supervisor: walking up from the user's department, no head other than the user. */
  dealsWhoseResponsibleHasNoSupervisor: number;
  /** Users (active) with no supervisor by the same rule. */
  usersWithoutSupervisor: number;
}

const DAY = 86_400_000;
const FIRST_NAMES = [
  'Анна',
  'Иван',
  'Елена',
  'Павел',
  'Наталья',
  'Михаил',
  'Татьяна',
  'Андрей',
  'Юлия',
  'Николай',
  'Ксения',
  'Артём',
];
const LAST_NAMES = [
  'Соколов',
  'Морозов',
  'Волков',
  'Лебедев',
  'Козлов',
  'Новиков',
  'Егоров',
  'Павлов',
  'Орлов',
  'Фёдоров',
];
const PRODUCTS = [
  'Поставка оборудования',
  'Внедрение CRM',
  'Годовая подписка',
  'Консалтинг',
  'Обучение персонала',
  'Сервисный договор',
];

function processStageDefs(count: number): DefaultStatus[] {
  const names = [
    'Новая',
    'Квалификация',
    'Презентация',
    'Коммерческое предложение',
    'Согласование договора',
    'Счёт выставлен',
    'Оплата',
  ];
  const defs: DefaultStatus[] = [
    { code: 'NEW', name: 'Новая', sort: 10, system: true, color: '#39A8EF', semantics: null },
  ];
  for (let i = 2; i <= Math.max(1, count); i++) {
    defs.push({
      code: `STAGE_${i}`,
      name: names[i - 1] ?? `Этап ${i}`,
      sort: i * 10,
      system: false,
      color: '#2FC6F6',
      semantics: null,
    });
  }
  const won = (defs.length + 1) * 10;
  defs.push(
    { code: 'WON', name: 'Сделка успешна', sort: won, system: true, color: '#7BD500', semantics: 'S' },
    {
      code: 'LOSE',
      name: 'Сделка провалена',
      sort: won + 10,
      system: true,
      color: '#FF5752',
      semantics: 'F',
    },
    {
      code: 'NO_ANSWER',
      name: 'Перестал отвечать',
      sort: won + 20,
      system: false,
      color: '#FF5752',
      semantics: 'F',
    },
    { code: 'EXPENSIVE', name: 'Дорого', sort: won + 30, system: false, color: '#FF5752', semantics: 'F' },
  );
  return defs;
}

function person(rng: Rng): { name: string; lastName: string } {
  return { name: rng.pick(FIRST_NAMES), lastName: rng.pick(LAST_NAMES) };
}

/** Walks up from each of the user's departments to the first head who is not the user (docs/bitrix24/parity.md#department-get). */
export function supervisorOf(state: SandboxState, user: SbUser): number | null {
  const byId = new Map(state.departments.map((d) => [d.id, d]));
  for (const start of user.departments) {
    let d = byId.get(start);
    const seen = new Set<number>();
    while (d && !seen.has(d.id)) {
      seen.add(d.id);
      if (d.head !== null && d.head !== user.id) return d.head;
      d = d.parent === null ? undefined : byId.get(d.parent);
    }
  }
  return null;
}

function buildOrg(state: SandboxState, rng: Rng, userCount: number, at: number): number[] {
  // The generated company has no head on its root department, so heads of top-level departments and the
  // members of a headless top-level department have no supervisor.
  const root = state.departments.find((d) => d.id === 1);
  if (root) root.head = null;
  const addDept = (name: string, parent: number, head: number | null): number => {
    const id = nextId(state, 'departments');
    state.departments.push({ id, name, sort: 500, parent, head });
    return id;
  };
  const addUser = (dept: number, position: string): number => {
    const id = nextId(state, 'users');
    const p = person(rng);
    state.users.push({
      id,
      active: true,
      name: p.name,
      lastName: p.lastName,
      secondName: '',
      email: `user${id}@example.com`,
      position,
      departments: [dept],
      isAdmin: false,
      dateRegister: at - 400 * DAY,
      lastLogin: at - rng.int(0, 30) * DAY,
      gender: '',
      city: rng.pick(['Москва', 'Санкт-Петербург', 'Казань', 'Екатеринбург']),
      userType: 'employee',
    });
    return id;
  };
  const north = addDept('Отдел продаж «Север»', 2, null);
  const northHead = addUser(north, 'Руководитель группы');
  const dept = state.departments.find((d) => d.id === north);
  if (dept) dept.head = northHead;
  const partners = addDept('Работа с партнёрами', 1, null);
  const sales: number[] = [3, 4];
  const extra = Math.max(0, userCount - state.users.length);
  for (let i = 0; i < extra; i++) {
    const target = i % 5 === 4 ? partners : i % 2 === 0 ? north : 2;
    sales.push(addUser(target, 'Менеджер по продажам'));
  }
  sales.push(2, northHead);
  return sales;
}

export function generatePortal(opts: GenerateOptions = {}): { state: SandboxState; truth: GeneratorTruth } {
  const rng = createRng(opts.seed ?? 1);
  const now = opts.now ?? Date.UTC(2026, 0, 15, 9, 0, 0);
  const dealCount = Math.max(0, opts.deals ?? 1000);
  const pipelineCount = Math.max(1, opts.pipelines ?? 3);
  const state = freshPortalState();
  const salesUsers = buildOrg(state, rng, Math.max(5, opts.users ?? 20), now);

  // Pipelines and their stages (pipeline 0 is rebuilt with the same stage layout).
  state.statuses = state.statuses.filter((s) => s.entityId !== 'DEAL_STAGE');
  const stageDefs = processStageDefs(opts.stagesPerPipeline ?? 5);
  const pipelineIds = [0];
  for (let i = 1; i < pipelineCount; i++) {
    const id = nextId(state, 'pipelines');
    const repeat = i === pipelineCount - 1;
    state.pipelines.push({
      id,
      name: repeat ? 'Повторные продажи' : `Направление ${i + 1}`,
      sort: i * 100,
      createdDate: now - 500 * DAY,
      originId: null,
      originatorId: null,
    });
    pipelineIds.push(id);
  }
  for (const id of pipelineIds) for (const def of stageDefs) addStatus(state, dealStageEntityId(id), def);
  const repeatPipeline = pipelineCount >= 2 ? pipelineIds[pipelineIds.length - 1] : undefined;
  const salesPipelines = pipelineIds.filter((id) => id !== repeatPipeline);
  const prefix = (c: number) => (c === 0 ? '' : `C${c}:`);
  const processCodes = stageDefs.filter((s) => s.semantics === null).map((s) => s.code);

  // Deal user fields: an NPS list and plain strings.
  const fieldCount = Math.max(0, opts.fields ?? 4);
  const npsItems: number[] = [];
  for (let i = 0; i < fieldCount; i++) {
    const nps = i === 0;
    const fieldName = nps ? 'UF_CRM_NPS' : `UF_CRM_FIELD_${i}`;
    const labels = emptyLabels(state.settings.languages);
    for (const l of state.settings.languages) labels.EDIT_FORM_LABEL[l] = nps ? 'Оценка NPS' : `Поле ${i}`;
    const field = {
      id: nextId(state, 'userFields'),
      entityId: 'CRM_DEAL' as const,
      fieldName,
      userTypeId: nps ? 'enumeration' : 'string',
      xmlId: null,
      sort: 100 + i * 10,
      multiple: false,
      mandatory: false,
      showFilter: 'E',
      showInList: true,
      editInList: true,
      isSearchable: false,
      settings: nps
        ? { DISPLAY: 'LIST', LIST_HEIGHT: 1, CAPTION_NO_VALUE: '', SHOW_NO_VALUE: 'Y' }
        : { SIZE: 20, ROWS: 1, REGEXP: '', MIN_LENGTH: 0, MAX_LENGTH: 0, DEFAULT_VALUE: '' },
      labels,
      list: nps
        ? Array.from({ length: 11 }, (_, v) => {
            const id = nextId(state, 'enumItems');
            npsItems.push(id);
            return { id, value: String(v), sort: (v + 1) * 10, def: false, xmlId: `NPS_${v}` };
          })
        : [],
    };
    state.userFields.push(field);
  }

  // Companies and contacts.
  const contactCount = Math.max(0, opts.contacts ?? Math.ceil(dealCount / 2));
  const contactTypes = ['CLIENT', 'SUPPLIER', 'PARTNER', 'OTHER'];
  for (let i = 0; i < Math.ceil(contactCount / 3); i++) {
    state.companies.push({
      id: nextId(state, 'companies'),
      title: `ООО «${rng.pick(LAST_NAMES)} и партнёры» №${i + 1}`,
      companyType: rng.pick(['CUSTOMER', 'PARTNER', 'OTHER']),
      industry: rng.pick(['IT', 'MANUFACTURING', 'CONSULTING', 'OTHER']),
      assignedById: rng.pick(salesUsers),
      dateCreate: now - rng.int(30, 700) * DAY,
      uf: {},
    });
  }
  for (let i = 0; i < contactCount; i++) {
    const p = person(rng);
    state.contacts.push({
      id: nextId(state, 'contacts'),
      name: p.name,
      lastName: p.lastName,
      typeId: rng.chance(0.7) ? rng.pick(contactTypes) : null,
      sourceId: rng.pick(['CALL', 'WEB', 'EMAIL', 'RECOMMENDATION']),
      assignedById: rng.pick(salesUsers),
      companyId: state.companies.length > 0 && rng.chance(0.6) ? rng.int(1, state.companies.length) : null,
      dateCreate: now - rng.int(30, 700) * DAY,
      uf: {},
    });
  }

  // Deals: open across process stages, won, lost in LOSE or in a reason stage; a share of the wins is
  // followed by a deal in the repeat pipeline.
  const repeatCount = repeatPipeline !== undefined ? Math.floor(dealCount * 0.05) : 0;
  const mainCount = dealCount - repeatCount;
  const makeDeal = (
    categoryId: number,
    created: number,
    contactId: number | null,
    outcome: 'open' | 'won' | 'lost',
  ): SbDeal => {
    const p = prefix(categoryId);
    let stageId: string;
    let closeDate: number | null = null;
    if (outcome === 'open') stageId = p + rng.pick(processCodes);
    else {
      closeDate = Math.max(created, Math.min(now - 3_600_000, created + rng.int(1, 60) * DAY));
      stageId =
        p + (outcome === 'won' ? 'WON' : rng.chance(0.5) ? 'LOSE' : rng.pick(['NO_ANSWER', 'EXPENSIVE']));
    }
    const deal: SbDeal = {
      id: nextId(state, 'deals'),
      title: `${rng.pick(PRODUCTS)} №${state.seq.deals ?? 0}`,
      typeId: rng.pick(['SALE', 'COMPLEX', 'SERVICES']),
      categoryId,
      stageId,
      opportunity: rng.int(10, 5000) * 100,
      currencyId: 'RUB',
      isManualOpportunity: rng.chance(0.3),
      assignedById: rng.pick(salesUsers),
      createdById: rng.pick(salesUsers),
      dateCreate: created,
      dateModify: closeDate ?? created,
      beginDate: created,
      closeDate,
      closed: outcome !== 'open',
      contactId,
      companyId: null,
      sourceId: rng.pick(['CALL', 'WEB', 'EMAIL', 'RECOMMENDATION', 'PARTNER']),
      leadId: null,
      uf: {},
    };
    if (outcome === 'won' && npsItems.length > 0 && rng.chance(0.35))
      deal.uf.UF_CRM_NPS = String(rng.pick(npsItems));
    if (fieldCount > 1 && rng.chance(0.5)) deal.uf.UF_CRM_FIELD_1 = `Значение ${deal.id}`;
    state.deals.push(deal);
    return deal;
  };
  for (let i = 0; i < mainCount; i++) {
    const r = rng.next();
    const outcome = r < 0.55 ? 'open' : r < 0.8 ? 'won' : 'lost';
    const contactId = contactCount > 0 ? rng.int(1, contactCount) : null;
    makeDeal(
      rng.pick(salesPipelines),
      now - rng.int(0, 365) * DAY - rng.int(0, 86_000) * 1000,
      contactId,
      outcome,
    );
  }
  if (repeatPipeline !== undefined) {
    const wins = state.deals.filter((d) => d.closed && d.contactId !== null && d.stageId.endsWith('WON'));
    for (let i = 0; i < repeatCount; i++) {
      const base = wins.length > 0 ? rng.pick(wins) : undefined;
      const created =
        base?.closeDate != null
          ? Math.min(now, base.closeDate + rng.int(1, 30) * DAY)
          : now - rng.int(0, 90) * DAY;
      makeDeal(repeatPipeline, created, base?.contactId ?? null, rng.chance(0.7) ? 'open' : 'won');
    }
  }

  // Stage history: creation, then the move to the current stage (final for closed deals).
  const semantics = dealStageSemantics(state);
  for (const d of state.deals) {
    const first = `${prefix(d.categoryId)}NEW`;
    state.stageHistory.push({
      id: nextId(state, 'stageHistory'),
      entityTypeId: 2,
      typeId: 1,
      ownerId: d.id,
      createdTime: d.dateCreate,
      categoryId: d.categoryId,
      stageSemanticId: 'P',
      stageId: first,
    });
    if (d.stageId !== first) {
      const sem = semantics.get(d.stageId) ?? 'P';
      d.movedTime = d.closeDate ?? Math.min(now, d.dateCreate + DAY);
      state.stageHistory.push({
        id: nextId(state, 'stageHistory'),
        entityTypeId: 2,
        typeId: sem === 'P' ? 2 : 3,
        ownerId: d.id,
        createdTime: d.closeDate ?? Math.min(now, d.dateCreate + DAY),
        categoryId: d.categoryId,
        stageSemanticId: sem,
        stageId: d.stageId,
      });
    }
  }

  // Activities: about 60 % of open deals get an open one first, the rest are spread at random.
  const activityCount = Math.max(0, opts.activities ?? dealCount);
  const openDealIds = state.deals.filter((d) => (semantics.get(d.stageId) ?? 'P') === 'P').map((d) => d.id);
  const kinds = [
    { typeId: 2, providerId: 'VOXIMPLANT_CALL', providerTypeId: 'CALL', subject: 'Звонок клиенту' },
    { typeId: 1, providerId: 'CRM_MEETING', providerTypeId: 'MEETING', subject: 'Встреча' },
    { typeId: 4, providerId: 'CRM_EMAIL', providerTypeId: 'EMAIL', subject: 'Письмо с КП' },
    { typeId: 6, providerId: 'CRM_TODO', providerTypeId: 'TODO', subject: 'Дело: перезвонить' },
  ];
  const addActivity = (ownerTypeId: number, ownerId: number, completed: boolean): void => {
    const k = rng.pick(kinds);
    const start = now + rng.int(-20, 20) * DAY;
    const responsibleId = rng.pick(salesUsers);
    state.activities.push({
      id: nextId(state, 'activities'),
      ownerTypeId,
      ownerId,
      typeId: k.typeId,
      providerId: k.providerId,
      providerTypeId: k.providerTypeId,
      subject: k.subject,
      description: '',
      // Planned in the future or done in the past, an activity was always created before now.
      created: Math.min(start - DAY, now - 3_600_000),
      lastUpdated: Math.min(start, now),
      startTime: start,
      endTime: start + 3_600_000,
      deadline: start,
      completed,
      responsibleId,
      authorId: responsibleId,
      priority: 2,
      direction: k.typeId === 2 || k.typeId === 4 ? 2 : 0,
      communications:
        k.typeId === 2
          ? [
              {
                type: 'PHONE',
                value: `+7900${String(ownerId).padStart(7, '0')}`,
                entityTypeId: ownerTypeId,
                entityId: ownerId,
              },
            ]
          : [],
    });
  };
  let budget = activityCount;
  for (const id of openDealIds) {
    if (budget <= 0) break;
    if (rng.chance(0.6)) {
      addActivity(2, id, false);
      budget--;
    }
  }
  for (; budget > 0; budget--) {
    if (contactCount > 0 && rng.chance(0.2)) addActivity(3, rng.int(1, contactCount), rng.chance(0.6));
    else if (state.deals.length > 0) addActivity(2, rng.pick(state.deals).id, rng.chance(0.6));
  }
  state.activities.sort((a, b) => a.id - b.id);

  // Tasks: NPS tasks for part of the recent wins, then deal tasks and free tasks.
  const taskCount = Math.max(0, opts.tasks ?? Math.ceil(dealCount / 2));
  const addTask = (
    title: string,
    binding: string[],
    deadline: number | null,
    status: number,
    at?: number,
  ): void => {
    const responsibleId = rng.pick(salesUsers);
    // Drawn even when the time is given, so the rest of the portal stays what the seed made before.
    const drawn = now - rng.int(1, 60) * DAY;
    const created = at ?? drawn;
    const task: SbTask = {
      id: nextId(state, 'tasks'),
      title,
      description: '',
      status,
      deadline,
      createdDate: created,
      closedDate: status === 5 ? Math.min(now, created + rng.int(1, 10) * DAY) : null,
      responsibleId,
      createdBy: rng.pick(salesUsers),
      priority: rng.chance(0.2) ? 2 : 1,
      groupId: 0,
      ufCrmTask: binding,
      accomplices: [],
      auditors: [],
      tags: [],
    };
    state.tasks.push(task);
  };
  let tasksLeft = taskCount;
  const recentWins = state.deals.filter(
    (d) => d.stageId.endsWith('WON') && d.closeDate !== null && d.closeDate >= now - 30 * DAY,
  );
  for (const d of recentWins) {
    if (tasksLeft <= 0) break;
    if (rng.chance(0.5)) {
      // Set on the win, as a robot on the success stage does: never before the deal was won.
      const won = d.closeDate ?? now;
      addTask('Замер NPS', [`D_${d.id}`], won + 3 * DAY, rng.pick([2, 3, 5]), won);
      tasksLeft--;
    }
  }
  for (; tasksLeft > 0; tasksLeft--) {
    const bound = state.deals.length > 0 && rng.chance(0.7);
    const r = rng.next();
    const status = r < 0.4 ? 5 : r < 0.7 ? 3 : 2;
    const deadline = rng.chance(0.15) ? null : now + rng.int(-30, 30) * DAY + rng.int(0, 86_000) * 1000;
    addTask(
      bound ? 'Подготовить документы по сделке' : 'Внутренняя задача',
      bound ? [`D_${rng.pick(state.deals).id}`] : [],
      deadline,
      status,
    );
  }

  // Calls with and without recordings.
  const callCount = Math.max(0, opts.calls ?? Math.ceil(dealCount / 2));
  for (let i = 0; i < callCount; i++) {
    const id = nextId(state, 'calls');
    const failed = rng.chance(0.1);
    const recorded = !failed && rng.chance(0.7);
    const duration = failed ? 0 : rng.int(15, 900);
    state.calls.push({
      id,
      portalUserId: rng.pick(salesUsers),
      portalNumber: 'reg1',
      phoneNumber: `+7900${String(rng.int(0, 9_999_999)).padStart(7, '0')}`,
      callId: `externalCall.${id.toString(16)}.${now}`,
      callCategory: 'external',
      callDuration: duration,
      callStartDate: now - rng.int(0, 90) * DAY,
      callRecordUrl: recorded ? `https://${state.settings.portalHost}/records/${id}.mp3` : null,
      recordFileId: recorded ? 10_000 + id : null,
      recordDuration: recorded ? duration : null,
      callFailedCode: failed ? '304' : '200',
      callFailedReason: failed ? 'Пропущенный вызов' : '',
      crmEntityType: contactCount > 0 ? 'CONTACT' : null,
      crmEntityId: contactCount > 0 ? rng.int(1, contactCount) : null,
      crmActivityId: null,
      callType: rng.chance(0.5) ? 1 : 2,
      callVote: null,
    });
  }

  // Leads.
  const leadCount = Math.max(0, opts.leads ?? Math.ceil(dealCount / 2));
  const leadStatuses = ['NEW', 'IN_PROCESS', 'PROCESSED', 'CONVERTED', 'JUNK'];
  for (let i = 0; i < leadCount; i++) {
    const p = person(rng);
    state.leads.push({
      id: nextId(state, 'leads'),
      title: `Лид с сайта №${i + 1}`,
      name: p.name,
      lastName: rng.chance(0.8) ? p.lastName : null,
      statusId: rng.pick(leadStatuses),
      sourceId: rng.pick(['WEB', 'CALL', 'ADVERTISING', 'WEBFORM']),
      opportunity: rng.int(0, 300) * 100,
      currencyId: 'RUB',
      isManualOpportunity: false,
      assignedById: rng.pick(salesUsers),
      dateCreate: now - rng.int(0, 200) * DAY,
      uf: {},
    });
  }

  return { state, truth: computeTruth(state, now, repeatPipeline) };
}

/** The auditor's numbers, by definition (see GeneratorTruth). */
export function computeTruth(
  state: SandboxState,
  now: number,
  repeatPipeline: number | undefined,
): GeneratorTruth {
  const sem = dealStageSemantics(state);
  const semOf = (d: SbDeal) => sem.get(d.stageId) ?? 'P';
  const openActivityDeals = new Set(
    state.activities.filter((a) => a.ownerTypeId === 2 && !a.completed).map((a) => a.ownerId),
  );
  const npsTaskDeals = new Set<number>();
  for (const t of state.tasks) {
    if (!t.title.includes('NPS')) continue;
    for (const b of t.ufCrmTask) if (b.startsWith('D_')) npsTaskDeals.add(Number(b.slice(2)));
  }
  const repeatByContact = new Map<number, number[]>();
  for (const d of state.deals) {
    if (d.categoryId !== repeatPipeline || d.contactId === null) continue;
    const list = repeatByContact.get(d.contactId) ?? [];
    list.push(d.dateCreate);
    repeatByContact.set(d.contactId, list);
  }
  const noSupervisor = new Set(
    state.users.filter((u) => u.active && supervisorOf(state, u) === null).map((u) => u.id),
  );
  let openDeals = 0;
  let openWithout = 0;
  let won = 0;
  let lost = 0;
  let lostGeneric = 0;
  let won30 = 0;
  let won30Nps = 0;
  let followed = 0;
  let unsupervised = 0;
  for (const d of state.deals) {
    const s = semOf(d);
    if (noSupervisor.has(d.assignedById)) unsupervised++;
    if (s === 'P') {
      openDeals++;
      if (!openActivityDeals.has(d.id)) openWithout++;
    } else if (s === 'S') {
      won++;
      if (d.closeDate !== null && d.closeDate >= now - 30 * DAY && d.closeDate <= now) {
        won30++;
        if (npsTaskDeals.has(d.id) || (d.uf.UF_CRM_NPS !== undefined && d.uf.UF_CRM_NPS !== '')) won30Nps++;
      }
      if (d.categoryId !== repeatPipeline && d.contactId !== null && d.closeDate !== null) {
        const later = repeatByContact.get(d.contactId);
        if (later?.some((t) => t > (d.closeDate ?? 0))) followed++;
      }
    } else {
      lost++;
      if (/(^|:)LOSE$/.test(d.stageId)) lostGeneric++;
    }
  }
  return {
    users: state.users.length,
    pipelines: state.pipelines.length + 1,
    deals: state.deals.length,
    openDeals,
    openDealsWithoutOpenActivity: openWithout,
    wonDeals: won,
    lostDeals: lost,
    lostInGenericLose: lostGeneric,
    wonLast30Days: won30,
    wonLast30DaysWithNps: won30Nps,
    wonFollowedByRepeatDeal: followed,
    tasks: state.tasks.length,
    overdueTasks: state.tasks.filter((t) => isTaskOverdue(t, now)).length,
    dealTasksWithoutDeadline: state.tasks.filter(
      (t) => t.deadline === null && t.ufCrmTask.some((b) => b.startsWith('D_')),
    ).length,
    activities: state.activities.length,
    openActivities: state.activities.filter((a) => !a.completed).length,
    calls: state.calls.length,
    callsWithRecording: state.calls.filter((c) => c.recordFileId !== null || (c.callRecordUrl ?? '') !== '')
      .length,
    contacts: state.contacts.length,
    contactsWithType: state.contacts.filter((c) => c.typeId !== null).length,
    leads: state.leads.length,
    dealsWhoseResponsibleHasNoSupervisor: unsupervised,
    usersWithoutSupervisor: noSupervisor.size,
  };
}
