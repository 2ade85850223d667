import type { SandboxState, SbStatus, SbUserField } from '../state.js';
import { handworkOf } from './api.js';
import { templateTree } from './template-tree.js';

/**
 * The files of the CRM settings archive, as the server's export steps produce them
 * (docs/bitrix24/crm-settings-archive.md#the-exact-on-disk-layout): `<ENTITY>/<name>.json` holding the
 * step's CONTENT directly, numbers from database rows as strings, template ids and AUTO_EXECUTE as numbers.
 */
export type ArchiveContent = Map<string, unknown>;

export const MANIFEST = {
  CODE: 'vertical_crm',
  VERSION: 1,
  USES: ['app', 'crm', 'crm_form', 'bizproc_crm', 'intranet_setting'],
};

const s = (n: number | null) => (n === null ? null : String(n));
const AUTOMATION = 8;

export function archiveContent(state: SandboxState): ArchiveContent {
  const out: ArchiveContent = new Map();
  out.set('manifest.json', MANIFEST);
  statusFiles(state, out);
  fieldFiles(state, out);
  bizprocFiles(state, out);
  triggerFiles(state, out);
  roleFiles(state, out);
  return out;
}

/** CRM_STATUS/<ENTITY_ID>.json: every status list; a pipeline's list carries its name and prefix. */
function statusFiles(state: SandboxState, out: ArchiveContent): void {
  const lists = new Map<string, SbStatus[]>();
  for (const st of [...state.statuses].sort((a, b) => a.id - b.id))
    lists.set(st.entityId, [...(lists.get(st.entityId) ?? []), st]);
  for (const [entityId, rows] of lists) {
    const pipelineId = entityId === 'DEAL_STAGE' ? 0 : Number(/^DEAL_STAGE_(\d+)$/.exec(entityId)?.[1] ?? -1);
    const entity: Record<string, unknown> = { ID: entityId, NAME: entityId };
    if (pipelineId >= 0) {
      const prefix = pipelineId === 0 ? '' : `C${pipelineId}:`;
      entity.NAME =
        pipelineId === 0
          ? state.settings.defaultPipelineName
          : (state.pipelines.find((p) => p.id === pipelineId)?.name ?? entityId);
      entity.SEMANTIC_INFO = {
        START_FIELD: `${prefix}NEW`,
        FINAL_SUCCESS_FIELD: `${prefix}WON`,
        FINAL_UNSUCCESS_FIELD: `${prefix}LOSE`,
        FINAL_SORT: 0,
      };
      entity.ENTITY_TYPE_ID = 2;
      if (pipelineId > 0)
        Object.assign(entity, {
          PARENT_ID: 'DEAL_STAGE',
          PREFIX: `C${pipelineId}`,
          FIELD_ATTRIBUTE_SCOPE: `category_${pipelineId}`,
          CATEGORY_ID: pipelineId,
        });
    }
    out.set(`CRM_STATUS/${entityId}.json`, {
      ENTITY: entity,
      ITEMS: rows.map((r) => ({
        ID: String(r.id),
        ENTITY_ID: r.entityId,
        STATUS_ID: r.statusId,
        NAME: r.name,
        NAME_INIT: r.nameInit,
        SORT: String(r.sort),
        SYSTEM: r.system ? 'Y' : 'N',
        COLOR: r.color,
        SEMANTICS: r.semantics,
        CATEGORY_ID: s(r.categoryId),
      })),
    });
  }
}

/** CRM_FIELDS/<UF entity>.json: the user fields, and for deals the required-by-stage ATTRIBUTE. */
function fieldFiles(state: SandboxState, out: ArchiveContent): void {
  const names: Record<string, string> = {
    CRM_LEAD: 'LEAD',
    CRM_DEAL: 'DEAL',
    CRM_CONTACT: 'CONTACT',
    CRM_COMPANY: 'COMPANY',
  };
  for (const [uf, typeName] of Object.entries(names)) {
    const items: Record<string, unknown> = {};
    for (const f of state.userFields.filter((x) => x.entityId === uf)) items[f.fieldName] = fieldRow(f);
    const attribute = uf === 'CRM_DEAL' ? requiredAttribute(state) : [];
    out.set(`CRM_FIELDS/${uf}.json`, {
      TYPE: uf,
      ENTITY_TYPE_NAME: typeName,
      ITEMS: Object.keys(items).length ? items : [],
      ATTRIBUTE: attribute,
    });
  }
}

