import type { PipelineFacts, RobotFact, StageFacts, TriggerFact } from '../../portal/crm-settings/types.js';
import type { Direction, Trigger } from '../../spec/spec.generated.js';
import {
  expectRobot,
  expectTask,
  expectTunnel,
  type ExpectContext,
  type ExpectedRobot,
} from './expected-robots.js';
import { compareRequired, type ExpectedRequired } from './compare-required.js';
import type { ArchiveItem } from './types.js';

/**
 * One direction against its pipeline in the archive. Each spec item first looks for its robot or
 * trigger on its own stage (preferring the one with its key: a task's title, an e-mail's subject …);
 * what is still unmatched then looks on the pipeline's other stages, which makes it "on the wrong
 * stage" rather than missing. Whatever no item claimed is "only on the portal".
 */
interface StageItems {
  code: string;
  name: string;
  robots: ExpectedRobot[];
  triggers: { id: string; trigger: Trigger }[];
  required: ExpectedRequired | null;
}

function stageItemsOf(dir: Direction, ctx: ExpectContext): StageItems[] {
  const out: StageItems[] = (dir.stages ?? []).map((st) => {
    const key = `manual:${dir.key}/${st.code}`;
    return {
      code: st.code,
      name: st.name,
      robots: [
        ...(st.task ? [expectTask(`${key}#task`, st.task, ctx)] : []),
        ...(st.robots ?? []).map((r, i) => expectRobot(`${key}#robot-${i}`, r, ctx)),
      ],
      triggers: (st.triggers ?? []).map((trigger, i) => ({ id: `${key}#trigger-${i}`, trigger })),
      required: st.required_fields?.length
        ? { id: `${key}#required`, fields: st.required_fields, code: st.code, name: st.name }
        : null,
    };
  });
  if (dir.won) {
    const key = `manual:${dir.key}/WON`;
    out.push({
      code: 'WON',
      name: dir.won.name,
      robots: [
        ...(dir.won.task ? [expectTask(`${key}#task`, dir.won.task, ctx)] : []),
        ...(dir.won.tunnel ? [expectTunnel(`${key}#tunnel`, dir.won.tunnel, ctx)] : []),
        ...(dir.won.robots ?? []).map((r, i) => expectRobot(`${key}#robot-${i}`, r, ctx)),
      ],
      triggers: [],
      required: null,
    });
  }
  if (dir.lost) {
    const key = `manual:${dir.key}/LOSE`;
    out.push({
      code: 'LOSE',
      name: dir.lost.name ?? 'LOSE',
      robots: [
        ...(dir.lost.supervisor_task
          ? [expectTask(`${key}#supervisor-task`, dir.lost.supervisor_task, ctx)]
          : []),
        ...(dir.lost.robots ?? []).map((r, i) => expectRobot(`${key}#robot-${i}`, r, ctx)),
      ],
      triggers: [],
      required: null,
    });
  }
  return out;
}

/** Every spec item of a direction whose pipeline the archive does not hold: nothing can be proven. */
export function unboundDirection(dir: Direction, ctx: ExpectContext): ArchiveItem[] {
  return stageItemsOf(dir, ctx).flatMap((s) =>
    [
      ...s.robots.map((r) => r.id),
      ...s.triggers.map((t) => t.id),
      ...(s.required ? [s.required.id] : []),
    ].map((id) => ({
      id,
      path: [dir.name, s.name],
      status: 'unprovable' as const,
      differences: [],
      reason: 'pipeline_not_in_archive' as const,
    })),
  );
}

