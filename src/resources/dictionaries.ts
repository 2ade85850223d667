import { text, type Lang, type Text } from '../core/i18n.js';
import type { Change, FieldDiff, KeptNote } from '../plan/types.js';
import type { PortalStatus } from '../portal/state-types.js';
import type { Spec } from '../spec/spec.generated.js';
import { countOf, type ImpactQuery, type PlanContext } from './context.js';
import { blockedChange, type BlockedTarget } from './refusals.js';
import { assignSorts, type SortSlot } from './sorting.js';
import { semanticSorts } from './semantic-sorts.js';

/**
 * CRM dictionaries kept in crm.status.*: lead statuses (STATUS), sources (SOURCE), contact types
 * (CONTACT_TYPE) and company types (COMPANY_TYPE) (rest-map §2, §10). The key is STATUS_ID, chosen at
 * creation and immutable; update changes only NAME, SORT and COLOR. SYSTEM items are never deleted
 * (that would need FORCED=Y, which b24cfg never sends). Lead statuses follow the stage rules: SEMANTICS
 * cannot change on update (delete + add, refused while leads sit on the status), there is one success
 * status, and SORT runs process < success < failure after every single call.
 */
export const DICTIONARY_ENTITIES = ['STATUS', 'SOURCE', 'CONTACT_TYPE', 'COMPANY_TYPE'] as const;
export type DictionaryEntity = (typeof DICTIONARY_ENTITIES)[number];

export type DictSemantics = 'P' | 'S' | 'F';

export interface DesiredDictItem {
  code: string;
  name: string;
  color?: string;
  /** A sort the spec fixes; otherwise the order of the list decides. */
  sort?: number;
  semantics: DictSemantics;
  pointer: string;
}

/** What a dictionary change carries so calls can be built from the change alone (saved plans). */
export interface DictTarget {
  entity: DictionaryEntity;
  code: string;
  id?: number;
}

const TITLES: Record<DictionaryEntity, Text> = {
  STATUS: text('Статусы лидов', 'Lead statuses'),
  SOURCE: text('Источники', 'Sources'),
  CONTACT_TYPE: text('Типы контактов', 'Contact types'),
  COMPANY_TYPE: text('Типы компаний', 'Company types'),
};

export function dictionaryTitle(entity: string, lang: Lang): string {
  return (TITLES as Record<string, Text | undefined>)[entity]?.[lang] ?? entity;
}

