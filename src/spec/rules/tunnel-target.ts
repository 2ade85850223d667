import { closest } from '../suggest.js';
import type { RobotTarget } from '../spec.generated.js';
import { defineRule } from './types.js';
import { didYouMean, directions, listOf, obj, robots, str } from './walk.js';

const NEEDS_TARGET = new Set(['move_to_direction', 'copy_deal']);

/** A tunnel (SD-10) or a robot that moves/copies a deal must name a direction and stage of this spec. */
export const tunnelTarget = defineRule<'missingDirection' | 'missingStage' | 'noTarget'>({
  meta: {
    id: 'tunnel-target',
    severity: 'error',
    description: {
      ru: 'туннели и роботы переноса ведут в существующие направление и стадию',
      en: 'tunnels and move/copy robots lead to an existing direction and stage',
    },
    messages: {
      missingDirection: {
        ru: 'направления «{to}» нет в спецификации',
        en: 'direction "{to}" is not in the spec',
      },
      missingStage: {
        ru: 'в направлении «{to}» нет стадии «{stage}»',
        en: 'direction "{to}" has no stage "{stage}"',
      },
      noTarget: {
        ru: 'роботу {type} нужен target: направление и стадия',
        en: 'a {type} robot needs a target: direction and stage',
      },
    },
    hints: {
      missingDirection: {
        ru: 'Укажите ключ (key) одного из направлений: {keys}.{suggestion_ru}',
        en: 'Name the key of one of the directions: {keys}.{suggestion_en}',
      },
      missingStage: {
        ru: 'Стадии направления «{to}»: {codes}.{suggestion_ru}',
        en: 'Stages of direction "{to}": {codes}.{suggestion_en}',
      },
    },
  },
  check(ctx) {
    const { stageCodes, directionKeys } = ctx.index;
    const checkTarget = (to: string | undefined, stage: string | undefined, ptr: string, toKey: string) => {
      if (to === undefined) return;
      const codes = stageCodes.get(to);
      if (!codes) {
        ctx.report({
          messageId: 'missingDirection',
          data: { to, keys: listOf(directionKeys), ...didYouMean(closest(to, directionKeys)) },
          path: `${ptr}/${toKey}`,
        });
        return;
      }
      // A direction without `stages` leaves its stages unmanaged: they cannot be checked here.
      if (stage === undefined || !ctx.index.stagesManaged.has(to) || codes.has(stage)) return;
      ctx.report({
        messageId: 'missingStage',
        data: { to, stage, codes: listOf(codes), ...didYouMean(closest(stage, codes)) },
        path: `${ptr}/stage`,
      });
    };
    for (const { item: dir, ptr } of directions(ctx.spec)) {
      const tunnel = obj(obj(dir.won)?.tunnel);
      if (tunnel) checkTarget(str(tunnel.to), str(tunnel.stage), `${ptr}/won/tunnel`, 'to');
    }
    for (const { robot, ptr } of robots(ctx.spec)) {
      const target = obj<RobotTarget>(robot.target);
      if (target) checkTarget(str(target.direction), str(target.stage), `${ptr}/target`, 'direction');
      else if (NEEDS_TARGET.has(String(robot.type))) {
        ctx.report({ messageId: 'noTarget', data: { type: String(robot.type) }, path: ptr });
      }
    }
  },
});
