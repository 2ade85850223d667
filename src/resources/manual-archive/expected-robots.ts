import { stageCodeOf } from '../../portal/crm-settings/statuses.js';
import type { RobotFact, RobotKind } from '../../portal/crm-settings/types.js';
import type { Robot, Spec, Task, Tunnel } from '../../spec/spec.generated.js';
import {
  deadlineFromFact,
  deadlineFromSpec,
  delayFromFact,
  delayFromSpec,
  peopleText,
  personFromFact,
  personFromSpec,
} from './neutral.js';
import type { ArchiveBinding, Difference } from './types.js';

/**
 * What a spec item expects to find among a stage's robots: the robot kind, a key that singles out
 * "its" robot when a stage has several of that kind (a task's title, an e-mail's subject …), and the
 * field-by-field comparison with a candidate.
 */
export interface ExpectedRobot {
  id: string;
  /** The robot kind to look for; null for spec robot types the archive cannot tell apart (wait, send_document). */
  kind: RobotKind | null;
  key: string | null;
  keyOf: (fact: RobotFact) => string | null;
  compare: (fact: RobotFact) => Difference[];
}

export interface ExpectContext {
  spec: Spec;
  binding: ArchiveBinding;
}

const KIND_OF_TYPE: Readonly<Record<Robot['type'], RobotKind | null>> = {
  send_email: 'send_email',
  send_sms: 'send_sms',
  notify: 'notify',
  create_task: 'create_task',
  create_todo: 'create_todo',
  create_call: 'create_call',
  create_meeting: 'create_meeting',
  change_responsible: 'change_responsible',
  copy_deal: 'tunnel',
  move_to_direction: 'tunnel',
  change_stage: 'change_stage',
  generate_document: 'generate_document',
  webhook: 'webhook',
  // A wait is the next robot's delay in the designer, and "send document" has no activity of its own
  // that b24cfg maps: neither can be singled out in the archive.
  wait: null,
  send_document: null,
};

function diff(field: Difference['field'], expected: string, actual: string): Difference[] {
  return expected === actual ? [] : [{ field, expected, actual }];
}

function activated(fact: RobotFact): Difference[] {
  return fact.activated ? [] : [{ field: 'activated', expected: 'on', actual: 'off' }];
}

type PersonFact = Parameters<typeof personFromFact>[0];

const people = (facts: PersonFact[], b: ArchiveBinding) => peopleText(facts.map((p) => personFromFact(p, b)));

/** A spec person that is a role of `users:` (found on a portal by e-mail), not the deal's own people. */
const isRole = (ref: string | undefined) =>
  ref !== undefined && ref !== 'deal.responsible' && ref !== 'deal.responsible.head' && ref !== 'client';

/**
 * The spec's people against the robot's. Without a portal (`binding.users` absent) a role and a
 * `user_<id>` cannot be matched, so such a difference is marked unresolved rather than claimed.
 */
function peopleDiff(
  field: Difference['field'],
  refs: (string | undefined)[],
  facts: PersonFact[],
  b: ArchiveBinding,
): Difference[] {
  const d = diff(field, peopleText(refs.map((r) => personFromSpec(r, b))), people(facts, b));
  const unknowable = b.users === undefined && (refs.some(isRole) || facts.some((p) => p.kind === 'user'));
  return unknowable ? d.map((x) => ({ ...x, unresolved: true as const })) : d;
}

/** A stage task, the success task or the supervisor's task: a "create task" robot. */
export function expectTask(id: string, task: Task, ctx: ExpectContext): ExpectedRobot {
  const b = ctx.binding;
  return {
    id,
    kind: 'create_task',
    key: task.title,
    keyOf: (f) => (f.kind === 'create_task' ? f.taskTitle : null),
    compare: (f) => {
      if (f.kind !== 'create_task') return [];
      return [
        ...diff('title', task.title, f.taskTitle),
        ...peopleDiff('responsible', [task.responsible], f.responsible, b),
        ...diff('deadline', deadlineFromSpec(task.deadline), deadlineFromFact(f.deadline)),
        ...(task.observers?.length ? peopleDiff('observers', task.observers, f.observers, b) : []),
        ...activated(f),
      ];
    },
  };
}

