import { createEmulator, freshPortalState, type SandboxState } from '../../../src/sandbox/index.js';
import { createRng } from '../../../src/sandbox/prng.js';
import { nextId, type SbDeal } from '../../../src/sandbox/state.js';

/**
 * The portal every fault run starts from: a fresh portal plus what a client already had before
 * b24cfg — a pipeline of its own with an extra stage, an extra stage in pipeline 0, a list field with
 * values, a contact type — and deals spread over every stage of both pipelines. No spec the suite
 * applies names any of it, so after the run all of it must still be there and no deal may have moved.
 */
export const LEGACY_PIPELINE = 'Архив продаж (до b24cfg)';

export interface Inventory {
  pipelines: number[];
  /** "entityId/statusId" of every status row. */
  statuses: string[];
  /** "entity/FIELD_NAME". */
  userFields: string[];
  /** "FIELD_NAME/XML_ID". */
  enumItems: string[];
  openLines: number[];
  documentTemplates: number[];
  numerators: number[];
  departments: number[];
}

export interface DealPin {
  id: number;
  categoryId: number;
  stageId: string;
  uf: Record<string, unknown>;
}

export function inventory(s: SandboxState): Inventory {
  return {
    pipelines: s.pipelines.map((p) => p.id),
    statuses: s.statuses.map((x) => `${x.entityId}/${x.statusId}`),
    userFields: s.userFields.map((f) => `${f.entityId}/${f.fieldName}`),
    enumItems: s.userFields.flatMap((f) => f.list.map((i) => `${f.fieldName}/${i.xmlId}`)),
    openLines: s.openLines.map((l) => l.id),
    documentTemplates: s.documentTemplates.filter((t) => !t.isDeleted).map((t) => t.id),
    numerators: s.numerators.map((n) => n.id),
    departments: s.departments.map((d) => d.id),
  };
}

export function dealPins(s: SandboxState): DealPin[] {
  return s.deals.map((d) => ({
    id: d.id,
    categoryId: d.categoryId,
    stageId: d.stageId,
    uf: structuredClone(d.uf),
  }));
}

async function rest(
  em: ReturnType<typeof createEmulator>,
  method: string,
  params: Record<string, unknown>,
): Promise<unknown> {
  const res = await em.handle({ method, params });
  const body = res.body as { result?: unknown; error?: string; error_description?: string } | undefined;
  if (res.status !== 200 || body?.result === undefined) {
    throw new Error(`seeding ${method}: ${res.status} ${body?.error ?? ''} ${body?.error_description ?? ''}`);
  }
  return body.result;
}

export async function seededPortal(seed: number, dealCount = 40): Promise<SandboxState> {
  const state = freshPortalState();
  const em = createEmulator({ state });
  const added = (await rest(em, 'crm.category.add', {
    entityTypeId: 2,
    fields: { name: LEGACY_PIPELINE, sort: 900 },
  })) as { category: { id: number } };
  const legacyId = Number(added.category.id);
  await rest(em, 'crm.status.add', {
    fields: { ENTITY_ID: `DEAL_STAGE_${legacyId}`, STATUS_ID: 'OLD_STAGE', NAME: 'Старая стадия', SORT: 45 },
  });
  await rest(em, 'crm.status.add', {
    fields: { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'LEGACY_STEP', NAME: 'Ручная стадия', SORT: 25 },
  });
  await rest(em, 'crm.status.add', {
    fields: { ENTITY_ID: 'CONTACT_TYPE', STATUS_ID: 'LEGACY_TYPE', NAME: 'Старый тип', SORT: 500 },
  });
  await rest(em, 'crm.deal.userfield.add', {
    fields: {
      FIELD_NAME: 'LEGACY',
      USER_TYPE_ID: 'enumeration',
      EDIT_FORM_LABEL: { ru: 'Старое поле', en: 'Old field' },
      LIST: [
        { VALUE: 'Первый', XML_ID: 'LEG_A' },
        { VALUE: 'Второй', XML_ID: 'LEG_B' },
      ],
    },
  });
  const legacyField = state.userFields.find((f) => f.fieldName === 'UF_CRM_LEGACY');
  const rng = createRng(seed ^ 0x5eed);
  const stagesOf = (categoryId: number) =>
    state.statuses
      .filter((x) => x.entityId === (categoryId === 0 ? 'DEAL_STAGE' : `DEAL_STAGE_${categoryId}`))
      .map((x) => x.statusId);
  for (let i = 0; i < dealCount; i++) {
    const categoryId = rng.chance(0.6) ? 0 : legacyId;
    const stageId = rng.pick(stagesOf(categoryId));
    const at = Date.UTC(2026, 0, 1) + i * 3_600_000;
    const deal: SbDeal = {
      id: nextId(state, 'deals'),
      title: `Сделка ${i}`,
      typeId: 'SALE',
      categoryId,
      stageId,
      opportunity: rng.int(1, 100) * 1000,
      currencyId: 'RUB',
      isManualOpportunity: false,
      assignedById: rng.int(2, 4),
      createdById: 1,
      dateCreate: at,
      dateModify: at,
      beginDate: at,
      closeDate: null,
      closed: /WON|LOSE|APOLOGY/.test(stageId),
      contactId: null,
      companyId: null,
      sourceId: null,
      leadId: null,
      uf: legacyField && rng.chance(0.5) ? { UF_CRM_LEGACY: String(rng.pick(legacyField.list).id) } : {},
    };
    state.deals.push(deal);
  }
  return state;
}