export function comparePipeline(dir: Direction, pipeline: PipelineFacts, ctx: ExpectContext): ArchiveItem[] {
  const items = stageItemsOf(dir, ctx);
  const stageByCode = new Map(pipeline.stages.map((s) => [s.code, s]));
  const usedRobots = new Set<RobotFact>();
  const usedTriggers = new Set<TriggerFact>();
  const out: ArchiveItem[] = [];
  const pending: { exp: ExpectedRobot; s: StageItems }[] = [];
  const where = (s: StageItems, code = s.code) => ({ pipelineId: pipeline.archiveId, code });

  for (const s of items) {
    const stage = stageByCode.get(s.code);
    for (const exp of s.robots) {
      const path = [dir.name, s.name];
      if (exp.kind === null) {
        out.push({
          id: exp.id,
          path,
          stage: where(s),
          status: 'unprovable',
          differences: [],
          reason: 'robot_type_not_mapped',
        });
        continue;
      }
      if (stage?.unreadable) {
        out.push({
          id: exp.id,
          path,
          stage: where(s),
          status: 'unprovable',
          differences: [],
          reason: 'template_unreadable',
          detail: stage.unreadable,
        });
        continue;
      }
      const found = stage ? pick(stage.robots, exp, usedRobots, false) : undefined;
      if (found) out.push(robotItem(exp, path, where(s), found, []));
      else pending.push({ exp, s });
    }
    for (const { id, trigger } of s.triggers) {
      const path = [dir.name, s.name];
      const same = (t: TriggerFact) => !usedTriggers.has(t) && t.type === trigger.type;
      const here = stage?.triggers.find(same);
      const elsewhere = here ? undefined : pipeline.stages.find((x) => x.triggers.some(same));
      const found = here ?? elsewhere?.triggers.find(same);
      if (found) usedTriggers.add(found);
      out.push({
        id,
        path,
        stage: where(s, elsewhere?.code ?? s.code),
        status: here ? 'matches' : 'differs',
        differences: here
          ? []
          : [
              elsewhere
                ? { field: 'stage', expected: s.code, actual: elsewhere.code }
                : { field: 'presence', expected: 'present', actual: 'missing' },
            ],
        ...(found ? { evidence: { kind: 'trigger' as const, trigger: found } } : {}),
      });
    }
  }
  // Second pass: a robot with the item's key on another stage is on the wrong stage.
  for (const { exp, s } of pending) {
    const path = [dir.name, s.name];
    const other =
      exp.key === null
        ? undefined
        : pipeline.stages.find((x) => !x.unreadable && pick(x.robots, exp, usedRobots, true, false));
    const found = other ? pick(other.robots, exp, usedRobots, true) : undefined;
    if (other && found)
      out.push(
        robotItem(exp, path, where(s, other.code), found, [
          { field: 'stage', expected: s.code, actual: other.code },
        ]),
      );
    else
      out.push({
        id: exp.id,
        path,
        stage: where(s),
        status: 'differs',
        differences: [{ field: 'presence', expected: 'present', actual: 'missing' }],
      });
  }
  out.push(
    ...compareRequired(
      dir,
      pipeline,
      items.flatMap((s) => (s.required ? [s.required] : [])),
    ),
  );
  out.push(...portalOnly(dir, pipeline, usedRobots, usedTriggers));
  return out;
}

/** The stage's robot for an item: one with its key first, then (unless keyed only) the first of its kind. */
function pick(
  pool: RobotFact[],
  exp: ExpectedRobot,
  used: Set<RobotFact>,
  keyedOnly: boolean,
  take = true,
): RobotFact | undefined {
  const free = pool.filter((r) => !used.has(r) && r.kind === exp.kind);
  const found =
    free.find((r) => exp.key !== null && exp.keyOf(r) === exp.key) ?? (keyedOnly ? undefined : free[0]);
  if (found && take) used.add(found);
  return found;
}

function robotItem(
  exp: ExpectedRobot,
  path: string[],
  stage: ArchiveItem['stage'],
  robot: RobotFact,
  extra: ArchiveItem['differences'],
): ArchiveItem {
  const all = [...extra, ...exp.compare(robot)];
  const differences = all.filter((d) => !d.unresolved);
  // Only differences nobody can tell without the portal: neither a match nor a difference.
  if (differences.length === 0 && all.length > 0)
    return {
      id: exp.id,
      path,
      stage,
      status: 'unprovable',
      differences: [],
      reason: 'needs_portal',
      evidence: { kind: 'robot', robot },
    };
  return {
    id: exp.id,
    path,
    stage,
    status: differences.length ? 'differs' : 'matches',
    differences,
    evidence: { kind: 'robot', robot },
  };
}

function portalOnly(
  dir: Direction,
  pipeline: PipelineFacts,
  usedRobots: Set<RobotFact>,
  usedTriggers: Set<TriggerFact>,
): ArchiveItem[] {
  const out: ArchiveItem[] = [];
  const item = (s: StageFacts, id: string, evidence: ArchiveItem['evidence']): ArchiveItem => ({
    id,
    path: [dir.name, s.name],
    stage: { pipelineId: pipeline.archiveId, code: s.code },
    status: 'portal_only',
    differences: [],
    evidence,
  });
  for (const s of pipeline.stages) {
    s.robots.forEach((robot, i) => {
      if (!usedRobots.has(robot))
        out.push(item(s, `archive:${dir.key}/${s.code}#robot:${i}`, { kind: 'robot', robot }));
    });
    s.triggers.forEach((trigger, i) => {
      if (!usedTriggers.has(trigger))
        out.push(item(s, `archive:${dir.key}/${s.code}#trigger:${i}`, { kind: 'trigger', trigger }));
    });
  }
  return out;
}
