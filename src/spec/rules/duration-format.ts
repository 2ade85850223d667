import { DURATION_HINT, tryParseDuration } from '../duration.js';
import type { Deadline, OpenLine } from '../spec.generated.js';
import { defineRule } from './types.js';
import { items, obj, robots, shown, tasks } from './walk.js';

/** Every duration of the spec: deadlines, robot delays, open-line queue times and KPIs. */
export function durations(spec: Parameters<typeof tasks>[0]): { value: unknown; path: string }[] {
  const out: { value: unknown; path: string }[] = [];
  const add = (value: unknown, path: string) => {
    if (value !== undefined) out.push({ value, path });
  };
  for (const { task, ptr } of tasks(spec))
    add(obj<Deadline>(task.deadline)?.after_entry, `${ptr}/deadline/after_entry`);
  for (const { robot, ptr } of robots(spec)) add(robot.delay, `${ptr}/delay`);
  for (const { item, ptr } of items<OpenLine>(spec.open_lines, '/open_lines')) {
    const queue = obj(item.queue);
    add(queue?.time, `${ptr}/queue/time`);
    add(queue?.no_answer_time, `${ptr}/queue/no_answer_time`);
    const kpi = obj(item.kpi);
    add(kpi?.first_answer, `${ptr}/kpi/first_answer`);
    add(kpi?.further_answer, `${ptr}/kpi/further_answer`);
  }
  return out;
}

export const durationFormat = defineRule<'bad'>({
  meta: {
    id: 'duration-format',
    severity: 'error',
    description: {
      ru: 'длительности записаны как 90s, 15m, 2h, 3d или число секунд',
      en: 'durations are written as 90s, 15m, 2h, 3d or whole seconds',
    },
    messages: { bad: { ru: 'непонятная длительность «{value}»', en: 'not a duration: "{value}"' } },
    hints: { bad: DURATION_HINT },
  },
  check(ctx) {
    for (const { value, path } of durations(ctx.spec)) {
      if (tryParseDuration(value) === undefined)
        ctx.report({ messageId: 'bad', data: { value: shown(value) }, path });
    }
  },
});
