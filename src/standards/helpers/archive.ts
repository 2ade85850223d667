import { LANGS, type Lang, type Text } from '../../core/i18n.js';
import type { PipelineFacts, RobotFact, StageFacts } from '../../portal/crm-settings/types.js';
import { manualChangesOf } from '../../resources/manual/index.js';
import type { ArchiveItem } from '../../resources/manual-archive/types.js';
import {
  archiveAgeText,
  differenceText,
  evidenceText,
  notProvenText,
  robotText,
} from '../../resources/manual-archive/words.js';
import { count, evidence, samples, type CommonMessageId, type Kit } from '../define.js';
import type { AuditArchive, Finding, Sample } from '../types.js';

/**
 * The CRM settings archive as audit evidence (docs/bitrix24/crm-settings-archive.md): with a spec,
 * the spec's manual items a standard rests on, each proven or not by the archive; without one, a
 * rule on what the archive shows (every process stage has a task robot …). Robots and stages are
 * named in the samples. A standard that gets a decided archive finding needs no attestation.
 */
function both(f: (lang: Lang) => string): Text {
  return Object.fromEntries(LANGS.map((l) => [l, f(l)])) as unknown as Text;
}

/** "configuration.zip, archive of 2026-12-01, 3 days old" for the messages. */
function archiveName(a: AuditArchive, now: Date): Text {
  const at = a.facts.archive.writtenAt;
  const days = at ? Math.max(0, Math.floor((now.getTime() - at.getTime()) / 86_400_000)) : null;
  return both((l) => `${a.facts.archive.source}, ${archiveAgeText(at?.toISOString() ?? null, days, l)}`);
}

function readLine(a: AuditArchive, what: string): string {
  return `CRM settings archive ${a.facts.archive.source}: ${what}`;
}

/** A finding counts (and replaces the attestation) when the archive could decide it. */
export function decides(f: Finding | undefined): boolean {
  return f !== undefined && (f.status === 'pass' || f.status === 'partial' || f.status === 'fail');
}

const documentNameOf = (a: AuditArchive) => (id: number | null) =>
  Object.entries(a.binding.documents ?? {}).find(([, v]) => v === id)?.[0];

/** What the archive shows for one item: the path, and the robot (or trigger, field, role) found there. */
function itemSample(a: AuditArchive, i: ArchiveItem): Sample {
  const stage = i.path[i.path.length - 1] ?? '';
  const note: Text | undefined =
    i.status === 'differs'
      ? both((l) => i.differences.map((d) => differenceText(d, l)).join('; '))
      : i.evidence
        ? evidenceText(i.evidence, stage, documentNameOf(a))
        : undefined;
  return { id: i.id, label: i.path.join(' / '), ...(note ? { note } : {}) };
}

export interface ArchiveSpecCheck {
  /** Spec pointers of the manual items the standard rests on (src/resources/manual/diff.ts). */
  pointers: readonly string[];
  /** What the items are, plural: "stage tasks" / "задач этапов". */
  what: Text;
  /** What the reader opened, for the evidence. */
  read: string;
}

/**
 * With a spec: the share of the standard's manual items the archive shows as the spec describes.
 * Items it cannot show (not in the archive, an unreadable template, no --portal to name people) are
 * left out; when none is left, the part is not scored. Undefined when the spec has no such items.
 */
export function archiveSpecFinding<M extends string>(k: Kit<M>, c: ArchiveSpecCheck): Finding | undefined {
  const a = k.ctx.crmSettings;
  if (!a?.items || !k.spec || c.pointers.length === 0) return undefined;
  const idAt = new Map(manualChangesOf(k.spec).map((m) => [m.specPointer ?? '', m.id]));
  const wanted = new Set(c.pointers.map((p) => idAt.get(p)).filter((id): id is string => id !== undefined));
  const items = a.items.filter((i) => wanted.has(i.id));
  if (items.length === 0) return undefined;
  const provable = items.filter((i) => i.status === 'matches' || i.status === 'differs');
  const name = archiveName(a, k.ctx.now);
  const pointerOf = new Map(manualChangesOf(k.spec).map((m) => [m.id, m.specPointer ?? '']));
  const bad = provable.filter((i) => i.status === 'differs');
  const ev = evidence(
    [readLine(a, c.read)],
    [
      count('items', 'пунктов спецификации', 'spec items', items.length),
      count('matching', 'как в спецификации', 'as specified', provable.length - bad.length),
      count(
        'unprovable',
        'не проверить по архиву',
        'not shown by the archive',
        items.length - provable.length,
      ),
    ],
    {
      samples: [
        samples(
          { ru: 'Нет или отличается', en: 'Missing or different' },
          bad.map((i) => itemSample(a, i)),
        ),
        samples(
          { ru: 'Найдено в архиве', en: 'Found in the archive' },
          provable.filter((i) => i.status === 'matches').map((i) => itemSample(a, i)),
        ),
      ],
    },
  );
  if (provable.length === 0) {
    const first = items[0] as ArchiveItem;
    return k.finding(
      'archive',
      'not-applicable',
      'archiveCannotTell',
      { archive: name, what: c.what, why: both((l) => notProvenText(first, l)) },
      ev,
    );
  }
  const ids: { pass: CommonMessageId; partial: CommonMessageId } = {
    pass: 'archiveAsSpecified',
    partial: 'archiveDiffers',
  };
  return k.share(
    'archive',
    provable.length - bad.length,
    provable.length,
    1,
    ids,
    { archive: name, what: c.what },
    ev,
    c.what,
    { specPointers: bad.map((i) => pointerOf.get(i.id) ?? '').filter(Boolean) },
  );
}