/** The success stage's tunnel: a copy or move robot to another pipeline's stage. */
export function expectTunnel(id: string, t: Tunnel, ctx: ExpectContext): ExpectedRobot {
  const target = `${t.to}/${t.stage}`;
  return {
    id,
    kind: 'tunnel',
    key: target,
    keyOf: (f) => (f.kind === 'tunnel' ? targetOf(f.pipelineId, f.statusId, ctx.binding) : null),
    compare: (f) =>
      f.kind !== 'tunnel'
        ? []
        : [
            ...diff('target', target, targetOf(f.pipelineId, f.statusId, ctx.binding)),
            ...diff('mode', t.mode ?? 'copy', f.mode),
            ...activated(f),
          ],
  };
}

/** `<direction key>/<STAGE>` for a pipeline id and status, or `pipeline #7/NEW` for an unbound one. */
export function targetOf(pipelineId: number, statusId: string, binding: ArchiveBinding): string {
  const key = Object.entries(binding.pipelines).find(([, id]) => id === pipelineId)?.[0];
  return `${key ?? `pipeline #${pipelineId}`}/${stageCodeOf(statusId)}`;
}

export function expectRobot(id: string, r: Robot, ctx: ExpectContext): ExpectedRobot {
  const kind = KIND_OF_TYPE[r.type];
  const b = ctx.binding;
  const delay = (f: RobotFact) => diff('delay', delayFromSpec(r.delay), delayFromFact(f.delay));
  const base = { id, kind };
  switch (r.type) {
    case 'send_email': {
      const subject =
        ctx.spec.email_templates?.find((t) => t.key === r.template)?.subject ?? r.template ?? '';
      return {
        ...base,
        key: subject,
        keyOf: (f) => (f.kind === 'send_email' ? f.subject : null),
        compare: (f) =>
          f.kind === 'send_email'
            ? [...diff('subject', subject, f.subject), ...delay(f), ...activated(f)]
            : [],
      };
    }
    case 'send_sms':
    case 'notify': {
      const text = r.text ?? '';
      return {
        ...base,
        key: text,
        keyOf: (f) => (f.kind === 'send_sms' || f.kind === 'notify' ? f.text : null),
        compare: (f) => {
          if (f.kind !== 'send_sms' && f.kind !== 'notify') return [];
          const to = f.kind === 'notify' && r.to !== undefined ? peopleDiff('to', [r.to], f.to, b) : [];
          return [...diff('text', text, f.text), ...to, ...delay(f), ...activated(f)];
        },
      };
    }
    case 'generate_document': {
      const name = r.template ?? '';
      const wanted = b.documents?.[name];
      const nameOf = (tid: number | null) =>
        Object.entries(b.documents ?? {}).find(([, v]) => v === tid)?.[0] ?? `template #${tid ?? '?'}`;
      // Without a portal the template's id names nothing: the robot is found by kind, and which
      // template it builds stays unresolved.
      const template = (f: RobotFact & { kind: 'generate_document' }): Difference[] =>
        b.documents === undefined
          ? [{ field: 'template', expected: name, actual: nameOf(f.templateId), unresolved: true }]
          : diff(
              'template',
              wanted === undefined ? `${name} (not on the portal)` : name,
              nameOf(f.templateId),
            );
      return {
        ...base,
        key: wanted === undefined ? null : String(wanted),
        keyOf: (f) => (f.kind === 'generate_document' ? String(f.templateId) : null),
        compare: (f) =>
          f.kind !== 'generate_document' ? [] : [...template(f), ...delay(f), ...activated(f)],
      };
    }
    case 'copy_deal':
    case 'move_to_direction': {
      const tunnel = expectTunnel(
        id,
        {
          to: r.target?.direction ?? '',
          stage: r.target?.stage ?? 'NEW',
          mode: r.type === 'copy_deal' ? 'copy' : 'move',
        },
        ctx,
      );
      return { ...tunnel, compare: (f) => [...tunnel.compare(f), ...delay(f)] };
    }
    default:
      return {
        ...base,
        key: null,
        keyOf: () => null,
        compare: (f) => [
          ...(r.type === 'create_task' && f.kind === 'create_task'
            ? [
                ...diff('title', r.title ?? f.taskTitle, f.taskTitle),
                ...peopleDiff('responsible', [r.responsible], f.responsible, b),
              ]
            : []),
          ...(r.type === 'change_responsible' && f.kind === 'change_responsible'
            ? peopleDiff('responsible', [r.responsible], f.responsible, b)
            : []),
          ...delay(f),
          ...activated(f),
        ],
      };
  }
}
