import { stableStringify } from '../core/hash.js';
import { stripStagePrefix } from '../resources/crm-status/stage-ids.js';
import type { PortalSection, PortalState } from '../resources/state.js';
import type { RestoreGap } from '../report/apply/types.js';

type Row = Record<string, unknown>;

/** A section's rows keyed by what names them across a restore (ids change when an object is made again). */
interface Keyed {
  section: PortalSection;
  rows(s: PortalState): Map<string, Row>;
}

const omit = (r: object, ...keys: string[]): Row =>
  Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k)));

/** `default` for pipeline 0, else the pipeline's name: how a pipeline is told apart in both reads. */
function pipelineKey(s: PortalState, id: number | null): string {
  if (id === null || id === 0) return 'default';
  return s.pipelines.find((p) => p.id === id)?.name ?? `#${id}`;
}

const SECTIONS: readonly Keyed[] = [
  {
    section: 'pipelines',
    rows: (s) => new Map(s.pipelines.map((p) => [`pipeline ${pipelineKey(s, p.id)}`, omit(p, 'id')])),
  },
  {
    section: 'statuses',
    rows: (s) =>
      new Map(
        s.statuses.map((x) => [
          x.entityId.startsWith('DEAL_STAGE')
            ? `pipeline ${pipelineKey(s, x.categoryId)} ▸ ${stripStagePrefix(x.statusId)}`
            : `${x.entityId} ▸ ${x.statusId}`,
          omit(x, 'id', 'entityId', 'statusId', 'categoryId'),
        ]),
      ),
  },
  {
    section: 'userFields',
    rows: (s) =>
      new Map(
        Object.values(s.userFields).flatMap((fields) =>
          fields.map((f) => [
            `${f.entity} ▸ ${f.fieldName}`,
            {
              ...omit(f, 'id', 'list'),
              list: Object.fromEntries(f.list.map((i) => [i.xmlId, omit(i, 'id')])),
            },
          ]),
        ),
      ),
  },
  {
    section: 'openLines',
    rows: (s) => new Map(s.openLines.map((l) => [`open line ${l.name}`, omit(l, 'id')])),
  },
  {
    section: 'numerators',
    rows: (s) => new Map(s.numerators.map((n) => [`numerator ${n.name}`, omit(n, 'id')])),
  },
  {
    section: 'documentTemplates',
    rows: (s) =>
      new Map(
        s.documentTemplates.map((t) => [
          `template ${t.name}`,
          {
            ...omit(t, 'id', 'numeratorId', 'entityTypeIds'),
            numerator: s.numerators.find((n) => n.id === t.numeratorId)?.name ?? null,
            entityTypes: t.entityTypeIds
              .map((e) =>
                e.replace(/_category_(\d+)$/, (_m, id: string) => ` ▸ ${pipelineKey(s, Number(id))}`),
              )
              .sort(),
          },
        ]),
      ),
  },
];

/** Labels are read per language (docs/bitrix24/user-fields.md#labels-by-language): compare the ones both reads have. */
function comparable(field: string, a: unknown, b: unknown): [unknown, unknown] {
  if (field !== 'labels' || a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
    return [a, b];
  const both = Object.keys(a).filter((l) => l in b);
  const pick = (o: object) => Object.fromEntries(both.map((l) => [l, (o as Row)[l]]));
  return [pick(a), pick(b)];
}

/**
 * What still differs between a snapshot and the portal read after a restore (or instead of one): each
 * object the snapshot had that is gone, each one added since, each value that is not the snapshot's.
 * A restore says these, not "no changes" (issue 15, item 11). Sections either read could not see are
 * left out; people and departments are not configuration a restore writes.
 */
export function restoreGaps(snapshot: PortalState, now: PortalState): RestoreGap[] {
  const gaps: RestoreGap[] = [];
  for (const k of SECTIONS) {
    if (snapshot.unreadable[k.section] !== undefined || now.unreadable[k.section] !== undefined) continue;
    const before = k.rows(snapshot);
    const after = k.rows(now);
    for (const [where, row] of before) {
      const current = after.get(where);
      if (!current) {
        gaps.push({ where, kind: 'missing' });
        continue;
      }
      for (const field of Object.keys(row)) {
        const [a, b] = comparable(field, row[field], current[field]);
        if (stableStringify(a) !== stableStringify(b))
          gaps.push({ where, kind: 'differs', field, snapshot: a, now: b });
      }
    }
    for (const where of after.keys()) if (!before.has(where)) gaps.push({ where, kind: 'added' });
  }
  return gaps;
}
