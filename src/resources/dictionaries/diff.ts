import type { PortalStatus } from '../crm-status/read.js';
import type { Spec } from '../../spec/spec.generated.js';
import type { KeptOf } from '../change.js';
import { countOf, type ImpactQuery, type PlanContext } from '../context.js';
import { diffStatusList, type SortInput, type StatusListRules } from '../crm-status/list-diff.js';
import type { DesiredStatus, StatusRef } from '../crm-status/types.js';
import type { KindDiff } from '../kind.js';
import { say } from '../plan-text.js';
import { blockedChange } from '../refusals.js';
import { assignSorts, type SortSlot } from '../sorting.js';
import { semanticSorts } from '../semantic-sorts.js';
import { DICTIONARY_MESSAGES as M } from './messages.js';
import type { DesiredDictionary, DictionaryChange, DictionaryEntity, DictTarget } from './types.js';

/**
 * CRM dictionaries kept in crm.status.*: lead statuses (STATUS), sources (SOURCE), contact types
 * (CONTACT_TYPE) and company types (COMPANY_TYPE) (docs/bitrix24/dictionaries.md#dictionary-lists), each diffed as one crm.status
 * list (src/resources/crm-status/list-diff.ts). Lead statuses follow the stage rules (semantics,
 * one success status, process < success < failure); the other lists are plain ordered lists.
 */
/** The managed lists of the spec; an absent section is unmanaged. */
export function desiredDictionaries(spec: Spec): DesiredDictionary[] {
  const out: DesiredDictionary[] = [];
  const plain = (entity: DictionaryEntity, list: Spec['lead_sources'], base: string) => {
    if (list === undefined) return;
    out.push({
      entity,
      items: list.map((d, i) => ({
        code: d.code,
        name: d.name,
        color: d.color,
        sort: d.sort,
        semantics: 'P' as const,
        pointer: `${base}/${i}`,
      })),
    });
  };
  if (spec.lead_statuses !== undefined) {
    out.push({
      entity: 'STATUS',
      items: spec.lead_statuses.map((s, i) => ({
        code: s.code,
        name: s.name,
        color: s.color,
        semantics: s.semantics === 'success' ? 'S' : s.semantics === 'failure' ? 'F' : 'P',
        pointer: `/lead_statuses/${i}`,
      })),
    });
  }
  plain('SOURCE', spec.lead_sources, '/lead_sources');
  plain('CONTACT_TYPE', spec.segments?.contact_types, '/segments/contact_types');
  plain('COMPANY_TYPE', spec.segments?.company_types, '/segments/company_types');
  return out;
}

/** Records that use an item, counted before deleting it (`total` of a list call, docs/bitrix24/paging.md#counting). */
function usageQueries(entity: DictionaryEntity, code: string): ImpactQuery[] {
  const q = (method: string, field: string): ImpactQuery => ({
    id: `dict-usage:${entity}:${code}:${method}`,
    method,
    params: { filter: { [field]: code }, select: ['ID'], start: 0 },
  });
  switch (entity) {
    case 'STATUS':
      return [q('crm.lead.list', 'STATUS_ID')];
    case 'SOURCE':
      return [q('crm.lead.list', 'SOURCE_ID'), q('crm.deal.list', 'SOURCE_ID')];
    case 'CONTACT_TYPE':
      return [q('crm.contact.list', 'TYPE_ID')];
    case 'COMPANY_TYPE':
      return [q('crm.company.list', 'COMPANY_TYPE')];
  }
}

const RECORD_ENTITY: Record<DictionaryEntity, string> = {
  STATUS: 'lead',
  SOURCE: 'lead',
  CONTACT_TYPE: 'contact',
  COMPANY_TYPE: 'company',
};

/** Sum of the usage counts, or undefined while one is still to be fetched. */
function usage(ctx: PlanContext, entity: DictionaryEntity, code: string): number | undefined {
  let sum = 0;
  let unknown = false;
  for (const q of usageQueries(entity, code)) {
    const n = countOf(ctx, q);
    if (n === undefined) unknown = true;
    else sum += n;
  }
  return unknown ? undefined : sum;
}

export function diffDictionaries(
  desired: DesiredDictionary[],
  statuses: readonly PortalStatus[],
  ctx: PlanContext,
): KindDiff<DictionaryChange> {
  const changes: DictionaryChange[] = [];
  const kept: Array<KeptOf<'dictionary'>> = [];
  for (const { entity, items } of desired) {
    const unreadable = ctx.state.unreadable.statuses;
    if (unreadable !== undefined) {
      const reason = say(M, 'unreadable', { code: unreadable });
      for (const d of items) {
        const target = {
          kind: 'dictionary' as const,
          key: `${entity}/${d.code}`,
          path: [entity, d.name ?? d.code],
        };
        changes.push(blockedChange({ ...target, specPointer: d.pointer }, reason, say(M, 'unreadableHint')));
      }
      continue;
    }
    const portal: StatusRef[] = statuses
      .filter((s) => s.entityId === entity)
      .map((s) => ({
        code: s.statusId,
        id: s.id,
        name: s.name,
        sort: s.sort,
        color: s.color,
        semantics: s.semantics,
        system: s.system,
      }));
    const r = diffStatusList(dictionaryRules(ctx, entity, portal), items, portal, ctx);
    changes.push(...r.changes);
    kept.push(...r.kept);
  }
  return { changes, kept };
}

