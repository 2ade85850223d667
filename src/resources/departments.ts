import { text, type Text } from '../core/i18n.js';
import type { Change, FieldDiff, ManualChange } from '../plan/types.js';
import type { PortalDepartment, PortalState } from '../portal/state-types.js';
import type { Department } from '../spec/spec.generated.js';
import type { PlanContext } from './context.js';
import { unknownPeopleReason, UNKNOWN_PERSON_HINT } from './users.js';

/**
 * Company structure: department.get / user.get to read, department.add / department.update
 * {ID, UF_HEAD, PARENT} to write (rest-map §9). The structure belongs to the whole company, not to
 * the sales department, so b24cfg writes it only with --allow-structure-changes; without the flag a
 * difference is an informational `!` item that also lands in the handover checklist. Supervisors are
 * read as Bitrix24 derives them: the head of the user's department, walking up through PARENT while
 * the head is the user themself. People are never moved between departments (that is user.update
 * on someone's profile); such differences are always items for a human.
 */
export type ParentRef = { id: number } | { newName: string };

const STRUCTURE_REASON = text(
  'структура компании меняется только с флагом --allow-structure-changes (или вручную)',
  'the company structure changes only with --allow-structure-changes (or by hand)',
);
const PEOPLE_REASON = text(
  'b24cfg не переводит сотрудников между отделами — это делается в структуре компании',
  'b24cfg does not move people between departments: that is done in the company structure',
);
const SUPERVISOR_REASON = text(
  'руководитель сотрудника в Bitrix24 — это руководитель его отдела',
  'in Bitrix24 a person’s supervisor is the head of their department',
);

