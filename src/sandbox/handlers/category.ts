/**
 * crm.category.* for deals (entityTypeId 2), the Engine controller Bitrix\Crm\Controller\Category
 * (docs/bitrix24/parity.md#category). Errors are Engine errors: HTTP 400 with a
 * string code (NOT_FOUND …) or the number 0 for exception texts.
 */
import { DEFAULT_DEAL_STAGES, DEFAULT_PIPELINE_NAME } from '../default-dictionaries.js';
import { type HandlerContext, type MethodDef, ok } from '../context.js';
import { RestError, engineError } from '../rest-error.js';
import { addStatus, dealStageEntityId } from '../status-model.js';
import { nextId, type SandboxState, type SbPipeline } from '../state.js';
import { asText, isRecord, param, toInt, type Params } from '../values.js';

const DEAL = 2;
/** Entity types that exist but have no pipelines (CCrmOwnerType ids). */
const NO_CATEGORIES: Record<number, string> = {
  1: 'LEAD',
  3: 'CONTACT',
  4: 'COMPANY',
  7: 'QUOTE',
  8: 'REQUISITE',
  6: 'ACTIVITY',
};

function checkEntityType(params: Params, notFoundText: string): void {
  const t = toInt(param(params, 'entityTypeId'));
  if (t === DEAL) return;
  const name = NO_CATEGORIES[t];
  if (name !== undefined)
    throw new RestError(400, 'ENTITY_TYPE_NOT_SUPPORTED', `Entity type ${name} is not supported`);
  throw new RestError(400, 'NOT_FOUND', notFoundText);
}

interface CategoryRow {
  id: number;
  name: string;
  sort: number;
  isDefault: boolean;
  originId: string | null;
  originatorId: string | null;
}

/**
 * Pipelines in the portal's order: SORT, then ID, with the default pipeline among them by its sort
 * (docs/bitrix24/parity.md#category). Where pipelines share its sort the two orders of the server
 * differ: crm.category.list (the deal factory: the default first, then a stable sort by SORT) puts
 * it before them, the status entity types (DealCategory::getAll) after them.
 */
export function orderedCategories(state: SandboxState, defaultAfterEqualSort = false): CategoryRow[] {
  const rows: CategoryRow[] = [...state.pipelines]
    .sort((a, b) => a.sort - b.sort || a.id - b.id)
    .map((p) => ({ ...p, isDefault: false }));
  const def: CategoryRow = {
    id: 0,
    name: state.settings.defaultPipelineName,
    sort: state.settings.defaultPipelineSort,
    isDefault: true,
    originId: null,
    originatorId: null,
  };
  const i = rows.findIndex((r) => (defaultAfterEqualSort ? r.sort > def.sort : r.sort >= def.sort));
  if (i < 0) rows.push(def);
  else rows.splice(i, 0, def);
  return rows;
}

/** The category object; the default pipeline has no originId/originatorId keys (fixture crm.category.list.json). */
function view(c: CategoryRow): Record<string, unknown> {
  const base: Record<string, unknown> = {
    id: c.id,
    name: c.name,
    sort: c.sort,
    entityTypeId: DEAL,
    isDefault: c.isDefault ? 'Y' : 'N',
  };
  if (!c.isDefault) {
    base.originId = c.originId ?? '';
    base.originatorId = c.originatorId ?? '';
  }
  return base;
}

function find(state: SandboxState, id: number): CategoryRow | undefined {
  return orderedCategories(state).find((c) => c.id === id);
}

function notFound(): RestError {
  return new RestError(400, 'NOT_FOUND', 'Element not found');
}

function fieldsOf(params: Params): Record<string, unknown> {
  const f = param(params, 'fields');
  return isRecord(f) ? f : {};
}

function add(params: Params, ctx: HandlerContext) {
  checkEntityType(params, 'SPA not found');
  const { state } = ctx;
  const fields = fieldsOf(params);
  // processFields reads only name, sort and isDefault; originId is never written (docs/bitrix24/parity.md#category).
  const name = (asText(fields.name) ?? '').trim();
  if (name === '') throw engineError("Field 'NAME' is required.");
  // NAME is at most 255 characters (https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-add.html); the wording of the refusal is ours.
  if (name.length > 255) throw engineError("Field 'NAME' must not be longer than 255 characters.");
  const limit = state.settings.pipelineLimit;
  if (limit !== null && state.pipelines.length >= limit) {
    // DealCategoryTable::onBeforeAdd → CRM_FEATURE_RESTRICTION_ERROR (docs/bitrix24/parity.md#category); wording ours.
    throw engineError('The maximum number of deal pipelines for your plan has been reached.');
  }
  const sortRaw = fields.sort;
  const sort = sortRaw !== undefined && toInt(sortRaw) >= 0 ? toInt(sortRaw) : 0;
  const row: SbPipeline = {
    id: nextId(state, 'pipelines'),
    name,
    sort,
    createdDate: ctx.clock.now(),
    originId: null,
    originatorId: null,
  };
  state.pipelines.push(row);
  // DealCategory::add → createDefaultStages: 8 stages C{id}:…, codes cut to 21 characters by
  // normalizeStatusIds, so pipeline 10 gets "C10:PREPAYMENT_INVOIC" (docs/bitrix24/parity.md#category).
  for (const def of DEFAULT_DEAL_STAGES) addStatus(state, dealStageEntityId(row.id), def, { truncateTo: 21 });
  ctx.changed();
  return ok({ category: view({ ...row, isDefault: false }) });
}

