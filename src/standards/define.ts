import { fmt, type Text, type TextData } from '../core/i18n.js';
import { hasRows, type AuditFacts, type Family } from './audit-data.js';
import { GatherFailure, replayRows, type Gatherer } from './gather.js';
import type { PortalState } from '../resources/state.js';
import type { Spec } from '../spec/spec.generated.js';
import { isExpired, type Attestation } from './attestations.js';
import { firstById, pct, round4, SAMPLE_LIMIT } from './helpers/format.js';
import type {
  AuditContext,
  Evidence,
  EvidenceCount,
  Finding,
  Part,
  Sample,
  SampleGroup,
  Standard,
  StandardMeta,
  Status,
  ThresholdMeta,
} from './types.js';

/** Messages every standard may use; they are added to each standard's own (and its doc). */
export const COMMON_MESSAGES = {
  manualAttested: {
    ru: 'Подтверждено: {by}, {at}. {note}',
    en: 'Attested by {by} on {at}. {note}',
  },
  manualUnattested: {
    ru: 'Через API это не проверить, и подтверждения нет. После проверки на портале: b24cfg attest {id} --by <кто> --note <что проверено>.',
    en: 'No API can check this and nobody has attested it. After checking the portal: b24cfg attest {id} --by <who> --note <what was checked>.',
  },
  manualExpired: {
    ru: 'Подтверждение ({by}) истекло {expires}: проверьте заново и подтвердите командой b24cfg attest {id}.',
    en: 'The attestation by {by} expired on {expires}: check again and run b24cfg attest {id}.',
  },
  noData: {
    ru: 'Данные портала не собирались (аудит спецификации или снимок без данных), поэтому эта часть не оценивается.',
    en: 'No portal data was collected (a spec audit or a snapshot without data), so this part is not scored.',
  },
  dataError: {
    ru: 'Данные не прочитаны: {method} ответил {code} {description}. Часть исключена из оценки.',
    en: 'The data could not be read: {method} answered {code} {description}. This part is left out of the score.',
  },
  unreadable: {
    ru: 'Раздел портала «{section}» не прочитан ({code}): у вебхука нет прав или модуль не установлен. Часть исключена из оценки.',
    en: 'The portal section "{section}" could not be read ({code}): the webhook lacks a scope or the module is missing. This part is left out of the score.',
  },
  checkFailed: {
    ru: 'Проверка не выполнилась: {why}. Стандарт исключён из оценки; сообщите об этом разработчикам b24cfg.',
    en: 'The check failed: {why}. The standard is left out of the score; please report this to the b24cfg developers.',
  },
  nothingToMeasure: {
    ru: 'Нечего измерять: {what} — 0.',
    en: 'Nothing to measure: {what} — 0.',
  },
  archiveAsSpecified: {
    ru: 'Из спецификации: {what} — все в архиве так, как описаны (проверено: {total}; {archive}).',
    en: 'All {what} of the spec are in the archive as described (checked: {total}; {archive}).',
  },
  archiveDiffers: {
    ru: 'Из спецификации: {what} в архиве как описано — {good} из {total}, нужно {target}; остальных нет или они отличаются ({archive}).',
    en: '{good} of {total} {what} as the spec describes, {target} needed; the others are missing from the archive or differ ({archive}).',
  },
  archiveRuleMet: {
    ru: 'По архиву: {rule} — {good} из {total} ({archive}).',
    en: 'In the archive, {rule}: {good} of {total} ({archive}).',
  },
  archiveRuleShort: {
    ru: 'По архиву: {rule} — {good} из {total}, нужно {target} ({archive}).',
    en: 'In the archive, {rule}: {good} of {total}, {target} needed ({archive}).',
  },
  archiveNone: {
    ru: 'В архиве настроек CRM ({archive}) нет ни одного пункта: {rule}.',
    en: 'The CRM settings archive ({archive}) holds nothing of this: {rule}.',
  },
  archiveCannotTell: {
    ru: 'Архив настроек CRM ({archive}) не показывает {what}: {why}. Часть не оценивается.',
    en: 'The CRM settings archive ({archive}) cannot show {what}: {why}. This part is not scored.',
  },
  nothingToMeasureInWindow: {
    ru: 'Нечего измерять: {what} за последние {days} дн. — 0.',
    en: 'Nothing to measure: {what} in the last {days} days — 0.',
  },
} as const satisfies Record<string, Text>;
export type CommonMessageId = keyof typeof COMMON_MESSAGES;

