import type { PortalDepartment } from './read.js';
import type { PortalState } from '../state.js';
import type { Department, Spec } from '../../spec/spec.generated.js';
import type { FieldDiff, ManualOf } from '../change.js';
import type { PlanContext } from '../context.js';
import type { KindDiff } from '../kind.js';
import { say, type PlanMessage, type PlanText } from '../plan-text.js';
import { unknownPeopleReason, UNKNOWN_PERSON_HINT } from '../users/problems.js';
import { DEPARTMENT_MESSAGES as M } from './messages.js';
import { positionItems } from './positions.js';
import type { DepartmentChange, DepartmentUpdate, ParentRef } from './types.js';

/**
 * Company structure: department.get / user.get to read, department.add / department.update
 * {ID, UF_HEAD, PARENT} to write (docs/bitrix24/company-structure.md#department-writes). The structure belongs to the whole company, not to
 * the sales department, so b24cfg writes it only with --allow-structure-changes; without the flag a
 * difference is an informational `!` item that also lands in the handover checklist. Supervisors are
 * read as Bitrix24 derives them: the head of the user's department, walking up through PARENT while
 * the head is the user themself. People are never moved between departments (that is user.update
 * on someone's profile); such differences are always items for a human.
 */
const STRUCTURE_REASON = say(M, 'structureReason');
const PEOPLE_REASON = say(M, 'peopleReason');
const SUPERVISOR_REASON = say(M, 'supervisorReason');

/** Bitrix24's own rule for "who is this user's supervisor" (docs/bitrix24/company-structure.md#supervisor-rule). */
export function supervisorOf(
  state: Pick<PortalState, 'users' | 'departments'>,
  userId: number,
): number | undefined {
  const user = state.users.find((u) => u.id === userId);
  if (!user) return undefined;
  const byId = new Map(state.departments.map((d) => [d.id, d]));
  for (const depId of user.departmentIds) {
    let d = byId.get(depId);
    const seen = new Set<number>();
    while (d && !seen.has(d.id)) {
      seen.add(d.id);
      if (d.headUserId !== null && d.headUserId !== userId) return d.headUserId;
      d = d.parentId === null ? undefined : byId.get(d.parentId);
    }
  }
  return undefined;
}

/** The spec's departments, and whether `users:` names departments or supervisors to check. */
export interface DesiredStructure {
  departments?: Department[];
  users: Spec['users'];
}

export function desiredStructure(spec: Spec): DesiredStructure {
  return { departments: spec.departments, users: spec.users };
}

export function diffDepartments(
  desired: DesiredStructure,
  _current: readonly PortalDepartment[],
  ctx: PlanContext,
): KindDiff<DepartmentChange> {
  const changes: DepartmentChange[] = [];
  const spec = desired;
  const managed = spec.departments;
  const auditUsers = Object.entries(spec.users ?? {}).some(
    ([, u]) => u?.supervisor !== undefined || u?.department !== undefined || u?.position !== undefined,
  );
  if (managed === undefined && !auditUsers) return { changes };
  const unreadable = ctx.state.unreadable.departments ?? ctx.state.unreadable.users;
  if (unreadable !== undefined) {
    changes.push(
      manual(
        'department:*',
        ['departments'],
        managed === undefined ? '/users' : '/departments',
        say(M, 'unreadable', { code: unreadable }),
        say(M, 'unreadableSummary'),
      ),
    );
    return { changes };
  }
  const person = (role: string) => {
    const u = spec.users?.[role];
    return u ? `${u.name ?? role} (${u.email})` : role;
  };
  changes.push(
    ...managedDepartments(spec, ctx, person),
    ...peopleItems(spec, ctx, person),
    ...positionItems(spec, ctx, person),
  );
  return { changes };
}

const portalByName = (ctx: PlanContext, name: string) => ctx.state.departments.find((d) => d.name === name);

/**
 * The portal department a spec department is: by name, and where the portal has that name under
 * several parents, the one under the spec's parent — else the first by id, the one export writes
 * (src/resources/departments/to-spec.ts).
 */
function portalOf(ctx: PlanContext, d: Department): PortalDepartment | undefined {
  const named = ctx.state.departments.filter((x) => x.name === d.name);
  if (named.length <= 1 || d.parent === undefined) return named[0];
  return named.find((x) => nameOf(ctx.state.departments, x.parentId) === d.parent) ?? named[0];
}

/** What deciding on one spec department needs besides the department itself. */
interface Scope {
  spec: DesiredStructure;
  ctx: PlanContext;
  person: (role: string) => string;
  /** --allow-structure-changes: write; otherwise every difference is an item for a human. */
  allow: boolean;
  root: PortalDepartment | undefined;
  /** Departments this plan creates, by name: a child of one refers to it by name. */
  creating: Set<string>;
}

/** One spec department with what it resolves to on the portal. */
interface Wanted {
  d: Department;
  pointer: string;
  headId: number | undefined;
  headMissing: boolean;
  parent: ParentRef | undefined;
  base: { id: string; kind: 'department'; key: string; path: string[]; specPointer: string };
}