/** Bitrix24's own rule for "who is this user's supervisor" (rest-map §9). */
export function supervisorOf(state: PortalState, userId: number): number | undefined {
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

export function diffDepartments(ctx: PlanContext): { changes: Change[] } {
  const changes: Change[] = [];
  const spec = ctx.spec;
  const managed = spec.departments;
  const auditUsers = Object.entries(spec.users ?? {}).some(
    ([, u]) => u?.supervisor !== undefined || u?.department !== undefined,
  );
  if (managed === undefined && !auditUsers) return { changes };
  const unreadable = ctx.state.unreadable.departments ?? ctx.state.unreadable.users;
  if (unreadable !== undefined) {
    changes.push(
      manual(
        'department:*',
        ['departments'],
        managed === undefined ? '/users' : '/departments',
        text(
          `структура компании не читается этим вебхуком (${unreadable})`,
          `this webhook cannot read the company structure (${unreadable})`,
        ),
        text(
          'проверьте руководителей и состав отделов вручную',
          'check department heads and members by hand',
        ),
      ),
    );
    return { changes };
  }
  const allow = ctx.options.allowStructureChanges === true;
  const portalByName = (name: string) => ctx.state.departments.find((d) => d.name === name);
  const root = ctx.state.departments.find((d) => d.parentId === null);
  const person = (role: string) => {
    const u = spec.users?.[role];
    return u ? `${u.name ?? role} (${u.email})` : role;
  };
  const creating = new Set<string>();

  for (const [i, d] of orderParentsFirst(managed ?? []).map((x) => [x.i, x.d] as const)) {
    const pointer = `/departments/${i}`;
    const p = portalByName(d.name);
    const headId = d.head === undefined ? undefined : ctx.users.get(d.head);
    const headMissing = d.head !== undefined && headId === undefined;
    const parent: ParentRef | undefined =
      d.parent === undefined
        ? undefined
        : creating.has(d.parent)
          ? { newName: d.parent }
          : ((x) => (x ? { id: x.id } : undefined))(portalByName(d.parent));
    const base = {
      id: `department:${d.name}`,
      kind: 'department' as const,
      key: d.name,
      path: [d.name],
      specPointer: pointer,
    };
    if (!p) {
      const where = d.parent ?? root?.name ?? '—';
      const summary = text(
        `создать отдел «${d.name}» в «${where}»${d.head ? `, руководитель — ${person(d.head)}` : ''}`,
        `create department “${d.name}” under “${where}”${d.head ? `, head: ${person(d.head)}` : ''}`,
      );
      if (!allow) {
        changes.push(manual(`department:${d.name}`, [d.name], pointer, STRUCTURE_REASON, summary));
        continue;
      }
      const parentRef = parent ?? (d.parent === undefined && root ? { id: root.id } : undefined);
      if (headMissing || parentRef === undefined) {
        changes.push({
          ...base,
          op: 'blocked',
          wanted: 'create',
          reason: headMissing
            ? unknownPeopleReason(
                [{ role: d.head as string, email: spec.users?.[d.head as string]?.email ?? '?' }],
                ctx.state.info.host,
              )
            : text(
                `родительского отдела «${d.parent ?? ''}» нет на портале`,
                `parent department “${d.parent ?? ''}” is not on the portal`,
              ),
          hint: headMissing
            ? UNKNOWN_PERSON_HINT
            : text(
                'Опишите его в departments или создайте в Bitrix24.',
                'Describe it in departments or create it in Bitrix24.',
              ),
        });
        continue;
      }
      creating.add(d.name);
      changes.push({ ...base, op: 'create', desired: { name: d.name, parent: parentRef, headId } });
      continue;
    }
    const diffs: FieldDiff[] = [];
    const fields: Record<string, unknown> = {};
    if (d.head !== undefined && headId !== p.headUserId) {
      diffs.push({ field: 'UF_HEAD', before: p.headUserId, after: headId ?? d.head });
      fields.UF_HEAD = headId;
    }
    if (d.parent !== undefined && !(parent && 'id' in parent && parent.id === p.parentId)) {
      diffs.push({ field: 'PARENT', before: nameOf(ctx.state.departments, p.parentId), after: d.parent });
      fields.PARENT = parent;
    }
    if (diffs.length === 0) continue;
    if (!allow) {
      if (fields.UF_HEAD !== undefined || headMissing)
        changes.push(
          manual(
            `department:${d.name}#head`,
            [d.name],
            `${pointer}/head`,
            STRUCTURE_REASON,
            text(
              `назначить руководителем отдела «${d.name}»: ${person(d.head as string)} (сейчас: ${userText(ctx, p.headUserId, 'ru')})`,
              `make ${person(d.head as string)} head of department “${d.name}” (now: ${userText(ctx, p.headUserId, 'en')})`,
            ),
          ),
        );
      if (fields.PARENT !== undefined)
        changes.push(
          manual(
            `department:${d.name}#parent`,
            [d.name],
            `${pointer}/parent`,
            STRUCTURE_REASON,
            text(
              `перенести отдел «${d.name}» в «${d.parent ?? ''}»`,
              `move department “${d.name}” under “${d.parent ?? ''}”`,
            ),
          ),
        );
      continue;
    }
    if (
      headMissing ||
      (d.parent !== undefined && parent === undefined) ||
      (p.parentId === null && fields.PARENT !== undefined)
    ) {
      changes.push({
        ...base,
        op: 'blocked',
        wanted: 'update',
        diffs,
        reason: headMissing
          ? unknownPeopleReason(
              [{ role: d.head as string, email: spec.users?.[d.head as string]?.email ?? '?' }],
              ctx.state.info.host,
            )
          : p.parentId === null
            ? text(
                'у корневого отдела компании не бывает родителя',
                'the company’s root department cannot have a parent',
              )
            : text(
                `родительского отдела «${d.parent ?? ''}» нет на портале`,
                `parent department “${d.parent ?? ''}” is not on the portal`,
              ),
        hint: headMissing
          ? UNKNOWN_PERSON_HINT
          : text('Исправьте parent в departments.', 'Fix parent in departments.'),
      });
      continue;
    }
    changes.push({ ...base, op: 'update', portalId: p.id, diffs, desired: { name: d.name, ...fields } });
  }

  // People in departments and their supervisors: read and audited, set by a human.
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
    const dep = portalByName(w.dept);
    const user = ctx.state.users.find((x) => x.id === userId);
    if (dep && user?.departmentIds.includes(dep.id)) continue;
    changes.push(
      manual(
        `department:${w.dept}#member:${role}`,
        [w.dept],
        w.pointer,
        PEOPLE_REASON,
        text(`добавить ${person(role)} в отдел «${w.dept}»`, `add ${person(role)} to department “${w.dept}”`),
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
        text(
          `руководитель ${person(role)} на портале — ${userText(ctx, actual ?? null, 'ru')}, по спецификации — ${person(u.supervisor)}${portalDept ? ` (сейчас сотрудник в отделе «${portalDept}»)` : ''}`,
          `on the portal ${person(role)} reports to ${userText(ctx, actual ?? null, 'en')}, the spec says ${person(u.supervisor)}${portalDept ? ` (the person is in department “${portalDept}” now)` : ''}`,
        ),
      ),
    );
  }
  return { changes };
}

function manual(key: string, path: string[], pointer: string, reason: Text, summary: Text): ManualChange {
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

function userText(ctx: PlanContext, id: number | null, lang: 'ru' | 'en'): string {
  if (id === null) return lang === 'ru' ? 'никто' : 'nobody';
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
