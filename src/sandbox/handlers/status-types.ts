/**
 * The dictionaries crm.status knows (CCrmStatus::GetEntityTypes), in the portal's order
 * (docs/bitrix24/parity.md#status-entity-types; fixture crm.status.entity.types.json): the lead
 * statuses and small dictionaries, old and smart invoices, the deal stages of every pipeline, quotes,
 * honorifics, call lists, signed documents and every smart process.
 */
import type { HandlerContext } from '../context.js';
import { dealStageEntityId } from '../status-model.js';
import type { SandboxState, SbStageEntity } from '../state.js';
import { orderedCategories } from './category.js';

const ENTITY_NAMES: Record<string, string> = {
  STATUS: 'Стадии лида',
  SOURCE: 'Источники',
  CONTACT_TYPE: 'Тип контакта',
  COMPANY_TYPE: 'Тип компании',
  EMPLOYEES: 'Количество сотрудников',
  INDUSTRY: 'Сфера деятельности',
  DEAL_TYPE: 'Тип сделки',
  QUOTE_STATUS: 'Стадии предложения',
  HONORIFIC: 'Обращения',
  CALL_LIST: 'Статусы обзвона',
};

function semanticInfo(prefix: string, start: string, success: string, failure: string) {
  const p = prefix ? `${prefix}:` : '';
  return {
    START_FIELD: `${p}${start}`,
    FINAL_SUCCESS_FIELD: `${p}${success}`,
    FINAL_UNSUCCESS_FIELD: `${p}${failure}`,
    FINAL_SORT: 0,
  };
}

/** "DT31_2" for the smart-invoice stages of category 2 (CCrmStatus::getDynamicEntityStatusPrefix). */
export function stageEntityPrefix(e: SbStageEntity): string {
  return e.kind === 'invoice' ? '' : `DT${e.entityTypeId}_${e.categoryId}`;
}

function stageEntityType(e: SbStageEntity): Record<string, unknown> {
  if (e.kind === 'invoice') {
    return { ID: e.entityId, NAME: e.name, SEMANTIC_INFO: semanticInfo('', 'N', 'P', 'D') };
  }
  return {
    ID: e.entityId,
    NAME: e.name,
    SEMANTIC_INFO: [],
    PREFIX: stageEntityPrefix(e),
    FIELD_ATTRIBUTE_SCOPE: `category_${e.categoryId}`,
    ENTITY_TYPE_ID: e.entityTypeId,
    IS_ENABLED: true,
    CATEGORY_ID: e.categoryId,
  };
}

/** crm.status.entity.types in the portal's order. */
export function entityTypes(state: SandboxState): Array<Record<string, unknown>> {
  const extra = state.settings.stageEntities ?? [];
  const ofKind = (kind: SbStageEntity['kind']) => extra.filter((e) => e.kind === kind).map(stageEntityType);
  const out: Array<Record<string, unknown>> = [
    {
      ID: 'STATUS',
      NAME: ENTITY_NAMES.STATUS,
      SEMANTIC_INFO: semanticInfo('', 'NEW', 'CONVERTED', 'JUNK'),
      ENTITY_TYPE_ID: 1,
    },
  ];
  for (const id of ['SOURCE', 'CONTACT_TYPE', 'COMPANY_TYPE', 'EMPLOYEES', 'INDUSTRY', 'DEAL_TYPE'])
    out.push({ ID: id, NAME: ENTITY_NAMES[id] });
  out.push(...ofKind('invoice'), ...ofKind('smartInvoice'));
  for (const c of orderedCategories(state, true)) {
    const name = `Стадии сделки (${c.name})`;
    if (c.id === 0) {
      out.push({
        ID: 'DEAL_STAGE',
        NAME: name,
        SEMANTIC_INFO: semanticInfo('', 'NEW', 'WON', 'LOSE'),
        FIELD_ATTRIBUTE_SCOPE: '',
        ENTITY_TYPE_ID: 2,
        CATEGORY_ID: 0,
      });
    } else {
      out.push({
        ID: dealStageEntityId(c.id),
        NAME: name,
        PARENT_ID: 'DEAL_STAGE',
        SEMANTIC_INFO: semanticInfo(`C${c.id}`, 'NEW', 'WON', 'LOSE'),
        PREFIX: `C${c.id}`,
        FIELD_ATTRIBUTE_SCOPE: `category_${c.id}`,
        ENTITY_TYPE_ID: 2,
        // Read from the database, so a string ("1" in the fixture), unlike DEAL_STAGE's 0.
        CATEGORY_ID: String(c.id),
      });
    }
  }
  out.push({
    ID: 'QUOTE_STATUS',
    NAME: ENTITY_NAMES.QUOTE_STATUS,
    SEMANTIC_INFO: semanticInfo('', 'DRAFT', 'APPROVED', 'DECLAINED'),
    ENTITY_TYPE_ID: 7,
  });
  out.push(
    { ID: 'HONORIFIC', NAME: ENTITY_NAMES.HONORIFIC },
    { ID: 'CALL_LIST', NAME: ENTITY_NAMES.CALL_LIST },
  );
  out.push(...ofKind('smartDocument'), ...ofKind('dynamic'));
  return out;
}

/** The ENTITY_IDs of entityTypes, the list crm_status fields and crm.status.add check against. */
export function statusEntityIds(state: SandboxState): string[] {
  return entityTypes(state).map((t) => String(t.ID));
}

/**
 * The entity types as CCrmStatusRestProxy sees them in this request: computed once and kept for the
 * rest of the request (docs/bitrix24/parity.md#status-entity-types-cache).
 */
export function requestEntityTypes(ctx: HandlerContext): readonly string[] {
  ctx.request.statusEntityTypes ??= statusEntityIds(ctx.state);
  return ctx.request.statusEntityTypes;
}

/** The stage dictionary an ENTITY_ID belongs to, when it is one of the extra ones. */
export function stageEntityOf(state: SandboxState, entityId: string): SbStageEntity | undefined {
  return (state.settings.stageEntities ?? []).find((e) => e.entityId === entityId);
}