/** Message data: plain values, or a Text where the value itself must be translated. */
export type MessageData = Record<string, string | number | boolean | null | undefined | Text>;

function isText(v: unknown): v is Text {
  return typeof v === 'object' && v !== null && 'ru' in v && 'en' in v;
}

/** Fills a message in both languages; Text values are picked per language, the rest is kept as data. */
export function renderMessage(template: Text, data: MessageData): { message: Text; data: TextData } {
  const ru: TextData = {};
  const en: TextData = {};
  const plain: TextData = {};
  for (const [k, v] of Object.entries(data)) {
    if (isText(v)) {
      ru[k] = v.ru;
      en[k] = v.en;
    } else {
      ru[k] = v;
      en[k] = v;
      plain[k] = v;
    }
  }
  return { message: { ru: fmt(template, 'ru', ru), en: fmt(template, 'en', en) }, data: plain };
}

export interface ItemsCheck<T, M extends string> {
  part: Part;
  items: readonly T[];
  ok: (item: T) => boolean;
  pass: M;
  partial: M;
  /** Message for an empty list (a fail); without it an empty list yields no finding. */
  empty?: M;
  /** What the items are, plural: "этапов" / "stages". */
  what: Text;
  read: string[];
  sample?: (item: T) => Sample;
  sampleTitle?: Text;
  pointer?: (item: T) => string;
  data?: MessageData;
  /** Share needed to pass; default 1 (every item). */
  min?: number;
}

export interface MeasureCheck<M extends string> {
  part: Part;
  good: number;
  total: number;
  min: number;
  pass: M;
  partial: M;
  what: Text;
  read: string[];
  counts: EvidenceCount[];
  samples?: SampleGroup | Array<SampleGroup | undefined>;
  data?: MessageData;
}

export interface FindingOptions {
  ratio?: number;
  specPointers?: string[];
  scored?: boolean;
}

/** What a gatherer works with: the sources it may consult while rows stream, and its thresholds. */
export interface GatherKit<M extends string> {
  ctx: AuditContext;
  meta: StandardMeta<M | CommonMessageId>;
  spec: Spec | undefined;
  state: PortalState | undefined;
  /** The facts known before the rows: windows, the NPS field, the repeat pipelines. */
  data: AuditFacts | undefined;
  /** A threshold: the spec's override, else the documented default. */
  threshold(name: string): number;
  /** The data window of this standard in days: its `days` threshold, else audit.window_days. */
  days(): number;
  /** ctx.now minus this standard's window, in ms. */
  sinceMs(): number;
}

/** What a check works with: the sources, its thresholds, and builders that keep findings uniform. */
export interface Kit<M extends string, D = unknown> extends GatherKit<M> {
  /** What the standard's gatherer made of the data's rows; undefined without data. */
  gathered: D | undefined;
  finding(
    part: Part,
    status: Status,
    messageId: M | CommonMessageId,
    data: MessageData,
    evidence: Evidence,
    opts?: FindingOptions,
  ): Finding;
  /**
   * A share against a target: pass at or above it; partial with ratio share/target below it; fail at 0;
   * not-applicable when there is nothing to measure.
   */
  share(
    part: Part,
    good: number,
    total: number,
    min: number,
    ids: { pass: M | CommonMessageId; partial: M | CommonMessageId },
    data: MessageData,
    evidence: Evidence,
    what: Text,
    opts?: FindingOptions,
  ): Finding;
  /**
   * The usual check: a list of objects, each fine or not. Fine ≥ min share → pass, none fine → fail,
   * else partial; the objects that are not fine become the samples and, with `pointer`, spec locations.
   * An empty list gives the `empty` message as a fail, or nothing when `empty` is not given.
   */
  items<T>(c: ItemsCheck<T, M>): Finding | undefined;
  /** A measured share against a target (data checks), with counts and samples as evidence. */
  measure(c: MeasureCheck<M>): Finding;
  /** The attestation part of a manual standard (scored unless data already decides). */
  manual(opts?: { scored?: boolean }): Finding;
  /** The data part when no data was collected, or when the family it needs could not be read. */
  missingData(families: readonly Family[]): Finding | undefined;
  /** A config part for a portal section the webhook could not read. */
  unreadable(section: keyof PortalState['unreadable']): Finding | undefined;
}

export interface EvidenceExtra {
  expected?: Text;
  actual?: Text;
  samples?: SampleGroup | Array<SampleGroup | undefined>;
}

