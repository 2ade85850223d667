import { CliError } from '../../core/errors.js';
import { fmt, LANGS, type Lang, type Text, type TextData } from '../../core/i18n.js';
import type { PortalState } from '../state.js';
import type { Spec } from '../../spec/spec.generated.js';
import { robots, tasks } from '../../spec/rules/walk.js';
import type { PlanOptions } from '../change.js';
import { resolvedText, say, type PlanMessage } from '../plan-text.js';
import { USER_ERRORS, USER_MESSAGES as M } from './messages.js';

/** A catalogue entry in both languages; a parameter given as Text takes its own language. */
function both(t: Text, data: Record<string, string | Text> = {}): Text {
  const out = {} as Text;
  for (const lang of LANGS) {
    const d: TextData = {};
    for (const [k, v] of Object.entries(data)) d[k] = typeof v === 'string' ? v : v[lang];
    out[lang] = fmt(t, lang, d);
  }
  return out;
}

/**
 * People by role (`users:` in the spec), resolved per portal by e-mail through user.get (docs/bitrix24/company-structure.md#users).
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
        usedBy: both(M.usedInQueue, { line: ol.name }),
      });
    }
  }
  if (options.allowStructureChanges === true) {
    for (const d of spec.departments ?? []) {
      if (d.head !== undefined)
        out.push({
          role: d.head,
          usedBy: both(M.usedAsHead, { department: d.name }),
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
    const where = both(M.usedInTask, { title: task.title });
    add(task.responsible, where);
    for (const o of task.observers ?? []) add(o, where);
  }
  for (const { robot } of robots(spec)) {
    const where = both(M.usedInRobot, {
      robot: robot.title ? both(M.robotTitled, { title: robot.title }) : robot.type,
    });
    add(robot.to, where);
    add(robot.responsible, where);
  }
  for (const ol of spec.open_lines ?? []) {
    for (const r of ol.kpi?.alert_to ?? []) add(r, both(M.usedInKpiAlerts, { line: ol.name }));
  }
  for (const role of spec.permissions?.roles ?? []) {
    for (const m of role.members ?? []) add(m, both(M.usedInRole, { role: role.name }));
  }
  for (const t of spec.sales_plan?.targets ?? []) add(t.who, both(M.usedInSalesPlan));
  for (const d of spec.departments ?? []) {
    const where = both(M.usedInDepartment, { department: d.name });
    if (options.allowStructureChanges !== true) add(d.head, where);
    for (const m of d.members ?? []) add(m, where);
  }
  for (const [key, u] of Object.entries(spec.users ?? {})) {
    if (u?.supervisor !== undefined) add(u.supervisor, both(M.usedAsSupervisor, { user: key }));
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
  const entry = USER_ERRORS.USER_NOT_ON_PORTAL;
  const lines = (lang: Lang) =>
    errors
      .map((e) =>
        fmt(M.personLine, lang, {
          role: e.role,
          email: e.email,
          uses: e.usedBy.map((u) => u[lang]).join('; '),
        }),
      )
      .join('; ');
  // Only {people} is filled here (it differs per language); {host} and {why} come from `data`.
  const message = {} as Text;
  for (const lang of LANGS) message[lang] = fmt(entry.message, lang, { people: lines(lang) });
  return new CliError({
    code: 'USER_NOT_ON_PORTAL',
    exit: entry.exit,
    where: host,
    message,
    hint: unreadable !== undefined ? entry.hint : resolvedText(UNKNOWN_PERSON_HINT),
    data: { host, why: unreadable ?? '' },
  });
}

/** One warning line per person only named in manual items. */
export function unknownPersonWarning(p: UnknownPerson, host: string): Text {
  const uses: Text = { ru: p.usedBy.map((u) => u.ru).join('; '), en: p.usedBy.map((u) => u.en).join('; ') };
  return both(M.unknownPersonWarning, { host, person: personText(p), uses });
}
