import { CliError } from '../../core/errors.js';
import { EXIT } from '../../core/exit-codes.js';
import { text, type Lang, type Text } from '../../core/i18n.js';
import type { PortalState } from '../state.js';
import type { Spec } from '../../spec/spec.generated.js';
import { robots, tasks } from '../../spec/rules/walk.js';
import type { PlanOptions } from '../change.js';
import { resolvedText, say, type PlanMessage } from '../plan-text.js';
import { USER_MESSAGES as M } from './messages.js';

/**
 * People by role (`users:` in the spec), resolved per portal by e-mail through user.get (rest-map §9).
 * A role whose e-mail is not on the portal stops an apply BEFORE any write when something to be
 * written needs the person's id (an open line's queue; a department head with
 * --allow-structure-changes). Anywhere else (robots, tasks, permissions, the sales plan …) the
 * portal is not written, so an unknown person is only a warning for the handover checklist.
 */
export interface RoleUse {
  role: string;
  /** Where the role is used, e.g. "очередь открытой линии «Чат»" / "queue of open line “Chat”". */
  usedBy: Text;
}

export interface UnknownPerson {
  role: string;
  email: string;
  usedBy: Text[];
}

export interface UserProblems {
  /** Needed for a write: apply refuses to start. */
  errors: UnknownPerson[];
  /** Only named in manual items: the checklist and apply warn. */
  warnings: UnknownPerson[];
}

/** Names that stand for the deal's own people or the client, not for a role. */
const NOT_ROLES = new Set(['deal.responsible', 'deal.responsible.head', 'client']);

/** Roles whose portal id a write needs. Open lines and departments use the same list to block. */
export function rolesNeededForWrites(
  spec: Spec,
  options: Pick<PlanOptions, 'allowStructureChanges'>,
): RoleUse[] {
  const out: RoleUse[] = [];
  for (const ol of spec.open_lines ?? []) {
    for (const role of ol.queue?.users ?? []) {
      out.push({
        role,
        usedBy: text(`очередь открытой линии «${ol.name}»`, `the queue of open line “${ol.name}”`),
      });
    }
  }
  if (options.allowStructureChanges === true) {
    for (const d of spec.departments ?? []) {
      if (d.head !== undefined)
        out.push({
          role: d.head,
          usedBy: text(`руководитель отдела «${d.name}»`, `head of department “${d.name}”`),
        });
    }
  }
  return out;
}

/** Roles named only in things b24cfg never writes: they end up in the handover checklist. */
export function rolesInManualItems(
  spec: Spec,
  options: Pick<PlanOptions, 'allowStructureChanges'>,
): RoleUse[] {
  const out: RoleUse[] = [];
  const add = (role: string | undefined, usedBy: Text) => {
    if (role !== undefined && !NOT_ROLES.has(role)) out.push({ role, usedBy });
  };
  for (const { task } of tasks(spec)) {
    const where = text(`задача «${task.title}»`, `task “${task.title}”`);
    add(task.responsible, where);
    for (const o of task.observers ?? []) add(o, where);
  }
  for (const { robot } of robots(spec)) {
    const where = text(
      `робот ${robot.title ? `«${robot.title}»` : robot.type}`,
      `robot ${robot.title ? `“${robot.title}”` : robot.type}`,
    );
    add(robot.to, where);
    add(robot.responsible, where);
  }
  for (const ol of spec.open_lines ?? []) {
    for (const r of ol.kpi?.alert_to ?? [])
      add(r, text(`уведомления KPI линии «${ol.name}»`, `KPI alerts of open line “${ol.name}”`));
  }
  for (const role of spec.permissions?.roles ?? []) {
    for (const m of role.members ?? [])
      add(m, text(`роль доступа «${role.name}»`, `access role “${role.name}”`));
  }
  for (const t of spec.sales_plan?.targets ?? []) add(t.who, text('план продаж', 'the sales plan'));
  for (const d of spec.departments ?? []) {
    const where = text(`отдел «${d.name}»`, `department “${d.name}”`);
    if (options.allowStructureChanges !== true) add(d.head, where);
    for (const m of d.members ?? []) add(m, where);
  }
  for (const [key, u] of Object.entries(spec.users ?? {})) {
    if (u?.supervisor !== undefined)
      add(u.supervisor, text(`руководитель сотрудника ${key}`, `supervisor of ${key}`));
  }
  return out;
}