export function evidence(read: string[], counts: EvidenceCount[] = [], extra: EvidenceExtra = {}): Evidence {
  const ev: Evidence = { read, counts };
  if (extra.expected) ev.expected = extra.expected;
  if (extra.actual) ev.actual = extra.actual;
  const groups = (Array.isArray(extra.samples) ? extra.samples : [extra.samples]).filter(
    (g): g is SampleGroup => g !== undefined,
  );
  if (groups.length > 0) ev.samples = groups;
  return ev;
}

/** A documented threshold: its default and what it means. */
export function th(def: number, ru: string, en: string): ThresholdMeta {
  return { default: def, description: { ru, en } };
}

/** The data window of a standard (`days`), defaulting to audit.window_days. */
export function daysThreshold(byRu: string, byEn: string): ThresholdMeta {
  return th(
    30,
    `период ${byRu}, дней (по умолчанию audit.window_days)`,
    `period ${byEn}, days (default audit.window_days)`,
  );
}

export function count(key: string, ru: string, en: string, value: number): EvidenceCount {
  return { key, label: { ru, en }, value };
}

/** The offending objects of a finding: at most SAMPLE_LIMIT, sorted by id, with the full count. */
export function samples(title: Text, items: readonly Sample[]): SampleGroup | undefined {
  if (items.length === 0) return undefined;
  return { title, total: items.length, items: firstById(items, SAMPLE_LIMIT) };
}

function latestAttestation(list: readonly Attestation[], id: string): Attestation | undefined {
  let best: Attestation | undefined;
  for (const a of list) if (a.standard === id && (best === undefined || a.at >= best.at)) best = a;
  return best;
}

function gatherKit<M extends string>(
  ctx: AuditContext,
  meta: StandardMeta<M | CommonMessageId>,
): GatherKit<M> {
  const threshold = (name: string): number => {
    const given = ctx.thresholds[meta.id]?.[name];
    if (given !== undefined) return given;
    if (name === 'days') return ctx.windowDays;
    const def = meta.thresholds[name];
    if (!def) throw new Error(`${meta.id} has no threshold "${name}"`);
    return def.default;
  };
  return {
    ctx,
    meta,
    spec: ctx.spec,
    state: ctx.state,
    data: ctx.data,
    threshold,
    days: () => threshold('days'),
    sinceMs: () => ctx.now.getTime() - threshold('days') * 86_400_000,
  };
}

/**
 * What the gatherer made of the data: the digest of a live audit, or the rows replayed now (a snapshot
 * read whole, a test). A gatherer that failed makes its check fail, so the engine reports it like any
 * check that throws.
 */
function gatheredFor<D>(
  ctx: AuditContext,
  id: string,
  gather: ((ctx: AuditContext) => Gatherer<D>) | undefined,
): D | undefined {
  if (!gather || !ctx.data) return undefined;
  const digest = ctx.digests?.get(id);
  if (digest instanceof GatherFailure) throw new Error(digest.why);
  if (digest !== undefined) return digest as D;
  if (!hasRows(ctx.data)) return undefined;
  const g = gather(ctx);
  replayRows(ctx.data, g);
  return g.finish();
}

/**
 * ESLint's rule shape: data (`meta`) plus one function; the kit keeps message ids typed. A standard that
 * reads rows of data gives a `gather` too: an aggregator its check then reads as `k.gathered`.
 */