function dictionaryRules(
  ctx: PlanContext,
  entity: DictionaryEntity,
  portal: readonly StatusRef[],
): StatusListRules<'dictionary', DictTarget> {
  const isStatus = entity === 'STATUS';
  const keyOf = (code: string) => `${entity}/${code}`;
  const sem = { P: say(M, 'semP'), S: say(M, 'semS'), F: say(M, 'semF') };
  return {
    kind: 'dictionary',
    withSemantics: isStatus,
    keyOf,
    pathOf: (name) => [entity, name],
    target: (code, p) => ({ entity, code, id: p?.id }),
    usage: (p) => (p.system ? 0 : usage(ctx, entity, p.code)),
    impactOf: (records) => ({ records, entity: RECORD_ENTITY[entity] }),
    waitForCounts: true,
    // A lead status with leads cannot be deleted at all ("There are active items in this status",
    // docs/bitrix24/dictionaries.md#system-items); a source or type in use leaves records pointing at a code that no longer exists.
    deleteInUse: !isStatus && ctx.options.allowDataLoss,
    texts: {
      typeChange: (from, to) => say(M, 'typeChange', { from: sem[from], to: sem[to] }),
      recreateSystem: say(M, 'recreateSystem'),
      recreateUsed: say(M, 'recreateUsed'),
      recreateProtected: say(M, 'recreateProtected'),
      recreateHint: say(M, 'recreateHint'),
      deleteUsed: say(M, isStatus ? 'leadsOnStatus' : 'valueInUse'),
      deleteUsedHint: say(M, isStatus ? 'leadsOnStatusHint' : 'valueInUseHint'),
    },
    sorts: isStatus ? leadStatusSorts : (s) => ({ sorts: plainSorts(s), fits: true }),
    orderBlocked: () => ({
      change: {
        id: `dictionary-order:${entity}`,
        kind: 'dictionary',
        key: `${entity}/order`,
        path: [entity],
        op: 'blocked',
        wanted: 'update',
        reason: say(M, 'orderBroken'),
        hint: say(M, 'orderBrokenHint'),
      },
      stop: true,
    }),
    createBlocked: (d, deleted) => {
      if (!isStatus || d.semantics !== 'S') return undefined;
      const existingS = portal.find((p) => p.semantics === 'S' && !deleted.has(p.code));
      if (!existingS) return undefined;
      // Only one success status per list (CRM_STATUS_MORE_THAN_ONE_SUCCESS_ERROR, docs/bitrix24/stages.md#one-success-status).
      return {
        id: `dictionary:${keyOf(d.code)}`,
        kind: 'dictionary',
        key: keyOf(d.code),
        path: [entity, d.name ?? d.code],
        specPointer: d.pointer,
        op: 'blocked',
        wanted: 'create',
        reason: say(M, 'secondSuccess', { code: existingS.code }),
        hint: say(M, 'secondSuccessHint', { code: existingS.code }),
      };
    },
  };
}

/** Spec order decides; a sort the spec gives is used as is. Minimal churn via assignSorts. */
function plainSorts(s: SortInput): Map<string, number> {
  const auto = assignSorts(s.desired.map((d) => ({ key: d.code, current: d.sort ?? s.current(d.code) })));
  return new Map(s.desired.map((d) => [d.code, d.sort ?? (auto.get(d.code) as number)]));
}

/**
 * Lead statuses follow the deal-stage rule process < success < failure (docs/bitrix24/stages.md#lead-statuses): the system NEW
 * first when the spec omits it, the success status (the spec's, else the portal's CONVERTED), the
 * system failure status (JUNK) anchored, then the spec's failure statuses (src/resources/semantic-sorts.ts).
 */
function leadStatusSorts(s: SortInput): { sorts: Map<string, number>; fits: boolean } {
  const { byCode, desiredCodes, current } = s;
  const process: SortSlot[] = [];
  const portalNew = byCode.get('NEW');
  if (portalNew && !desiredCodes.has('NEW') && portalNew.semantics === null)
    process.push({ key: 'NEW', current: portalNew.sort });
  for (const d of s.desired.filter((x) => x.semantics === 'P'))
    process.push({ key: d.code, current: current(d.code) });
  const specS = s.desired.find((d) => d.semantics === 'S');
  const portalS = [...byCode.values()].find((p) => p.semantics === 'S' && !desiredCodes.has(p.code));
  const systemF = [...byCode.values()].filter(
    (p) => p.semantics === 'F' && p.system && !desiredCodes.has(p.code),
  );
  return semanticSorts({
    process,
    success: specS
      ? { key: specS.code, current: current(specS.code) }
      : portalS
        ? { key: portalS.code, current: portalS.sort }
        : undefined,
    anchoredFailure: systemF[0] ? { key: systemF[0].code, current: systemF[0].sort } : undefined,
    failures: [
      ...systemF.slice(1).map((p) => ({ key: p.code, current: p.sort })),
      ...s.desired
        .filter((x) => x.semantics === 'F')
        .map((d: DesiredStatus) => ({ key: d.code, current: current(d.code) })),
    ],
    keptProcessSorts: s.keptProcessSorts,
    keptFailureSorts: s.keptFailureSorts,
  });
}