/** Departments of the spec: created or updated with --allow-structure-changes, else items for a human. */
function managedDepartments(
  spec: DesiredStructure,
  ctx: PlanContext,
  person: (role: string) => string,
): DepartmentChange[] {
  const scope: Scope = {
    spec,
    ctx,
    person,
    allow: ctx.options.allowStructureChanges === true,
    root: ctx.state.departments.find((d) => d.parentId === null),
    creating: new Set<string>(),
  };
  return orderParentsFirst(spec.departments ?? []).flatMap(({ i, d }) => {
    const w = wanted(scope, d, `/departments/${i}`);
    const p = portalOf(ctx, d);
    return p ? departmentUpdate(scope, w, p) : newDepartment(scope, w);
  });
}

function wanted(scope: Scope, d: Department, pointer: string): Wanted {
  const { ctx, creating } = scope;
  const headId = d.head === undefined ? undefined : ctx.users.get(d.head);
  const parent: ParentRef | undefined =
    d.parent === undefined
      ? undefined
      : creating.has(d.parent)
        ? { newName: d.parent }
        : ((x) => (x ? { id: x.id } : undefined))(portalByName(ctx, d.parent));
  return {
    d,
    pointer,
    headId,
    headMissing: d.head !== undefined && headId === undefined,
    parent,
    base: {
      id: `department:${d.name}`,
      kind: 'department',
      key: d.name,
      path: [d.name],
      specPointer: pointer,
    },
  };
}

/** The reason a head the portal does not have blocks a write. */
function headMissingReason(scope: Scope, head: string): PlanText {
  const email = scope.spec.users?.[head]?.email ?? '?';
  return unknownPeopleReason([{ role: head, email }], scope.ctx.state.info.host);
}

/** A department the portal lacks: created (under its parent, or the root), refused, or an item for a human. */
function newDepartment(scope: Scope, w: Wanted): DepartmentChange[] {
  const { d, pointer, headId, headMissing, parent, base } = w;
  const where = d.parent ?? scope.root?.name ?? '—';
  const summary = d.head
    ? say(M, 'createWithHead', { name: d.name, parent: where, head: scope.person(d.head) })
    : say(M, 'create', { name: d.name, parent: where });
  if (!scope.allow) return [manual(`department:${d.name}`, [d.name], pointer, STRUCTURE_REASON, summary)];
  const parentRef = parent ?? (d.parent === undefined && scope.root ? { id: scope.root.id } : undefined);
  if (headMissing || parentRef === undefined) {
    return [
      {
        ...base,
        op: 'blocked',
        wanted: 'create',
        reason: headMissing
          ? headMissingReason(scope, d.head as string)
          : say(M, 'parentMissing', { parent: d.parent ?? '' }),
        hint: headMissing ? UNKNOWN_PERSON_HINT : say(M, 'parentMissingHint'),
      },
    ];
  }
  scope.creating.add(d.name);
  return [{ ...base, op: 'create', desired: { name: d.name, parent: parentRef, headId } }];
}

/** A department on the portal: its head and parent compared; written, refused, or items for a human. */
function departmentUpdate(scope: Scope, w: Wanted, p: PortalDepartment): DepartmentChange[] {
  const { ctx } = scope;
  const { d, pointer, headId, headMissing, parent, base } = w;
  const diffs: FieldDiff[] = [];
  const fields: Omit<DepartmentUpdate, 'name'> = {};
  if (d.head !== undefined && headId !== p.headUserId) {
    diffs.push({ field: 'UF_HEAD', before: p.headUserId, after: headId ?? d.head });
    fields.UF_HEAD = headId;
  }
  if (d.parent !== undefined && !(parent && 'id' in parent && parent.id === p.parentId)) {
    diffs.push({ field: 'PARENT', before: nameOf(ctx.state.departments, p.parentId), after: d.parent });
    fields.PARENT = parent;
  }
  if (diffs.length === 0) return [];
  if (!scope.allow) {
    const out: DepartmentChange[] = [];
    if (fields.UF_HEAD !== undefined || headMissing) {
      const now = userText(ctx, p.headUserId);
      const summary = say(M, 'setHead', { name: d.name, head: scope.person(d.head ?? ''), now });
      out.push(manual(`department:${d.name}#head`, [d.name], `${pointer}/head`, STRUCTURE_REASON, summary));
    }
    if (fields.PARENT !== undefined) {
      const summary = say(M, 'move', { name: d.name, parent: d.parent ?? '' });
      out.push(
        manual(`department:${d.name}#parent`, [d.name], `${pointer}/parent`, STRUCTURE_REASON, summary),
      );
    }
    return out;
  }
  if (
    headMissing ||
    (d.parent !== undefined && parent === undefined) ||
    (p.parentId === null && fields.PARENT !== undefined)
  ) {
    return [
      {
        ...base,
        op: 'blocked',
        wanted: 'update',
        diffs,
        reason: headMissing
          ? headMissingReason(scope, d.head as string)
          : p.parentId === null
            ? say(M, 'rootHasNoParent')
            : say(M, 'parentMissing', { parent: d.parent ?? '' }),
        hint: headMissing ? UNKNOWN_PERSON_HINT : say(M, 'fixParentHint'),
      },
    ];
  }
  return [{ ...base, op: 'update', portalId: p.id, diffs, desired: { name: d.name, ...fields } }];
}

