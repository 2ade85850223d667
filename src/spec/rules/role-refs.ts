import { closest } from '../suggest.js';
import type { Department, OpenLine, PermissionRole, SalesTarget } from '../spec.generated.js';
import { defineRule, type RuleContext } from './types.js';
import { didYouMean, isObject, items, listOf, obj, ptr as pointer, robots, str, tasks } from './walk.js';

/** Where a deal's own people stand in for a role: the deal's responsible and that person's head. */
const DEAL_PEOPLE = new Set(['deal.responsible', 'deal.responsible.head']);

type Id = 'unknownRole' | 'noUsers' | 'unknownDepartment' | 'unknownDirection';

/**
 * People are named by role (`users:` keys, resolved per portal by e-mail). Tasks and robots may also name
 * the deal's responsible or that person's head; a robot's `to` may be the client.
 */
export const roleRefs = defineRule<Id>({
  meta: {
    id: 'role-refs',
    severity: 'error',
    description: {
      ru: 'ссылки на людей указывают на роли из users, ссылки на отделы — на departments',
      en: 'references to people name roles from users, references to departments name departments',
    },
    messages: {
      unknownRole: { ru: 'роли «{ref}» нет в users', en: 'role "{ref}" is not in users' },
      noUsers: {
        ru: 'указана роль «{ref}», но в спецификации нет раздела users',
        en: 'role "{ref}" is used but the spec has no users section',
      },
      unknownDepartment: {
        ru: 'отдела «{ref}» нет в departments',
        en: 'department "{ref}" is not in departments',
      },
      unknownDirection: {
        ru: 'направления «{ref}» нет в спецификации',
        en: 'direction "{ref}" is not in the spec',
      },
    },
    hints: {
      unknownRole: {
        ru: 'Роли: {known}{special_ru}.{suggestion_ru}',
        en: 'Roles: {known}{special_en}.{suggestion_en}',
      },
      noUsers: {
        ru: 'Добавьте users: {ref}: { email: ... }',
        en: 'Add users: {ref}: { email: ... }',
      },
      unknownDepartment: {
        ru: 'Отделы: {known}.{suggestion_ru}',
        en: 'Departments: {known}.{suggestion_en}',
      },
      unknownDirection: {
        ru: 'Направления: {known}.{suggestion_ru}',
        en: 'Directions: {known}.{suggestion_en}',
      },
    },
  },
  check(ctx) {
    const role = (value: unknown, path: string, extra: ReadonlySet<string> = new Set()) =>
      checkRole(ctx, value, path, extra);
    const dealSide = DEAL_PEOPLE;
    for (const { task, ptr } of tasks(ctx.spec)) {
      role(task.responsible, `${ptr}/responsible`, dealSide);
      listed(task.observers, `${ptr}/observers`, (v, p) => role(v, p, dealSide));
    }
    const robotTo = new Set([...DEAL_PEOPLE, 'client']);
    for (const { robot, ptr } of robots(ctx.spec)) {
      role(robot.responsible, `${ptr}/responsible`, dealSide);
      role(robot.to, `${ptr}/to`, robotTo);
    }
    for (const { item, ptr } of items<OpenLine>(ctx.spec.open_lines, '/open_lines')) {
      listed(obj(item.queue)?.users, `${ptr}/queue/users`, role);
      listed(obj(item.kpi)?.alert_to, `${ptr}/kpi/alert_to`, role);
    }
    for (const { item, ptr } of items<Department>(ctx.spec.departments, '/departments')) {
      role(item.head, `${ptr}/head`);
      listed(item.members, `${ptr}/members`, role);
      department(ctx, item.parent, `${ptr}/parent`);
    }
    if (isObject(ctx.spec.users)) {
      for (const [key, user] of Object.entries(ctx.spec.users)) {
        if (!isObject(user)) continue;
        const p = pointer('/users', key);
        role(user.supervisor, `${p}/supervisor`);
        department(ctx, user.department, `${p}/department`);
      }
    }
    for (const { item, ptr } of items<PermissionRole>(
      obj(ctx.spec.permissions)?.roles,
      '/permissions/roles',
    )) {
      listed(item.members, `${ptr}/members`, role);
    }
    const plan = obj(ctx.spec.sales_plan);
    for (const { item, ptr } of items<SalesTarget>(plan?.targets, '/sales_plan/targets')) {
      const who = str(item.who);
      if (who === undefined) continue;
      if (plan?.by === 'direction') {
        if (!ctx.index.directionKeys.has(who)) {
          const known = ctx.index.directionKeys;
          ctx.report({
            messageId: 'unknownDirection',
            data: { ref: who, known: listOf(known), ...didYouMean(closest(who, known)) },
            path: `${ptr}/who`,
          });
        }
      } else role(who, `${ptr}/who`);
    }
  },
});

function listed(value: unknown, path: string, each: (v: unknown, p: string) => void): void {
  if (Array.isArray(value)) value.forEach((v, i) => each(v, `${path}/${i}`));
}

function checkRole(ctx: RuleContext<Id>, value: unknown, path: string, extra: ReadonlySet<string>): void {
  const ref = str(value);
  if (ref === undefined || extra.has(ref) || ctx.index.roles.has(ref)) return;
  if (!isObject(ctx.spec.users)) {
    ctx.report({ messageId: 'noUsers', data: { ref }, path });
    return;
  }
  const candidates = [...ctx.index.roles, ...extra];
  const special = [...extra];
  ctx.report({
    messageId: 'unknownRole',
    data: {
      ref,
      known: listOf(ctx.index.roles),
      special_ru: special.length ? `; также ${special.join(', ')}` : '',
      special_en: special.length ? `; also ${special.join(', ')}` : '',
      ...didYouMean(closest(ref, candidates)),
    },
    path,
  });
}

function department(ctx: RuleContext<Id>, value: unknown, path: string): void {
  const ref = str(value);
  const known = ctx.index.departments;
  if (ref === undefined || !known || known.has(ref)) return;
  ctx.report({
    messageId: 'unknownDepartment',
    data: { ref, known: listOf(known), ...didYouMean(closest(ref, known)) },
    path,
  });
}