function update(params: Params, ctx: HandlerContext) {
  checkEntityType(params, 'SPA not found');
  const { state } = ctx;
  const id = toInt(param(params, 'id'));
  const current = find(state, id);
  if (!current) throw notFound();
  const fields = fieldsOf(params);
  const name = asText(fields.name);
  const sortGiven = fields.sort !== undefined && toInt(fields.sort) >= 0;
  if (id === 0) {
    // Pipeline 0 lives in options: an empty name resets it, a sort <= 0 resets it to 0
    // (docs/bitrix24/parity.md#category).
    if (name !== undefined)
      state.settings.defaultPipelineName = name.trim() === '' ? DEFAULT_PIPELINE_NAME : name.trim();
    if (sortGiven) state.settings.defaultPipelineSort = Math.max(toInt(fields.sort), 0);
  } else {
    const row = state.pipelines.find((p) => p.id === id);
    if (!row) throw notFound();
    if (name !== undefined && name.trim().length > 255)
      throw engineError("Field 'NAME' must not be longer than 255 characters.");
    if (name !== undefined && name.trim() !== '') row.name = name.trim();
    if (sortGiven) row.sort = Math.max(toInt(fields.sort), 0);
  }
  ctx.changed();
  return ok({ category: view(find(state, id) ?? current) });
}

function remove(params: Params, ctx: HandlerContext) {
  checkEntityType(params, 'SPA not found');
  const { state } = ctx;
  const id = toInt(param(params, 'id'));
  const current = find(state, id);
  if (!current) throw notFound();
  if (id === 0) throw engineError('Default deal category cannot be deleted');
  if (state.deals.some((d) => d.categoryId === id)) {
    throw engineError(`Deals related to the funnel ${current.name} found`);
  }
  state.pipelines = state.pipelines.filter((p) => p.id !== id);
  const entityId = dealStageEntityId(id);
  state.statuses = state.statuses.filter((s) => s.entityId !== entityId);
  ctx.changed();
  return ok(null);
}

const FIELD_INFO: Array<[string, string, boolean, boolean, string]> = [
  ['id', 'integer', false, true, 'ID'],
  ['name', 'string', false, false, 'NAME'],
  ['sort', 'integer', false, false, 'SORT'],
  ['entityTypeId', 'integer', true, true, 'ENTITY_TYPE_ID'],
  ['isDefault', 'boolean', false, true, 'IS_DEFAULT'],
  ['originId', 'string', false, false, 'ORIGIN_ID'],
  ['originatorId', 'string', false, false, 'ORIGINATOR_ID'],
];

export const categoryMethods: MethodDef[] = [
  {
    name: 'crm.category.list',
    scopes: ['crm'],
    write: false,
    handler: (params, ctx) => {
      checkEntityType(params, 'Smart process not found');
      const rows = orderedCategories(ctx.state).map(view);
      return ok({ categories: rows }, rows.length);
    },
  },
  {
    name: 'crm.category.get',
    scopes: ['crm'],
    write: false,
    handler: (params, ctx) => {
      checkEntityType(params, 'Smart process not found');
      const c = find(ctx.state, toInt(param(params, 'id')));
      if (!c) throw notFound();
      return ok({ category: view(c) });
    },
  },
  { name: 'crm.category.add', scopes: ['crm'], write: true, handler: add },
  { name: 'crm.category.update', scopes: ['crm'], write: true, handler: update },
  { name: 'crm.category.delete', scopes: ['crm'], write: true, handler: remove },
  {
    name: 'crm.category.fields',
    scopes: ['crm'],
    write: false,
    handler: (params) => {
      checkEntityType(params, 'Smart process not found');
      const fields: Record<string, unknown> = {};
      for (const [key, type, required, readOnly, upper] of FIELD_INFO) {
        fields[key] = {
          type,
          isRequired: required,
          isReadOnly: readOnly,
          isImmutable: false,
          isMultiple: false,
          isDynamic: false,
          title: upper,
          upperName: upper,
        };
      }
      return ok({ fields });
    },
  },
];
