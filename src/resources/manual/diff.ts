import { plural, type Lang, type Text } from '../../core/i18n.js';
import type { Direction, Spec, Task } from '../../spec/spec.generated.js';
import type { ManualOf } from '../change.js';
import type { KindDiff } from '../kind.js';
import { say, type PlanMessage } from '../plan-text.js';
import { describeRobot, describeTask, triggerTypeName } from './wording.js';
import { MANUAL_MESSAGES as M } from './messages.js';

/**
 * What the spec asks for that no REST method can set or read (docs/bitrix24/automation.md, permissions.md, email-templates.md, sales-plan.md): robots and
 * triggers on stages, permissions, e-mail templates, quick answers, the sales plan, required-by-stage
 * fields. Each becomes a `!` line in the plan and an entry of the handover checklist; it is never
 * reported as applied.
 */
export type ManualChangeOf = ManualOf<'manual'>;

function manual(
  id: string,
  path: string[],
  pointer: string,
  reason: PlanMessage,
  summary: PlanMessage,
): ManualChangeOf {
  return {
    id: `manual:${id}`,
    kind: 'manual',
    key: id,
    path,
    specPointer: pointer,
    op: 'manual',
    reason,
    summary,
  };
}

const both = (f: (lang: Lang) => string): Text => ({ ru: f('ru'), en: f('en') });
const described = (f: (lang: Lang) => string) => say(M, 'described', { what: both(f) });

export function diffManual(spec: Spec): KindDiff<ManualChangeOf> {
  return { changes: manualChangesOf(spec) };
}

/** The manual items of a spec alone: the plan's `!` lines and `b24cfg checklist` without a portal. */
export function manualChangesOf(spec: Spec): ManualChangeOf[] {
  const out: ManualChangeOf[] = [];
  (spec.directions ?? []).forEach((dir, di) => out.push(...directionItems(dir, `/directions/${di}`)));
  (spec.permissions?.roles ?? []).forEach((r, i) =>
    out.push(
      manual(
        `role:${r.name}`,
        [r.name],
        `/permissions/roles/${i}`,
        say(M, 'whyPermissions'),
        r.deny?.length
          ? say(M, 'roleDeny', { name: r.name, deny: r.deny.join(', ') })
          : say(M, 'role', { name: r.name }),
      ),
    ),
  );
  (spec.email_templates ?? []).forEach((t, i) =>
    out.push(
      manual(
        `email:${t.key}`,
        [t.title],
        `/email_templates/${i}`,
        say(M, 'whyMail'),
        say(M, 'emailTemplate', { title: t.title, subject: t.subject }),
      ),
    ),
  );
  out.push(...openLineItems(spec));
  if (spec.sales_plan) {
    const p = spec.sales_plan;
    const period = {
      month: 'periodMonth',
      quarter: 'periodQuarter',
      half_year: 'periodHalfYear',
      year: 'periodYear',
    } as const;
    out.push(
      manual(
        'sales-plan',
        ['sales_plan'],
        '/sales_plan',
        say(M, 'whySalesPlan'),
        say(M, 'salesPlan', {
          period: say(M, period[p.period]),
          metric: say(M, p.metric === 'amount' ? 'metricAmount' : 'metricCount'),
          by: say(M, p.by === 'employee' ? 'byEmployee' : 'byDirection'),
        }),
      ),
    );
  }
  return out;
}

/** Tasks, robots, triggers, tunnels and required fields on a direction's stages. */
function directionItems(dir: Direction, dp: string): ManualChangeOf[] {
  return [
    ...(dir.stages ?? []).flatMap((st, si) => stageItems(dir, st, `${dp}/stages/${si}`)),
    ...wonItems(dir, dp),
    ...lostItems(dir, dp),
  ];
}

type Stage = NonNullable<Direction['stages']>[number];

/** Robots set by hand, each a line of its own under the stage. */
function robotItems(key: string, path: string[], pointer: string, robots: Stage['robots']): ManualChangeOf[] {
  return (robots ?? []).map((r, ri) =>
    manual(
      `${key}#robot-${ri}`,
      path,
      `${pointer}/${ri}`,
      say(M, 'whyRobots'),
      described((l) => describeRobot(r, l)),
    ),
  );
}

