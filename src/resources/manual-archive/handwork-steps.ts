import { errorOf } from '../../core/errors.js';
import { TRIGGER_TYPE_BY_CODE } from '../../portal/crm-settings/triggers.js';
import type { HwDeadline, HwPerson, HwRobot, HwStep } from '../../portal/sandbox-adapter.js';
import { tryParseDuration } from '../../spec/duration.js';
import type { Deadline, Direction, Robot, Spec, Task } from '../../spec/spec.generated.js';
import { HANDWORK_STEP_ERRORS } from './handwork-messages.js';
import { portalFieldName } from './neutral.js';

/**
 * What the checklist asks a person to do, as steps for the emulated portal (`b24cfg sandbox
 * handwork`): every manual item the CRM settings archive can show, in the spec's order, each with the
 * id of its manual change (src/resources/manual/diff.ts). Pure: the sandbox's pipelines, users and
 * document templates come in as lookups, and the command hands the steps to the sandbox.
 */
export interface HandworkLookup {
  /** The sandbox's pipeline id of a direction (by the name the apply gave it); 0 for `default`. */
  pipelineId(dir: Direction): number | undefined;
  userId(email: string): number | undefined;
  documentId(name: string): number | undefined;
}

export interface HandworkStepOf {
  id: string;
  step: HwStep;
}

export interface HandworkPlan {
  steps: HandworkStepOf[];
  /** Manual items no step can do: robots the archive cannot single out (wait, send_document). */
  byPersonOnly: string[];
}

const minutesOf = (v: string | number) => Math.round((tryParseDuration(v) ?? 0) / 60);

class StepMaker {
  readonly steps: HandworkStepOf[] = [];
  readonly byPersonOnly: string[] = [];
  constructor(
    private readonly spec: Spec,
    private readonly lookup: HandworkLookup,
  ) {}

  pipelineOf(key: string): number {
    const dir = this.spec.directions?.find((d) => d.key === key);
    const id = dir ? this.lookup.pipelineId(dir) : undefined;
    if (id === undefined)
      throw errorOf(HANDWORK_STEP_ERRORS, 'HANDWORK_NO_PIPELINE', {
        data: { key, name: dir?.name ?? key },
      });
    return id;
  }

  person(ref: string | undefined): HwPerson {
    if (ref === undefined || ref === 'deal.responsible') return 'responsible';
    if (ref === 'deal.responsible.head') return 'responsible_head';
    const email = this.spec.users?.[ref]?.email ?? '';
    const id = this.lookup.userId(email);
    if (id === undefined)
      throw errorOf(HANDWORK_STEP_ERRORS, 'HANDWORK_NO_USER', { data: { role: ref, email } });
    return { userId: id };
  }

  task(t: Task): HwRobot {
    return {
      kind: 'task',
      taskTitle: t.title,
      responsible: [this.person(t.responsible)],
      ...(t.deadline ? { deadline: deadline(t.deadline) } : {}),
      ...(t.observers ? { observers: t.observers.map((o) => this.person(o)) } : {}),
      ...(t.checklist ? { checklist: t.checklist } : {}),
      ...(t.priority ? { priority: t.priority } : {}),
    };
  }

  target(r: Robot, pipelineId: number): { pipelineId: number; statusId: string } {
    const to = r.target?.direction ? this.pipelineOf(r.target.direction) : pipelineId;
    return { pipelineId: to, statusId: `${to === 0 ? '' : `C${to}:`}${r.target?.stage ?? 'NEW'}` };
  }

  /** The robot the designer saves for a spec robot; null for types the archive cannot single out. */
  robot(r: Robot, pipelineId: number): HwRobot | null {
    const delay = r.delay === undefined ? {} : { delay: { afterMinutes: minutesOf(r.delay) } };
    switch (r.type) {
      case 'send_email': {
        const subject = this.spec.email_templates?.find((t) => t.key === r.template)?.subject;
        return { kind: 'email', subject: subject ?? r.template ?? '', ...delay };
      }
      case 'send_sms':
        return { kind: 'sms', text: r.text ?? '', ...delay };
      case 'notify':
        return { kind: 'notify', to: [this.person(r.to)], text: r.text ?? '', ...delay };
      case 'generate_document': {
        const id = this.lookup.documentId(r.template ?? '');
        if (id === undefined)
          throw errorOf(HANDWORK_STEP_ERRORS, 'HANDWORK_NO_DOCUMENT', { data: { name: r.template ?? '' } });
        return { kind: 'document', templateId: id, ...delay };
      }
      case 'create_task':
        return {
          kind: 'task',
          taskTitle: r.title ?? '',
          responsible: [this.person(r.responsible)],
          ...delay,
        };
      case 'create_call':
      case 'create_meeting':
      case 'create_todo': {
        const kind = r.type === 'create_call' ? 'call' : r.type === 'create_meeting' ? 'meeting' : 'todo';
        return { kind, subject: r.title ?? '', ...delay };
      }
      case 'change_responsible':
        return { kind: 'change_responsible', responsible: [this.person(r.responsible)], ...delay };
      case 'copy_deal':
      case 'move_to_direction':
        return {
          kind: 'tunnel',
          mode: r.type === 'copy_deal' ? 'copy' : 'move',
          ...this.target(r, pipelineId),
          ...delay,
        };
      case 'change_stage':
        return { kind: 'change_stage', statusId: this.target(r, pipelineId).statusId, ...delay };
      case 'webhook':
        // The spec keeps no handler address, and the archive reader drops it (it may carry a secret).
        return { kind: 'webhook', url: '', ...delay };
      case 'wait':
      case 'send_document':
        return null;
    }
  }

