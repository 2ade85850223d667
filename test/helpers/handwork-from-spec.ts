import { TRIGGER_TYPE_BY_CODE } from '../../src/portal/crm-settings/triggers.js';
import { portalFieldName } from '../../src/resources/manual-archive/neutral.js';
import { tryParseDuration } from '../../src/spec/duration.js';
import type { Deadline, Robot, Spec, Task } from '../../src/spec/spec.generated.js';
import { addRequiredField, addRobot, addRole, addTrigger } from '../../src/sandbox/handwork/api.js';
import type { HwDeadline, HwPerson, HwRobot } from '../../src/sandbox/handwork/robot-input.js';
import type { SandboxState } from '../../src/sandbox/state.js';

/**
 * Plays the consultant in tests: does on the emulated portal every manual item of a spec that the CRM
 * settings archive can show, in the spec's order, leaving the first `skip` undone. Returns the ids done
 * and skipped. (The `sandbox handwork` command will do the same from the CLI.)
 */
export function handworkFromSpec(
  spec: Spec,
  state: SandboxState,
  skip = 0,
): { done: string[]; skipped: string[] } {
  const done: string[] = [];
  const skipped: string[] = [];
  const pipelineOf = (key: string): number => {
    if (key === 'default') return 0;
    const name = spec.directions?.find((d) => d.key === key)?.name;
    const p = state.pipelines.find((x) => x.name === name);
    if (!p) throw new Error(`no pipeline for ${key}`);
    return p.id;
  };
  const person = (ref: string | undefined): HwPerson => {
    if (ref === undefined || ref === 'deal.responsible') return 'responsible';
    if (ref === 'deal.responsible.head') return 'responsible_head';
    const email = spec.users?.[ref]?.email;
    const user = state.users.find((u) => u.email === email);
    if (!user) throw new Error(`no user for ${ref}`);
    return { userId: user.id };
  };
  const step = (id: string, act: () => void) => {
    if (skipped.length < skip) skipped.push(id);
    else {
      act();
      done.push(id);
    }
  };
  const task = (t: Task): HwRobot => ({
    kind: 'task',
    taskTitle: t.title,
    responsible: [person(t.responsible)],
    ...(t.deadline ? { deadline: deadline(t.deadline) } : {}),
    ...(t.observers ? { observers: t.observers.map(person) } : {}),
  });
  const robot = (r: Robot): HwRobot | null => {
    const delay =
      r.delay === undefined ? {} : { delay: { afterMinutes: (tryParseDuration(r.delay) ?? 0) / 60 } };
    const subject = spec.email_templates?.find((t) => t.key === r.template)?.subject ?? r.template ?? '';
    switch (r.type) {
      case 'send_email':
        return { kind: 'email', subject, ...delay };
      case 'send_sms':
        return { kind: 'sms', text: r.text ?? '', ...delay };
      case 'notify':
        return { kind: 'notify', to: [person(r.to)], text: r.text ?? '', ...delay };
      case 'generate_document': {
        const tpl = state.documentTemplates.find((d) => d.name === r.template);
        if (!tpl) throw new Error(`no document ${r.template}`);
        return { kind: 'document', templateId: tpl.id, ...delay };
      }
      default:
        return null;
    }
  };
  for (const dir of spec.directions ?? []) {
    const pipelineId = pipelineOf(dir.key);
    const put = (stageCode: string, id: string, r: HwRobot | null) => {
      if (r) step(id, () => addRobot(state, { pipelineId, stageCode }, r));
    };
    for (const st of dir.stages ?? []) {
      const key = `manual:${dir.key}/${st.code}`;
      if (st.task) put(st.code, `${key}#task`, task(st.task));
      (st.robots ?? []).forEach((r, i) => put(st.code, `${key}#robot-${i}`, robot(r)));
      (st.triggers ?? []).forEach((t, i) => {
        const code = Object.entries(TRIGGER_TYPE_BY_CODE).find(([, type]) => type === t.type)?.[0] ?? t.type;
        step(`${key}#trigger-${i}`, () =>
          addTrigger(state, { pipelineId, stageCode: st.code }, { code, name: t.title ?? code }),
        );
      });
      if (st.required_fields?.length)
        step(`${key}#required`, () => {
          for (const f of st.required_fields ?? [])
            addRequiredField(state, { pipelineId, fromStage: st.code }, portalFieldName(f));
        });
    }
    if (dir.won?.task) put('WON', `manual:${dir.key}/WON#task`, task(dir.won.task));
    if (dir.won?.tunnel) {
      const t = dir.won.tunnel;
      const target = pipelineOf(t.to);
      const statusId = `${target === 0 ? '' : `C${target}:`}${t.stage}`;
      put('WON', `manual:${dir.key}/WON#tunnel`, {
        kind: 'tunnel',
        mode: t.mode ?? 'copy',
        pipelineId: target,
        statusId,
      });
    }
    (dir.won?.robots ?? []).forEach((r, i) => put('WON', `manual:${dir.key}/WON#robot-${i}`, robot(r)));
    if (dir.lost?.supervisor_task)
      put('LOSE', `manual:${dir.key}/LOSE#supervisor-task`, task(dir.lost.supervisor_task));
    (dir.lost?.robots ?? []).forEach((r, i) => put('LOSE', `manual:${dir.key}/LOSE#robot-${i}`, robot(r)));
  }
  for (const role of spec.permissions?.roles ?? [])
    step(`manual:role:${role.name}`, () => addRole(state, { name: role.name, deny: role.deny ?? [] }));
  return { done, skipped };
}

function deadline(d: Deadline): HwDeadline {
  if (d.days_after_entry !== undefined)
    return { afterEntryMinutes: d.days_after_entry * 1440, workTime: d.work_time === true };
  if (d.hours_after_entry !== undefined)
    return { afterEntryMinutes: d.hours_after_entry * 60, workTime: d.work_time === true };
  if (d.after_entry !== undefined)
    return { afterEntryMinutes: (tryParseDuration(d.after_entry) ?? 0) / 60, workTime: d.work_time === true };
  if (d.before_field !== undefined)
    return {
      beforeField: portalFieldName(d.before_field),
      minutes: (d.days ?? 0) * 1440 + (d.hours ?? 0) * 60,
    };
  return { at: d.at ?? '' };
}