/** The managed lists of the spec; an absent section is unmanaged (DESIGN.md §2). */
export function desiredDictionaries(
  spec: Spec,
): Array<{ entity: DictionaryEntity; items: DesiredDictItem[] }> {
  const out: Array<{ entity: DictionaryEntity; items: DesiredDictItem[] }> = [];
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

const semOf = (s: PortalStatus['semantics']): DictSemantics => (s === 'S' ? 'S' : s === 'F' ? 'F' : 'P');

const SEM_TEXT: Record<DictSemantics, Text> = {
  P: text('в работе', 'process'),
  S: text('успешный', 'success'),
  F: text('провальный', 'failure'),
};

/** Records that use an item, counted before deleting it (rest-map §13: `total` of a list call). */
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

export function diffDictionaries(ctx: PlanContext): { changes: Change[]; kept: KeptNote[] } {
  const changes: Change[] = [];
  const kept: KeptNote[] = [];
  for (const { entity, items } of desiredDictionaries(ctx.spec)) {
    const unreadable = ctx.state.unreadable.statuses;
    if (unreadable !== undefined) {
      const reason = text(
        `справочники CRM не читаются этим вебхуком (${unreadable})`,
        `this webhook cannot read CRM dictionaries (${unreadable})`,
      );
      const hint = text(
        'Дайте вебхуку право crm и повторите.',
        'Give the webhook the crm scope and run again.',
      );
      for (const d of items) {
        const target: BlockedTarget = {
          kind: 'dictionary',
          key: `${entity}/${d.code}`,
          path: [entity, d.name],
          specPointer: d.pointer,
        };
        changes.push(blockedChange(target, reason, hint));
      }
      continue;
    }
    const r = diffList(ctx, entity, items);
    changes.push(...r.changes);
    kept.push(...r.kept);
  }
  return { changes, kept };
}

function diffList(
  ctx: PlanContext,
  entity: DictionaryEntity,
  desired: DesiredDictItem[],
): { changes: Change[]; kept: KeptNote[] } {
  const changes: Change[] = [];
  const kept: KeptNote[] = [];
  const withSemantics = entity === 'STATUS';
  const portal = ctx.state.statuses.filter((s) => s.entityId === entity);
  const byCode = new Map(portal.map((s) => [s.statusId, s]));
  const desiredCodes = new Set(desired.map((d) => d.code));
  const keyOf = (code: string) => `${entity}/${code}`;
  const target = (code: string, p?: PortalStatus): DictTarget => ({ entity, code, id: p?.id });

  const matched = new Map<string, PortalStatus>();
  const toCreate = new Set<string>();
  const deleted = new Set<string>();
  for (const d of desired) {
    const p = byCode.get(d.code);
    if (!p) {
      toCreate.add(d.code);
      continue;
    }
    if (!withSemantics || semOf(p.semantics) === d.semantics) {
      matched.set(d.code, p);
      continue;
    }
    // SEMANTICS is immutable on update (rest-map §2): only delete + add changes it.
    const leads = p.system ? 0 : usage(ctx, entity, d.code);
    const base = {
      kind: 'dictionary' as const,
      key: keyOf(d.code),
      path: [entity, d.name],
      specPointer: d.pointer,
    };
    const note = {
      ru: `тип статуса меняется (${SEM_TEXT[semOf(p.semantics)].ru} → ${SEM_TEXT[d.semantics].ru}); Bitrix24 меняет его только удалением и созданием заново`,
      en: `the status type changes (${SEM_TEXT[semOf(p.semantics)].en} → ${SEM_TEXT[d.semantics].en}); Bitrix24 changes it only by delete and add`,
    };
    if (leads === undefined) {
      matched.set(d.code, p);
      continue;
    }
    if (p.system || leads > 0 || ctx.isProtected(keyOf(d.code))) {
      changes.push({
        ...base,
        id: `dictionary:${keyOf(d.code)}`,
        op: 'blocked',
        wanted: 'recreate',
        impact: leads > 0 ? { records: leads, entity: 'lead' } : undefined,
        reason: p.system
          ? text(
              'это системный статус Bitrix24 — его нельзя удалить',
              'this is a Bitrix24 system status: it cannot be deleted',
            )
          : leads > 0
            ? text(
                'на статусе есть лиды — пересоздать его нельзя',
                'leads sit on this status, so it cannot be recreated',
              )
            : text('статус защищён (manage.protect)', 'the status is protected (manage.protect)'),
        hint: text(
          'Оставьте прежний тип статуса или дайте новому статусу другой код.',
          'Keep the old status type, or give the new status another code.',
        ),
        note,
      });
      matched.set(d.code, p);
      continue;
    }
    changes.push({
      ...base,
      id: `dictionary-delete:${keyOf(d.code)}`,
      op: 'delete',
      portalId: p.id,
      current: { ...target(d.code, p), name: p.name, sort: p.sort },
      impact: { records: 0, entity: 'lead' },
      reason: 'recreate',
      note,
    });
    deleted.add(d.code);
    toCreate.add(d.code);
  }

  // Items the spec does not name.
  const keptP: number[] = [];
  const keptF: number[] = [];
  for (const p of portal) {
    if (desiredCodes.has(p.statusId)) continue;
    const key = keyOf(p.statusId);
    const path = [entity, p.name];
    const keep = (why: KeptNote['why']) => {
      if (withSemantics && !p.system)
        (semOf(p.semantics) === 'F' ? keptF : semOf(p.semantics) === 'P' ? keptP : []).push(p.sort);
      kept.push({ kind: 'dictionary', key, path, why });
    };
    if (p.system) {
      keep('system');
      continue;
    }
    if (!ctx.pruneAllowed) {
      keep('not-in-spec');
      continue;
    }
    if (ctx.isProtected(key)) {
      keep('protected');
      continue;
    }
    const used = usage(ctx, entity, p.statusId);
    if (used === undefined) {
      keep('has-data');
      continue;
    }
    // A lead status with leads cannot be deleted at all ("There are active items in this status",
    // rest-map §2); a source or type in use leaves records pointing at a code that no longer exists.
    if (used > 0 && (entity === 'STATUS' || !ctx.options.allowDataLoss)) {
      changes.push({
        id: `dictionary:${key}`,
        kind: 'dictionary',
        key,
        path,
        op: 'blocked',
        wanted: 'delete',
        impact: { records: used, entity: RECORD_ENTITY[entity] },
        reason:
          entity === 'STATUS'
            ? text(
                'на статусе есть лиды — Bitrix24 не удалит его',
                'leads sit on this status: Bitrix24 will not delete it',
              )
            : text(
                'значение выбрано в записях CRM — после удаления они будут ссылаться в пустоту',
                'CRM records use this value: after deleting it they point at nothing',
              ),
        hint:
          entity === 'STATUS'
            ? text(
                'Переведите лиды на другой статус и повторите.',
                'Move the leads to another status and run again.',
              )
            : text(
                'Если это допустимо, повторите с --allow-data-loss.',
                'If that is acceptable, run again with --allow-data-loss.',
              ),
      });
      keep('has-data');
      continue;
    }
    changes.push({
      id: `dictionary-delete:${key}`,
      kind: 'dictionary',
      key,
      path,
      op: 'delete',
      portalId: p.id,
      current: { ...target(p.statusId, p), name: p.name, sort: p.sort },
      impact: { records: used, entity: RECORD_ENTITY[entity] },
      reason: 'prune',
    });
  }

  const sorts = withSemantics
    ? leadStatusSorts(desired, matched, toCreate, byCode, desiredCodes, keptP, keptF)
    : plainSorts(desired, matched, toCreate);
  if (sorts === undefined) {
    changes.push({
      id: `dictionary-order:${entity}`,
      kind: 'dictionary',
      key: `${entity}/order`,
      path: [entity],
      op: 'blocked',
      wanted: 'update',
      reason: text(
        'провальный статус вне спецификации стоит сразу за рабочими: порядок «в работе < успех < провал» не соблюсти, не трогая его',
        'a failure status outside the spec sorts right after the process ones: process < success < failure cannot hold without touching it',
      ),
      hint: text(
        'Добавьте этот статус в lead_statuses или включите удаление (manage.prune + --prune).',
        'Add that status to lead_statuses or enable pruning (manage.prune + --prune).',
      ),
    });
    return { changes, kept };
  }

  // Updates of items that stay (system items included when only their place changes).
  const stays: Array<{ code: string; p: PortalStatus; d?: DesiredDictItem }> = [];
  for (const [code, p] of matched) stays.push({ code, p, d: desired.find((x) => x.code === code) });
  for (const [code] of sorts) {
    const p = byCode.get(code);
    if (p && !matched.has(code) && !desiredCodes.has(code)) stays.push({ code, p });
  }
  for (const { code, p, d } of stays) {
    if (deleted.has(code)) continue;
    if (changes.some((c) => c.id === `dictionary:${keyOf(code)}` && c.op === 'blocked')) continue;
    const sort = sorts.get(code);
    const diffs: FieldDiff[] = [];
    if (d && d.name !== p.name) diffs.push({ field: 'NAME', before: p.name, after: d.name });
    if (sort !== undefined && sort !== p.sort) diffs.push({ field: 'SORT', before: p.sort, after: sort });
    if (d?.color !== undefined && d.color.toUpperCase() !== (p.color ?? '').toUpperCase())
      diffs.push({ field: 'COLOR', before: p.color, after: d.color.toUpperCase() });
    if (diffs.length === 0) continue;
    changes.push({
      id: `dictionary:${keyOf(code)}`,
      kind: 'dictionary',
      key: keyOf(code),
      path: [entity, d?.name ?? p.name],
      specPointer: d?.pointer,
      op: 'update',
      portalId: p.id,
      diffs,
      desired: { ...target(code, p), sortFrom: p.sort, sortTo: sort ?? p.sort },
    });
  }
  for (const d of desired) {
    if (!toCreate.has(d.code)) continue;
    const existingS =
      withSemantics && d.semantics === 'S'
        ? portal.find((p) => p.semantics === 'S' && !deleted.has(p.statusId))
        : undefined;
    if (existingS) {
      // Only one success status per list (CRM_STATUS_MORE_THAN_ONE_SUCCESS_ERROR, rest-map §2).
      changes.push({
        id: `dictionary:${keyOf(d.code)}`,
        kind: 'dictionary',
        key: keyOf(d.code),
        path: [entity, d.name],
        specPointer: d.pointer,
        op: 'blocked',
        wanted: 'create',
        reason: text(
          `успешный статус у лидов может быть только один, и это ${existingS.statusId}`,
          `a lead list has exactly one success status, and it is ${existingS.statusId}`,
        ),
        hint: text(
          `Назовите успешным статусом ${existingS.statusId} или сделайте новый статус рабочим.`,
          `Name ${existingS.statusId} as the success status, or make the new status a process one.`,
        ),
      });
      continue;
    }
    changes.push({
      id: `dictionary:${keyOf(d.code)}`,
      kind: 'dictionary',
      key: keyOf(d.code),
      path: [entity, d.name],
      specPointer: d.pointer,
      op: 'create',
      desired: {
        ...target(d.code),
        name: d.name,
        sort: sorts.get(d.code),
        color: d.color?.toUpperCase(),
        semantics: d.semantics,
      },
    });
  }
  return { changes, kept };
}

/** Spec order decides; a sort the spec gives is used as is. Minimal churn via assignSorts. */
function plainSorts(
  desired: DesiredDictItem[],
  matched: Map<string, PortalStatus>,
  toCreate: Set<string>,
): Map<string, number> {
  const auto = assignSorts(
    desired.map((d) => ({
      key: d.code,
      current: d.sort ?? (toCreate.has(d.code) ? undefined : matched.get(d.code)?.sort),
    })),
  );
  return new Map(desired.map((d) => [d.code, d.sort ?? (auto.get(d.code) as number)]));
}

/**
 * Lead statuses follow the deal-stage rule process < success < failure (rest-map §2): the system NEW
 * first when the spec omits it, the success status (the spec's, else the portal's CONVERTED), the
 * system failure status (JUNK) anchored, then the spec's failure statuses (src/resources/semantic-sorts.ts).
 * undefined = the success status cannot fit without touching a kept item.
 */
function leadStatusSorts(
  desired: DesiredDictItem[],
  matched: Map<string, PortalStatus>,
  toCreate: Set<string>,
  byCode: Map<string, PortalStatus>,
  desiredCodes: Set<string>,
  keptP: number[],
  keptF: number[],
): Map<string, number> | undefined {
  const cur = (code: string) => (toCreate.has(code) ? undefined : matched.get(code)?.sort);
  const process: SortSlot[] = [];
  const portalNew = byCode.get('NEW');
  if (portalNew && !desiredCodes.has('NEW') && portalNew.semantics === null)
    process.push({ key: 'NEW', current: portalNew.sort });
  for (const d of desired.filter((x) => x.semantics === 'P'))
    process.push({ key: d.code, current: cur(d.code) });
  const specS = desired.find((d) => d.semantics === 'S');
  const portalS = [...byCode.values()].find((p) => p.semantics === 'S' && !desiredCodes.has(p.statusId));
  const systemF = [...byCode.values()].filter(
    (p) => p.semantics === 'F' && p.system && !desiredCodes.has(p.statusId),
  );
  const { sorts, fits } = semanticSorts({
    process,
    success: specS
      ? { key: specS.code, current: cur(specS.code) }
      : portalS
        ? { key: portalS.statusId, current: portalS.sort }
        : undefined,
    anchoredFailure: systemF[0] ? { key: systemF[0].statusId, current: systemF[0].sort } : undefined,
    failures: [
      ...systemF.slice(1).map((p) => ({ key: p.statusId, current: p.sort })),
      ...desired.filter((x) => x.semantics === 'F').map((d) => ({ key: d.code, current: cur(d.code) })),
    ],
    keptProcessSorts: keptP,
    keptFailureSorts: keptF,
  });
  return fits ? sorts : undefined;
}