  put(id: string, pipelineId: number, stageCode: string, robot: HwRobot | null): void {
    if (robot) this.steps.push({ id, step: { kind: 'robot', pipelineId, stageCode, robot } });
    else this.byPersonOnly.push(id);
  }

  direction(dir: Direction): void {
    const pipelineId = this.pipelineOf(dir.key);
    const robots = (key: string, code: string, list: Robot[] | undefined) =>
      (list ?? []).forEach((r, i) =>
        this.put(`${key}#robot-${i}`, pipelineId, code, this.robot(r, pipelineId)),
      );
    for (const st of dir.stages ?? []) {
      const key = `manual:${dir.key}/${st.code}`;
      if (st.task) this.put(`${key}#task`, pipelineId, st.code, this.task(st.task));
      robots(key, st.code, st.robots);
      (st.triggers ?? []).forEach((t, i) => {
        const code = Object.entries(TRIGGER_TYPE_BY_CODE).find(([, type]) => type === t.type)?.[0] ?? t.type;
        this.steps.push({
          id: `${key}#trigger-${i}`,
          step: { kind: 'trigger', pipelineId, stageCode: st.code, code, name: t.title ?? code },
        });
      });
      if (st.required_fields?.length)
        this.steps.push({
          id: `${key}#required`,
          step: {
            kind: 'required',
            pipelineId,
            fromStage: st.code,
            fields: st.required_fields.map(portalFieldName),
          },
        });
    }
    const won = `manual:${dir.key}/WON`;
    if (dir.won?.task) this.put(`${won}#task`, pipelineId, 'WON', this.task(dir.won.task));
    const t = dir.won?.tunnel;
    if (t) {
      const to = this.pipelineOf(t.to);
      this.put(`${won}#tunnel`, pipelineId, 'WON', {
        kind: 'tunnel',
        mode: t.mode ?? 'copy',
        pipelineId: to,
        statusId: `${to === 0 ? '' : `C${to}:`}${t.stage}`,
      });
    }
    robots(won, 'WON', dir.won?.robots);
    const lost = `manual:${dir.key}/LOSE`;
    if (dir.lost?.supervisor_task)
      this.put(`${lost}#supervisor-task`, pipelineId, 'LOSE', this.task(dir.lost.supervisor_task));
    robots(lost, 'LOSE', dir.lost?.robots);
  }
}

export function handworkSteps(spec: Spec, lookup: HandworkLookup): HandworkPlan {
  const m = new StepMaker(spec, lookup);
  for (const dir of spec.directions ?? []) m.direction(dir);
  for (const role of spec.permissions?.roles ?? [])
    m.steps.push({
      id: `manual:role:${role.name}`,
      step: { kind: 'role', name: role.name, deny: role.deny ?? [] },
    });
  return { steps: m.steps, byPersonOnly: m.byPersonOnly };
}

function deadline(d: Deadline): HwDeadline {
  const workTime = d.work_time === true;
  if (d.days_after_entry !== undefined) return { afterEntryMinutes: d.days_after_entry * 1440, workTime };
  if (d.hours_after_entry !== undefined) return { afterEntryMinutes: d.hours_after_entry * 60, workTime };
  if (d.after_entry !== undefined) return { afterEntryMinutes: minutesOf(d.after_entry), workTime };
  if (d.before_field !== undefined)
    return {
      beforeField: portalFieldName(d.before_field),
      minutes: (d.days ?? 0) * 1440 + (d.hours ?? 0) * 60,
    };
  return { at: d.at ?? '' };
}