export interface ArchiveRuleCheck<T> {
  items: readonly T[];
  ok: (item: T) => boolean;
  /** The rule in words: "process stages with a «Create task» robot". */
  rule: Text;
  read: string;
  sample: (item: T) => Sample;
  /** Share needed to pass; default 1. */
  min?: number;
  /** An empty list fails ("the archive holds no roles"); otherwise it gives no finding. */
  emptyFails?: boolean;
}

/** Without a spec: a rule on what the archive shows, the objects that break it as samples. */
export function archiveRuleFinding<M extends string, T>(
  k: Kit<M>,
  c: ArchiveRuleCheck<T>,
): Finding | undefined {
  const a = k.ctx.crmSettings;
  if (!a) return undefined;
  const name = archiveName(a, k.ctx.now);
  const bad = c.items.filter((x) => !c.ok(x));
  const good = c.items.filter((x) => c.ok(x));
  const ev = evidence(
    [readLine(a, c.read)],
    [
      count('total', 'всего', 'total', c.items.length),
      count('notOk', 'не в порядке', 'not in order', bad.length),
    ],
    {
      samples: [
        samples({ ru: 'Не в порядке', en: 'Not in order' }, bad.map(c.sample)),
        samples({ ru: 'В порядке', en: 'In order' }, good.map(c.sample)),
      ],
    },
  );
  if (c.items.length === 0)
    return c.emptyFails
      ? k.finding('archive', 'fail', 'archiveNone', { archive: name, rule: c.rule }, ev)
      : undefined;
  return k.share(
    'archive',
    good.length,
    c.items.length,
    c.min ?? 1,
    { pass: 'archiveRuleMet', partial: 'archiveRuleShort' },
    { archive: name, rule: c.rule },
    ev,
    c.rule,
  );
}

/** Every stage of every pipeline the archive holds, with its pipeline; unreadable templates left out. */
export interface ArchiveStage {
  pipeline: PipelineFacts;
  stage: StageFacts;
}

export function archiveStages(a: AuditArchive): ArchiveStage[] {
  return a.facts.pipelines.flatMap((pipeline) =>
    pipeline.stages.filter((s) => s.unreadable === null).map((stage) => ({ pipeline, stage })),
  );
}

/** Robots that are switched on: a robot switched off in the designer does nothing. */
export function activeRobots(s: StageFacts): RobotFact[] {
  return s.robots.filter((r) => r.activated);
}

export function stageSample(x: ArchiveStage): Sample {
  return { id: `${x.pipeline.archiveId}/${x.stage.code}`, label: `${x.pipeline.name} / ${x.stage.name}` };
}

export function robotSample(a: AuditArchive, x: ArchiveStage, r: RobotFact, i: number): Sample {
  return {
    id: `${x.pipeline.archiveId}/${x.stage.code}#${i}`,
    label: `${x.pipeline.name} / ${x.stage.name}`,
    note: robotText(r, x.stage.name, documentNameOf(a)),
  };
}

/** Every active robot with its stage, for rules over robots. */
export function archiveRobots(a: AuditArchive): { at: ArchiveStage; robot: RobotFact; i: number }[] {
  return archiveStages(a).flatMap((at) => activeRobots(at.stage).map((robot, i) => ({ at, robot, i })));
}

/** The name of the document template a robot builds, when a portal named the archive's ids. */
export function documentName(a: AuditArchive, id: number | null): string | undefined {
  return documentNameOf(a)(id);
}