/** Role → portal user id by e-mail (case-insensitive); undefined when nobody on the portal has it. */
export function userIdOf(spec: Spec, state: PortalState, role: string): number | undefined {
  const email = spec.users?.[role]?.email.toLowerCase();
  if (email === undefined) return undefined;
  return state.users.find((u) => u.email.toLowerCase() === email)?.id;
}

export function userProblems(
  spec: Spec,
  state: PortalState,
  options: Pick<PlanOptions, 'allowStructureChanges'>,
): UserProblems {
  const collect = (uses: RoleUse[]): UnknownPerson[] => {
    const byRole = new Map<string, UnknownPerson>();
    for (const u of uses) {
      const user = spec.users?.[u.role];
      // A role missing from `users:` is a validation error (rule role-refs), reported before any plan.
      if (!user || userIdOf(spec, state, u.role) !== undefined) continue;
      const p = byRole.get(u.role) ?? { role: u.role, email: user.email, usedBy: [] };
      if (!p.usedBy.some((x) => x.en === u.usedBy.en)) p.usedBy.push(u.usedBy);
      byRole.set(u.role, p);
    }
    return [...byRole.values()].sort((a, b) => a.role.localeCompare(b.role));
  };
  const errors = collect(rolesNeededForWrites(spec, options));
  const errorRoles = new Set(errors.map((e) => e.role));
  const warnings = collect(rolesInManualItems(spec, options)).filter((w) => !errorRoles.has(w.role));
  return { errors, warnings };
}

/** "head_of_sales (head@example.com)" — how a person is named in messages. */
export function personText(p: Pick<UnknownPerson, 'role' | 'email'>): string {
  return `${p.role} (${p.email})`;
}

/** The reason of a change that cannot be planned because people are missing on the portal. */
export function unknownPeopleReason(
  people: ReadonlyArray<Pick<UnknownPerson, 'role' | 'email'>>,
  host: string,
): PlanMessage {
  return say(M, 'unknownPeople', { host, people: people.map(personText).join(', ') });
}

export const UNKNOWN_PERSON_HINT = say(M, 'unknownPersonHint');

/** The error apply raises before any write when a write needs a person the portal does not have. */
export function unknownPeopleError(
  errors: readonly UnknownPerson[],
  host: string,
  unreadable?: string,
): CliError {
  const lines = (lang: Lang) =>
    errors
      .map(
        (e) =>
          `${lang === 'ru' ? 'роль' : 'role'} ${e.role}, e-mail ${e.email} — ${e.usedBy.map((u) => u[lang]).join('; ')}`,
      )
      .join(lang === 'ru' ? '; ' : '; ');
  return new CliError({
    code: 'USER_NOT_ON_PORTAL',
    exit: EXIT.findings,
    where: host,
    message: {
      ru: `на портале {host} не найдены сотрудники, без которых запись невозможна: ${lines('ru')}`,
      en: `portal {host} has no user for people a write needs: ${lines('en')}`,
    },
    hint:
      unreadable !== undefined
        ? {
            ru: 'Список сотрудников портала не прочитан ({why}): дайте вебхуку право user (или user_basic) и повторите.',
            en: 'The portal’s users could not be read ({why}): give the webhook the user (or user_basic) scope and run again.',
          }
        : resolvedText(UNKNOWN_PERSON_HINT),
    data: { host, why: unreadable ?? '' },
  });
}

/** One warning line per person only named in manual items. */
export function unknownPersonWarning(p: UnknownPerson, host: string): Text {
  return {
    ru: `Внимание: на портале ${host} нет сотрудника ${personText(p)}; он указан в пунктах для ручной настройки (${p.usedBy.map((u) => u.ru).join('; ')}).`,
    en: `Warning: portal ${host} has no user ${personText(p)}; they are named in items set by hand (${p.usedBy.map((u) => u.en).join('; ')}).`,
  };
}
