import { describe, expect, it } from 'vitest';
import {
  describeDeadline,
  describeResponsible,
  describeRobot,
  describeTask,
  robotTypeName,
  triggerTypeName,
} from '../../src/resources/manual/wording.js';
import type { Deadline, Robot, Trigger } from '../../src/spec/spec.generated.js';

/**
 * The wording of items set by hand (plan `!` lines, handover checklist) in both languages, pinned to
 * the words used before they moved into src/resources/manual/wording-messages.ts. Update with
 * `npx vitest run test/resources/manual-wording.test.ts -u` and review the diff.
 */
const deadlines: Array<Deadline | undefined> = [
  undefined,
  {},
  { days_after_entry: 2 },
  { hours_after_entry: 5 },
  { after_entry: '3d' },
  { before_field: 'UF_CRM_X', days: 3 },
  { before_field: 'UF_CRM_X', hours: 4 },
  { before_field: 'UF_CRM_X' },
  { at: '2026-01-01' },
] as Array<Deadline | undefined>;
const robots = [
  { type: 'send_email' },
  {
    type: 'notify',
    title: 'T',
    template: 'tpl',
    to: 'deal.responsible',
    target: { direction: 'b2b', stage: 'NEW' },
    delay: '1h',
    condition: 'c',
  },
  { type: 'webhook', delay: 0, to: 'deal.responsible.head', target: { direction: 'x' } },
  { type: 'wait', delay: '0', to: 'rop' },
] as Robot[];
const robotTypes = [
  'send_email',
  'send_sms',
  'notify',
  'create_task',
  'create_todo',
  'create_call',
  'create_meeting',
  'change_responsible',
  'copy_deal',
  'move_to_direction',
  'change_stage',
  'wait',
  'generate_document',
  'send_document',
  'webhook',
] as Array<Robot['type']>;
const triggerTypes = [
  'email_opened',
  'link_clicked',
  'email_received',
  'call_missed',
  'call_incoming',
  'webform_filled',
  'openline_message',
  'payment_received',
  'document_viewed',
  'webhook',
  'field_changed',
] as Array<Trigger['type']>;

describe('wording of items set by hand (golden file)', () => {
  it('deadlines, responsibles, robots, robot and trigger names, tasks', async () => {
    const out: string[] = [];
    for (const l of ['ru', 'en'] as const) {
      for (const d of deadlines) out.push(describeDeadline(d, l));
      for (const r of [undefined, 'deal.responsible', 'deal.responsible.head', 'rop'])
        out.push(describeResponsible(r, l));
      for (const r of robots) out.push(describeRobot(r, l));
      for (const t of robotTypes) out.push(robotTypeName(t, l));
      for (const t of triggerTypes) out.push(triggerTypeName(t, l));
      for (const d of deadlines)
        out.push(describeTask({ title: 'Позвонить', responsible: 'rop', deadline: d }, l));
    }
    await expect(out.join('\n')).toMatchFileSnapshot('__golden__/manual-wording.txt');
  });
});