function taskItem(id: string, path: string[], pointer: string, task: Task): ManualChangeOf {
  return manual(
    id,
    path,
    pointer,
    say(M, 'whyRobots'),
    described((l) => describeTask(task, l)),
  );
}

/** A process stage: its task, robots, triggers and the fields it requires. */
function stageItems(dir: Direction, st: Stage, sp: string): ManualChangeOf[] {
  const key = `${dir.key}/${st.code}`;
  const path = [dir.name, st.name];
  const out: ManualChangeOf[] = [];
  if (st.task) out.push(taskItem(`${key}#task`, path, `${sp}/task`, st.task));
  out.push(...robotItems(key, path, `${sp}/robots`, st.robots));
  (st.triggers ?? []).forEach((t, ti) => {
    const type = both((l) => triggerTypeName(t.type, l));
    out.push(
      manual(
        `${key}#trigger-${ti}`,
        path,
        `${sp}/triggers/${ti}`,
        say(M, 'whyTriggers'),
        t.condition ? say(M, 'triggerIf', { type, condition: t.condition }) : say(M, 'trigger', { type }),
      ),
    );
  });
  if (st.required_fields?.length) {
    out.push(
      manual(
        `${key}#required`,
        path,
        `${sp}/required_fields`,
        say(M, 'whyRequired'),
        say(M, 'required', { fields: st.required_fields.join(', ') }),
      ),
    );
  }
  return out;
}

/** The won stage: its task, the tunnel to the next direction, its robots. */
function wonItems(dir: Direction, dp: string): ManualChangeOf[] {
  const won = dir.won;
  if (!won) return [];
  const key = `${dir.key}/WON`;
  const path = [dir.name, won.name];
  const out: ManualChangeOf[] = [];
  if (won.task) out.push(taskItem(`${key}#task`, path, `${dp}/won/task`, won.task));
  if (won.tunnel) {
    const t = won.tunnel;
    const summary = say(M, t.mode === 'move' ? 'tunnelMove' : 'tunnelCopy', { to: t.to, stage: t.stage });
    out.push(manual(`${key}#tunnel`, path, `${dp}/won/tunnel`, say(M, 'whyRobots'), summary));
  }
  out.push(...robotItems(key, path, `${dp}/won/robots`, won.robots));
  return out;
}

/** The lost stage: the supervisor's task and its robots. */
function lostItems(dir: Direction, dp: string): ManualChangeOf[] {
  const lost = dir.lost;
  if (!lost) return [];
  const key = `${dir.key}/LOSE`;
  const path = [dir.name, lost.name ?? 'LOSE'];
  const out: ManualChangeOf[] = [];
  const task = lost.supervisor_task;
  if (task) out.push(taskItem(`${key}#supervisor-task`, path, `${dp}/lost/supervisor_task`, task));
  out.push(...robotItems(key, path, `${dp}/lost/robots`, lost.robots));
  return out;
}

/** Quick answers and KPI alert recipients of open lines. */
function openLineItems(spec: Spec): ManualChangeOf[] {
  const out: ManualChangeOf[] = [];
  (spec.open_lines ?? []).forEach((ol, i) => {
    const n = ol.quick_answers?.length ?? 0;
    if (n === 0) return;
    const what = both((l) =>
      plural(l, n, ['быстрый ответ', 'быстрых ответа', 'быстрых ответов'], ['quick answer', 'quick answers']),
    );
    out.push(
      manual(
        `quick:${ol.name}`,
        [ol.name],
        `/open_lines/${i}/quick_answers`,
        say(M, 'whyQuickAnswers'),
        say(M, 'quickAnswers', { line: ol.name, n, what }),
      ),
    );
  });
  (spec.open_lines ?? []).forEach((ol, i) => {
    const to = ol.kpi?.alert_to;
    if (!to?.length) return;
    out.push(
      manual(
        `kpi-alert:${ol.name}`,
        [ol.name],
        `/open_lines/${i}/kpi/alert_to`,
        say(M, 'whyKpiList'),
        say(M, 'kpiAlerts', { line: ol.name, to: to.join(', ') }),
      ),
    );
  });
  return out;
}