export function defineStandard<M extends string, D = undefined>(
  own: StandardMeta<M>,
  check: (k: Kit<M, D>) => Finding[],
  gather?: (k: GatherKit<M>) => Gatherer<D>,
): Standard {
  const meta: StandardMeta<M | CommonMessageId> = {
    ...own,
    messages: { ...COMMON_MESSAGES, ...own.messages },
  };
  const gatherOn = gather ? (ctx: AuditContext) => gather(gatherKit(ctx, meta)) : undefined;
  return {
    meta,
    ...(gatherOn ? { gather: gatherOn } : {}),
    check(ctx) {
      const base = gatherKit(ctx, meta);
      const gathered = gatheredFor(ctx, meta.id, gatherOn);
      const finding: Kit<M, D>['finding'] = (part, status, messageId, data, ev, opts = {}) => {
        const template = meta.messages[messageId];
        const r = renderMessage(template, data);
        const f: Finding = {
          part,
          status,
          messageId,
          message: r.message,
          data: r.data,
          evidence: ev,
          scored: opts.scored ?? true,
        };
        if (opts.ratio !== undefined) f.ratio = round4(opts.ratio);
        if (opts.specPointers && opts.specPointers.length > 0) f.specPointers = [...opts.specPointers].sort();
        return f;
      };
      const kit: Kit<M, D> = {
        ...base,
        gathered,
        finding,
        share(part, good, total, min, ids, data, ev, what, opts = {}) {
          const all = { ...data, good, total, share: pct(total > 0 ? good / total : 0), target: pct(min) };
          const withExpected: Evidence = {
            ...ev,
            expected: ev.expected ?? { ru: `не меньше ${pct(min)}`, en: `at least ${pct(min)}` },
            actual: ev.actual ?? {
              ru: `${pct(total > 0 ? good / total : 0)} (${good} из ${total})`,
              en: `${pct(total > 0 ? good / total : 0)} (${good} of ${total})`,
            },
          };
          if (total === 0) {
            // A windowed measure (its data names the days) says so: "0 won deals" alone reads as "never".
            const id = typeof data?.days === 'number' ? 'nothingToMeasureInWindow' : 'nothingToMeasure';
            return finding(part, 'not-applicable', id, { ...all, what }, ev, opts);
          }
          const s = good / total;
          if (s >= min) return finding(part, 'pass', ids.pass, all, withExpected, opts);
          if (good === 0) return finding(part, 'fail', ids.partial, all, withExpected, opts);
          return finding(part, 'partial', ids.partial, all, withExpected, {
            ...opts,
            ratio: min > 0 ? s / min : 0,
          });
        },
        items(c) {
          const bad = c.items.filter((x) => !c.ok(x));
          const total = c.items.length;
          const ev = evidence(
            c.read,
            [
              { key: 'total', label: c.what, value: total },
              { key: 'notOk', label: { ru: 'не в порядке', en: 'not in order' }, value: bad.length },
            ],
            { samples: c.sample && c.sampleTitle ? samples(c.sampleTitle, bad.map(c.sample)) : undefined },
          );
          const specPointers = c.pointer ? bad.map(c.pointer) : undefined;
          if (total === 0) {
            return c.empty
              ? finding(c.part, 'fail', c.empty, c.data ?? {}, ev, { specPointers: [''] })
              : undefined;
          }
          const data = { ...c.data, bad: bad.length };
          return kit.share(
            c.part,
            total - bad.length,
            total,
            c.min ?? 1,
            { pass: c.pass, partial: c.partial },
            data,
            ev,
            c.what,
            { specPointers },
          );
        },
        measure(c) {
          const ev = evidence(c.read, c.counts, { samples: c.samples });
          return kit.share(
            c.part,
            c.good,
            c.total,
            c.min,
            { pass: c.pass, partial: c.partial },
            c.data ?? {},
            ev,
            c.what,
          );
        },
        manual(opts = {}) {
          const a = latestAttestation(ctx.attestations, meta.id);
          const read = ['.b24cfg/attestations.yaml'];
          // On a spec alone the design is scored; what a person confirmed about a portal is shown only.
          const scored = (opts.scored ?? true) && ctx.state !== undefined;
          if (!a)
            return finding(
              'manual',
              'manual-unattested',
              'manualUnattested',
              { id: meta.id },
              evidence(read),
              { scored },
            );
          const items = a.evidence
            ? [{ id: a.at, label: a.evidence, url: /^https?:\/\//.test(a.evidence) ? a.evidence : undefined }]
            : [];
          const ev = evidence(read, [], { samples: samples({ ru: 'Подтверждение', en: 'Evidence' }, items) });
          const data = { id: meta.id, by: a.by, at: a.at, note: a.note, expires: a.expires ?? '—' };
          if (isExpired(a.expires, ctx.now))
            return finding('manual', 'manual-expired', 'manualExpired', data, ev, { scored });
          return finding('manual', 'manual-attested', 'manualAttested', data, ev, { scored });
        },
        missingData(families) {
          if (!ctx.data) return finding('data', 'not-applicable', 'noData', {}, evidence([]));
          for (const fam of families) {
            const err = ctx.data.errors[fam];
            if (err) {
              return finding('data', 'error', 'dataError', { ...err }, evidence([err.method]));
            }
          }
          return undefined;
        },
        unreadable(section) {
          const code = ctx.state?.unreadable[section];
          if (code === undefined) return undefined;
          return finding('config', 'error', 'unreadable', { section, code }, evidence([]));
        },
      };
      return check(kit);
    },
  };
}