/** People in departments and their supervisors: read and audited, set by a human. */
function peopleItems(
  spec: DesiredStructure,
  ctx: PlanContext,
  person: (role: string) => string,
): DepartmentChange[] {
  const changes: DepartmentChange[] = [];
  const managed = spec.departments;
  const allow = ctx.options.allowStructureChanges === true;
  const wantIn = new Map<string, { dept: string; pointer: string }>();
  (managed ?? []).forEach((d, i) =>
    (d.members ?? []).forEach((role, j) =>
      wantIn.set(`${role}\u0000${d.name}`, { dept: d.name, pointer: `/departments/${i}/members/${j}` }),
    ),
  );
  for (const [role, u] of Object.entries(spec.users ?? {})) {
    if (u?.department !== undefined && !wantIn.has(`${role}\u0000${u.department}`))
      wantIn.set(`${role}\u0000${u.department}`, {
        dept: u.department,
        pointer: `/users/${role}/department`,
      });
  }
  for (const [k, w] of wantIn) {
    const role = k.split('\u0000')[0] as string;
    const userId = ctx.users.get(role);
    if (userId === undefined) continue; // reported by the users pre-check
    const user = ctx.state.users.find((x) => x.id === userId);
    // Any department of that name will do: the spec cannot tell two of one name apart.
    if (ctx.state.departments.some((d) => d.name === w.dept && user?.departmentIds.includes(d.id))) continue;
    changes.push(
      manual(
        `department:${w.dept}#member:${role}`,
        [w.dept],
        w.pointer,
        PEOPLE_REASON,
        say(M, 'addMember', { person: person(role), name: w.dept }),
      ),
    );
  }
  for (const [role, u] of Object.entries(spec.users ?? {})) {
    if (u?.supervisor === undefined) continue;
    const userId = ctx.users.get(role);
    const want = ctx.users.get(u.supervisor);
    if (userId === undefined || want === undefined) continue;
    const actual = supervisorOf(ctx.state, userId);
    if (actual === want) continue;
    const portalDept = ctx.state.departments.find((d) =>
      ctx.state.users.find((x) => x.id === userId)?.departmentIds.includes(d.id),
    )?.name;
    // A head this plan writes (with the flag) settles it; otherwise a human decides.
    const target = u.department ?? portalDept;
    if (
      allow &&
      target !== undefined &&
      (managed ?? []).some((d) => d.name === target && d.head === u.supervisor)
    )
      continue;
    changes.push(
      manual(
        `user:${role}#supervisor`,
        [portalDept ?? role],
        `/users/${role}/supervisor`,
        SUPERVISOR_REASON,
        say(M, portalDept ? 'supervisorIn' : 'supervisor', {
          person: person(role),
          actual: userText(ctx, actual ?? null),
          wanted: person(u.supervisor),
          dept: portalDept,
        }),
      ),
    );
  }
  return changes;
}

function manual(
  key: string,
  path: string[],
  pointer: string,
  reason: PlanText,
  summary: PlanText,
): ManualOf<'department'> {
  return {
    id: `manual:${key}`,
    kind: 'department',
    key,
    path,
    specPointer: pointer,
    op: 'manual',
    reason,
    summary,
  };
}

function nameOf(deps: readonly PortalDepartment[], id: number | null): string | null {
  return id === null ? null : (deps.find((d) => d.id === id)?.name ?? `#${id}`);
}

function userText(ctx: PlanContext, id: number | null): string | PlanMessage {
  if (id === null) return say(M, 'nobody');
  const u = ctx.state.users.find((x) => x.id === id);
  if (!u) return `#${id}`;
  const name = [u.name, u.lastName].filter(Boolean).join(' ');
  return name ? `${name} (${u.email})` : u.email || `#${id}`;
}

/** Departments whose parent is also in the spec come after that parent (creates reference it). */
function orderParentsFirst(list: readonly Department[]): Array<{ d: Department; i: number }> {
  const names = new Set(list.map((d) => d.name));
  const out: Array<{ d: Department; i: number }> = [];
  const placed = new Set<string>();
  let rest = list.map((d, i) => ({ d, i }));
  while (rest.length > 0) {
    const ready = rest.filter(
      (x) => x.d.parent === undefined || !names.has(x.d.parent) || placed.has(x.d.parent),
    );
    // A cycle (a → b → a) cannot be ordered: keep spec order for what is left.
    const take = ready.length > 0 ? ready : rest;
    for (const x of take) {
      out.push(x);
      placed.add(x.d.name);
    }
    rest = rest.filter((x) => !take.includes(x));
  }
  return out;
}
