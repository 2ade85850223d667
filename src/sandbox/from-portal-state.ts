/**
 * Seeds the sandbox from what b24cfg read from a real portal (an export or a snapshot), so that a plan
 * or an audit can be rehearsed offline against the same configuration.
 */
import { defaultLineConfig } from './handlers/openlines.js';
import type { PortalCopy } from './portal-copy.js';
import { emptyState, freshPortalState } from './seeds.js';
import { bumpSeq, type SandboxState, type SbUserField, UF_LABEL_KEYS } from './state.js';
import { defaultSettings as defaultUfSettings, emptyLabels, UF_ENTITY } from './userfield-model.js';

const yn = (b: boolean): 'Y' | 'N' => (b ? 'Y' : 'N');

export function sandboxStateFromPortalState(ps: PortalCopy): SandboxState {
  const state = emptyState();
  if (ps.info.host !== '' && ps.info.kind === 'http') state.settings.portalHost = ps.info.host;
  if (ps.info.crmMode === 1 || ps.info.crmMode === 2) state.settings.crmMode = ps.info.crmMode;
  const now = Date.parse(ps.info.readAt);
  const at = Number.isFinite(now) ? now : 0;

  for (const p of ps.pipelines) {
    if (p.id === 0) {
      state.settings.defaultPipelineName = p.name;
      state.settings.defaultPipelineSort = p.sort;
      continue;
    }
    state.pipelines.push({
      id: p.id,
      name: p.name,
      sort: p.sort,
      createdDate: at,
      originId: null,
      originatorId: null,
    });
    bumpSeq(state, 'pipelines', p.id);
  }
  for (const s of ps.statuses) {
    state.statuses.push({
      id: s.id,
      entityId: s.entityId,
      statusId: s.statusId,
      name: s.name,
      nameInit: s.system ? s.name : '',
      sort: s.sort,
      system: s.system,
      categoryId: s.categoryId,
      color: s.color,
      semantics: s.semantics,
    });
    bumpSeq(state, 'statuses', s.id);
  }
  const langs = state.settings.languages;
  for (const [entity, fields] of Object.entries(ps.userFields)) {
    const entityId = UF_ENTITY[entity];
    if (entityId === undefined) continue;
    for (const f of fields) {
      const labels = emptyLabels(langs);
      for (const key of UF_LABEL_KEYS)
        for (const [lang, text] of Object.entries(f.labels)) labels[key][lang] = text;
      for (const [lang, text] of Object.entries(f.help ?? {})) labels.HELP_MESSAGE[lang] = text;
      for (const [lang, text] of Object.entries(f.columnLabels ?? {})) labels.LIST_COLUMN_LABEL[lang] = text;
      for (const [lang, text] of Object.entries(f.filterLabels ?? {})) labels.LIST_FILTER_LABEL[lang] = text;
      const field: SbUserField = {
        id: f.id,
        entityId,
        fieldName: f.fieldName,
        userTypeId: f.type,
        xmlId: f.xmlId,
        sort: f.sort,
        multiple: f.multiple,
        mandatory: f.mandatory,
        showFilter: f.showFilter ? 'E' : 'N',
        showInList: f.showInList,
        editInList: true,
        isSearchable: false,
        settings: { ...defaultUfSettings(f.type), ...f.settings },
        labels,
        list: f.list.map((i) => ({ id: i.id, value: i.value, sort: i.sort, def: i.def, xmlId: i.xmlId })),
      };
      state.userFields.push(field);
      bumpSeq(state, 'userFields', f.id);
      for (const i of f.list) bumpSeq(state, 'enumItems', i.id);
    }
  }
  for (const l of ps.openLines) {
    const config = defaultLineConfig();
    Object.assign(config, {
      ACTIVE: yn(l.active),
      LINE_NAME: l.name,
      CRM: yn(l.crm),
      CRM_CREATE: l.crmCreate,
      CRM_SOURCE: l.crmSource,
      CRM_FORWARD: yn(l.crmForward),
      QUEUE_TYPE: l.queueType,
      QUEUE_TIME: String(l.queueTime),
      NO_ANSWER_TIME: String(l.noAnswerTime),
      CHECK_AVAILABLE: yn(l.checkAvailable),
      KPI_FIRST_ANSWER_TIME: String(l.kpiFirstAnswerTime),
      KPI_FURTHER_ANSWER_TIME: String(l.kpiFurtherAnswerTime),
      KPI_FIRST_ANSWER_ALERT: yn(l.kpiFirstAnswerAlert),
      KPI_FURTHER_ANSWER_ALERT: yn(l.kpiFurtherAnswerAlert),
      KPI_CHECK_OPERATOR_ACTIVITY: yn(l.kpiCheckOperatorActivity),
      WELCOME_MESSAGE: yn(l.welcomeOn ?? true),
      WELCOME_MESSAGE_TEXT: l.welcomeMessage,
    });
    state.openLines.push({
      id: l.id,
      config,
      queue: l.queue.map((u) => ({ entityType: 'user', entityId: u })),
    });
    bumpSeq(state, 'openLines', l.id);
  }
  for (const n of ps.numerators) {
    state.numerators.push({
      id: n.id,
      name: n.name,
      template: n.template,
      code: null,
      settings: {
        start: n.start,
        step: n.step,
        length: n.length,
        padString: n.padString,
        periodicBy: n.periodicBy,
        timezone: null,
        isDirectNumeration: false,
      },
      // An export cannot tell who made a numerator; treat it as manageable.
      createdViaRest: true,
    });
    bumpSeq(state, 'numerators', n.id);
  }
  for (const t of ps.documentTemplates) {
    state.documentTemplates.push({
      id: t.id,
      name: t.name,
      region: t.region,
      code: null,
      active: t.active,
      moduleId: 'crm',
      numeratorId: t.numeratorId ?? 0,
      withStamps: t.withStamps ?? false,
      users: [...t.users],
      isDeleted: false,
      isDefault: false,
      sort: t.sort,
      entityTypeId: [...t.entityTypeIds],
      createTime: at,
      updateTime: at,
      file: { name: 'template.docx', sha256: '', size: 0 },
    });
    bumpSeq(state, 'documentTemplates', t.id);
  }
  for (const d of ps.departments) {
    state.departments.push({ id: d.id, name: d.name, sort: d.sort, parent: d.parentId, head: d.headUserId });
    bumpSeq(state, 'departments', d.id);
  }
  for (const u of ps.users) {
    state.users.push({
      id: u.id,
      active: u.active,
      name: u.name,
      lastName: u.lastName,
      secondName: '',
      email: u.email,
      position: u.position,
      departments: [...u.departmentIds],
      isAdmin: u.isAdmin === true,
      dateRegister: at,
      lastLogin: null,
      gender: '',
      city: '',
      userType: 'employee',
    });
    bumpSeq(state, 'users', u.id);
  }
  if (state.users.length === 0) {
    // The export could not read users (no `user` scope): keep the fresh portal's people so that the
    // webhook user exists and user.current, profile and the like still answer.
    const fresh = freshPortalState();
    state.users = fresh.users;
    if (state.departments.length === 0) state.departments = fresh.departments;
    state.seq.users = Math.max(state.seq.users ?? 0, fresh.seq.users ?? 0);
    state.seq.departments = Math.max(state.seq.departments ?? 0, fresh.seq.departments ?? 0);
  }
  for (const key of ['statuses', 'userFields', 'departments', 'users'] as const)
    state[key].sort((a, b) => a.id - b.id);
  return state;
}