function fieldRow(f: SbUserField): Record<string, unknown> {
  return {
    ID: String(f.id),
    ENTITY_ID: f.entityId,
    FIELD_NAME: f.fieldName,
    USER_TYPE_ID: f.userTypeId,
    XML_ID: f.xmlId,
    SORT: String(f.sort),
    MULTIPLE: f.multiple ? 'Y' : 'N',
    MANDATORY: f.mandatory ? 'Y' : 'N',
    SETTINGS: f.settings,
    EDIT_FORM_LABEL: f.labels.EDIT_FORM_LABEL,
    VALUE: false,
    ...(f.userTypeId === 'enumeration'
      ? {
          LIST: Object.fromEntries(
            f.list.map((e, i) => [
              `n${i + 1}`,
              {
                ID: String(e.id),
                VALUE: e.value,
                SORT: String(e.sort),
                DEF: e.def ? 'Y' : 'N',
                XML_ID: e.xmlId,
              },
            ]),
          ),
        }
      : {}),
  };
}

/** One ATTRIBUTE entry per pipeline that has required fields (an empty CONFIG is not written). */
function requiredAttribute(state: SandboxState): unknown[] {
  const byPipeline = new Map<number, Record<string, unknown[]>>();
  for (const r of handworkOf(state).requiredFields) {
    const config = byPipeline.get(r.pipelineId) ?? {};
    const item = { startPhaseId: r.startStatusId, finishPhaseId: r.finishStatusId };
    config[r.fieldName] = [
      ...(config[r.fieldName] ?? []),
      { typeId: '3', groups: [{ phaseGroupTypeId: String(r.phaseGroupTypeId), items: [item] }] },
    ];
    byPipeline.set(r.pipelineId, config);
  }
  return [...byPipeline.entries()]
    .sort(([a], [b]) => a - b)
    .map(([pipelineId, config]) => ({
      CONFIG: config,
      ENTITY_TYPE_NAME: 'DEAL',
      OPTION: { CATEGORY_ID: String(pipelineId) },
    }));
}

/** BIZPROC_MAIN/<step>.json: one robot template per step, ordered by id; 0.json also has CRM_DYNAMIC_TYPES_INFO. */
function bizprocFiles(state: SandboxState, out: ArchiveContent): void {
  const templates = [...handworkOf(state).robotTemplates].sort((a, b) => a.id - b.id);
  templates.forEach((tpl, step) => {
    const content: Record<string, unknown> = {
      ID: tpl.id,
      MODULE_ID: 'crm',
      ENTITY: 'CCrmDocumentDeal',
      DOCUMENT_TYPE: 'DEAL',
      DOCUMENT_STATUS: tpl.statusId,
      NAME: `Automation template for ${tpl.statusId}`,
      AUTO_EXECUTE: AUTOMATION,
      DESCRIPTION: null,
      SYSTEM_CODE: 'bitrix_bizproc_automation',
      ORIGINATOR_ID: null,
      ORIGIN_ID: null,
      TEMPLATE_DATA: {
        VERSION: 2,
        TEMPLATE: templateTree(tpl),
        PARAMETERS: [],
        VARIABLES: [],
        CONSTANTS: [],
        DOCUMENT_FIELDS: [],
      },
    };
    if (step === 0) content.CRM_DYNAMIC_TYPES_INFO = [];
    out.set(`BIZPROC_MAIN/${step}.json`, content);
  });
}

/** BIZPROC_CRM_TRIGGER/<step>.json: the raw trigger rows, ordered by id. */
function triggerFiles(state: SandboxState, out: ArchiveContent): void {
  const triggers = [...handworkOf(state).triggers].sort((a, b) => a.id - b.id);
  triggers.forEach((t, step) => {
    const content: Record<string, unknown> = {
      ID: String(t.id),
      NAME: t.name,
      CODE: t.code,
      ENTITY_TYPE_ID: String(t.entityTypeId),
      ENTITY_STATUS: t.statusId,
      APPLY_RULES: t.applyRules,
    };
    if (step === 0) content.CRM_DYNAMIC_TYPES_INFO = [];
    out.set(`BIZPROC_CRM_TRIGGER/${step}.json`, content);
  });
}

/** CRM_ROLE/<permission entity>.json: that entity's rows of non-system roles, with the roles named in them. */
function roleFiles(state: SandboxState, out: ArchiveContent): void {
  const roles = handworkOf(state).roles;
  const entities = [...new Set(roles.flatMap((r) => r.permissions.map((p) => p.entity)))].sort();
  let rowId = 0;
  for (const entity of entities) {
    const perms = roles.flatMap((r) =>
      r.permissions
        .filter((p) => p.entity === entity)
        .map((p) => ({
          ID: String((rowId += 1)),
          ROLE_ID: String(r.id),
          ENTITY: p.entity,
          FIELD: p.field,
          FIELD_VALUE: null,
          PERM_TYPE: p.permType,
          ATTR: p.attr,
          SETTINGS: null,
        })),
    );
    const used = roles.filter((r) => perms.some((p) => p.ROLE_ID === String(r.id)));
    out.set(`CRM_ROLE/${entity}.json`, {
      code: entity,
      perms,
      roles: used.map((r) => ({
        ID: String(r.id),
        NAME: r.name,
        IS_SYSTEM: 'N',
        CODE: null,
        GROUP_CODE: null,
      })),
    });
  }
}
