/**
 * crm.deal.add / update / delete with the stage rules of CCrmDeal (docs/bitrix24/parity.md#deal-write):
 * a deal is added to an existing pipeline (any other id means pipeline 0) on the stage sent when that
 * stage belongs to the pipeline, otherwise on its first stage; an update never moves a deal to another
 * pipeline and ignores a stage of another pipeline; a final stage closes the deal and sets CLOSEDATE.
 * Errors are the legacy proxy's: HTTP 400, an empty code and a text.
 */
import { type HandlerContext, type MethodDef, ok } from '../context.js';
import { crmError } from '../rest-error.js';
import { categoryOfEntity, dealStageEntityId } from '../status-model.js';
import { nextId, type SandboxState, type SbDeal } from '../state.js';
import { asText, isPhpArray, isRecord, param, toInt, type Params } from '../values.js';

/** The stages of a pipeline by sort: the first is where a deal starts. */
function stagesOf(state: SandboxState, categoryId: number) {
  const entityId = dealStageEntityId(categoryId);
  return state.statuses
    .filter((s) => s.entityId === entityId && categoryOfEntity(s.entityId) === categoryId)
    .sort((a, b) => a.sort - b.sort || a.id - b.id);
}

function fieldsParam(params: Params): Record<string, unknown> {
  const f = param(params, 'fields') ?? {};
  if (!isPhpArray(f)) throw crmError("Parameter 'fields' must be array.");
  return isRecord(f) ? f : {};
}

function idParam(params: Params): number {
  const v = params.ID ?? params.id;
  const id = v === undefined || v === null ? 0 : toInt(v);
  if (id <= 0) throw crmError('ID is not defined or invalid.');
  return id;
}

/** The user-field values of the deal among the sent fields (UF_CRM_* of existing deal fields). */
function userFieldValues(state: SandboxState, fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of state.userFields) {
    if (f.entityId === 'CRM_DEAL' && fields[f.fieldName] !== undefined)
      out[f.fieldName] = fields[f.fieldName];
  }
  return out;
}

function startOfDay(ms: number, offsetMinutes: number): number {
  const day = 86_400_000;
  const local = ms + offsetMinutes * 60_000;
  return local - (local % day) - offsetMinutes * 60_000;
}

/** Moves a deal to a stage of its pipeline: semantics, CLOSED, CLOSEDATE, the move time and history. */
function enterStage(state: SandboxState, deal: SbDeal, stageId: string, now: number, created: boolean): void {
  const stage = stagesOf(state, deal.categoryId).find((s) => s.statusId === stageId);
  const semantics = stage?.semantics ?? 'P';
  const changed = created || deal.stageId !== stageId;
  deal.stageId = stageId;
  deal.closed = semantics !== 'P';
  // CLOSEDATE is a date: the start of today in portal time.
  if (deal.closed && changed) deal.closeDate = startOfDay(now, state.settings.utcOffsetMinutes);
  if (!changed) return;
  deal.movedTime = now;
  state.stageHistory.push({
    id: nextId(state, 'stageHistory'),
    entityTypeId: 2,
    typeId: created ? 1 : semantics === 'P' ? 2 : 3,
    ownerId: deal.id,
    createdTime: now,
    categoryId: deal.categoryId,
    stageSemanticId: semantics,
    stageId,
  });
}

function dealAdd(params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const fields = fieldsParam(params);
  const now = ctx.clock.now();
  const wanted = Math.max(toInt(fields.CATEGORY_ID), 0);
  // A pipeline that does not exist is pipeline 0.
  const categoryId = wanted > 0 && !state.pipelines.some((p) => p.id === wanted) ? 0 : wanted;
  const stages = stagesOf(state, categoryId);
  const sent = asText(fields.STAGE_ID) ?? '';
  const stageId = stages.some((s) => s.statusId === sent) ? sent : (stages[0]?.statusId ?? '');
  const id = nextId(state, 'deals');
  const title = (asText(fields.TITLE) ?? '').trim();
  const assigned = toInt(fields.ASSIGNED_BY_ID);
  const deal: SbDeal = {
    id,
    title: title !== '' ? title : `Сделка #${id}`,
    typeId: asText(fields.TYPE_ID) ?? 'SALE',
    categoryId,
    stageId: '',
    opportunity: Number(asText(fields.OPPORTUNITY) ?? 0) || 0,
    currencyId: asText(fields.CURRENCY_ID) ?? 'RUB',
    isManualOpportunity: fields.IS_MANUAL_OPPORTUNITY === 'Y',
    assignedById: assigned > 0 ? assigned : ctx.userId,
    createdById: ctx.userId,
    dateCreate: now,
    dateModify: now,
    beginDate: now,
    closeDate: null,
    closed: false,
    contactId: toInt(fields.CONTACT_ID) > 0 ? toInt(fields.CONTACT_ID) : null,
    companyId: toInt(fields.COMPANY_ID) > 0 ? toInt(fields.COMPANY_ID) : null,
    sourceId: asText(fields.SOURCE_ID) ?? null,
    leadId: null,
    uf: userFieldValues(state, fields),
  };
  state.deals.push(deal);
  enterStage(state, deal, stageId, now, true);
  ctx.changed();
  return ok(id);
}

function findDeal(state: SandboxState, params: Params): SbDeal {
  const id = idParam(params);
  const deal = state.deals.find((d) => d.id === id);
  if (!deal) throw crmError('Not found');
  return deal;
}

function dealUpdate(params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const deal = findDeal(state, params);
  const fields = fieldsParam(params);
  const now = ctx.clock.now();
  // CATEGORY_ID is unset by CCrmDeal::Update: a deal changes pipeline only through the UI.
  const title = asText(fields.TITLE);
  if (title !== undefined && title.trim() !== '') deal.title = title;
  if (toInt(fields.ASSIGNED_BY_ID) > 0) deal.assignedById = toInt(fields.ASSIGNED_BY_ID);
  if (fields.OPPORTUNITY !== undefined) deal.opportunity = Number(asText(fields.OPPORTUNITY) ?? 0) || 0;
  if (fields.SOURCE_ID !== undefined) deal.sourceId = asText(fields.SOURCE_ID) ?? null;
  Object.assign(deal.uf, userFieldValues(state, fields));
  const sent = asText(fields.STAGE_ID);
  // A stage of another pipeline (or none at all) is ignored without an error.
  if (sent !== undefined && stagesOf(state, deal.categoryId).some((s) => s.statusId === sent))
    enterStage(state, deal, sent, now, false);
  deal.dateModify = now;
  ctx.changed();
  return ok(true);
}

function dealDelete(params: Params, ctx: HandlerContext) {
  const deal = findDeal(ctx.state, params);
  ctx.state.deals = ctx.state.deals.filter((d) => d.id !== deal.id);
  ctx.state.stageHistory = ctx.state.stageHistory.filter(
    (h) => !(h.entityTypeId === 2 && h.ownerId === deal.id),
  );
  ctx.changed();
  return ok(true);
}

export const dealWriteMethods: MethodDef[] = [
  { name: 'crm.deal.add', scopes: ['crm'], write: true, handler: dealAdd },
  { name: 'crm.deal.update', scopes: ['crm'], write: true, handler: dealUpdate },
  { name: 'crm.deal.delete', scopes: ['crm'], write: true, handler: dealDelete },
];
