import type { ConditionFact, DelayFact } from './types.js';
import { delayOf } from './intervals.js';
import { flag, isObject, listOf, objectOrEmpty, text, type Json, type JsonObject } from './json.js';

/**
 * Turns a robot template's activity tree into robots the way the server's Template::convertTemplate
 * does (docs/bitrix24/crm-settings-archive.md#the-robot-template-tree): the root's only child is a
 * ParallelActivity; each of its SequenceActivity children holds robots run one after another, each
 * optionally preceded by a RobotDelayActivity (its delay) and wrapped in an IfElseActivity (its
 * condition). Any other shape means the template was edited in the business process designer: the
 * server then shows no robots for the stage, and b24cfg reports the stage as unreadable.
 */
export interface WalkedRobot {
  activity: JsonObject;
  delay: DelayFact | null;
  condition: ConditionFact | null;
  afterPrevious: boolean;
  activated: boolean;
}

export type WalkResult = { robots: WalkedRobot[] } | { unreadable: string };

const DELAY_TYPES = new Set(['RobotDelayActivity', 'DelayActivity']);
/** Activities that structure a template and are never robots themselves. */
const STRUCTURAL = new Set([
  'SequentialWorkflowActivity',
  'ParallelActivity',
  'SequenceActivity',
  'IfElseActivity',
  'IfElseBranchActivity',
  'StateMachineWorkflowActivity',
  'WhileActivity',
]);

export function walkTemplate(template: Json | undefined): WalkResult {
  const root = listOf(template)[0];
  if (!isObject(root)) return { unreadable: 'the template has no root activity' };
  const top = listOf(root.Children);
  if (top.length === 0) return { robots: [] };
  if (top.length > 1) return { unreadable: 'more than one activity under the root' };
  const parallel = top[0];
  if (!isObject(parallel) || parallel.Type !== 'ParallelActivity' || parallel.Activated === 'N')
    return {
      unreadable: `the root holds ${isObject(parallel) ? text(parallel.Type) : 'no activity'}, not ParallelActivity`,
    };
  const robots: WalkedRobot[] = [];
  for (const sequence of listOf(parallel.Children)) {
    if (!isObject(sequence)) return { unreadable: 'a branch is not an activity' };
    let delay: { fact: DelayFact | null; activated: boolean } | null = null;
    let condition: { fact: ConditionFact; activated: boolean } | null = null;
    let count = 0;
    for (const child of listOf(sequence.Children)) {
      if (!isObject(child)) return { unreadable: 'a robot is not an activity' };
      let activity: JsonObject = child;
      if (DELAY_TYPES.has(text(activity.Type))) {
        delay = {
          fact: delayOf(objectOrEmpty(activity.Properties) ?? {}),
          activated: flag(activity.Activated, true),
        };
        continue;
      }
      if (activity.Type === 'IfElseActivity') {
        const c = conditionOf(activity);
        if (!c) return { unreadable: 'a condition is not in the designer’s shape' };
        condition = { fact: c.condition, activated: flag(activity.Activated, true) };
        activity = c.inner;
      }
      const type = text(activity.Type);
      if (type === '' || STRUCTURAL.has(type) || listOf(activity.Children).length > 0)
        return { unreadable: `${type || 'an activity without a type'} is not a robot` };
      const activated = flag(activity.Activated, true);
      if ((delay && delay.activated !== activated) || (condition && condition.activated !== activated))
        return { unreadable: 'a robot and its delay or condition are switched on differently' };
      robots.push({
        activity,
        delay: delay?.fact ?? null,
        condition: condition?.fact ?? null,
        afterPrevious: count > 0,
        activated,
      });
      delay = null;
      condition = null;
      count += 1;
    }
  }
  return { robots };
}

/** ConditionGroup::convertBizprocActivity: two branches, the first with the condition and one robot. */
function conditionOf(activity: JsonObject): { condition: ConditionFact; inner: JsonObject } | null {
  const branches = listOf(activity.Children);
  const [yes, no] = branches;
  if (branches.length !== 2 || !isObject(yes) || !isObject(no)) return null;
  if (yes.Type !== 'IfElseBranchActivity' || no.Type !== 'IfElseBranchActivity') return null;
  const yesProps = objectOrEmpty(yes.Properties) ?? {};
  const noProps = objectOrEmpty(no.Properties) ?? {};
  const mixed = yesProps.mixedcondition;
  const field = yesProps.fieldcondition;
  const list = listOf(mixed ?? field);
  const inner = listOf(yes.Children);
  if (list.length === 0 || !noProps.truecondition || inner.length !== 1 || !isObject(inner[0])) return null;
  const rows = list.map((c) =>
    mixed !== undefined && isObject(c)
      ? { field: text(c.field), operator: text(c.operator), value: valueText(c.value), joiner: c.joiner }
      : Array.isArray(c)
        ? { field: text(c[0]), operator: text(c[1]), value: valueText(c[2]), joiner: c[3] }
        : null,
  );
  if (rows.some((r) => r === null)) return null;
  const items = (rows as { field: string; operator: string; value: string; joiner: Json | undefined }[]).map(
    (r, i, all) => {
      // An item's joiner tells how the next one joins it, as the server reads it.
      const next = all[i + 1];
      const or = next !== undefined && (next.joiner === 1 || next.joiner === '1');
      return {
        field: r.field,
        operator: r.operator,
        value: r.value,
        joiner: or ? ('or' as const) : ('and' as const),
      };
    },
  );
  return { condition: { items }, inner: inner[0] };
}

function valueText(v: Json | undefined): string {
  if (Array.isArray(v)) return v.map((x) => text(x)).join(', ');
  return text(v);
}
