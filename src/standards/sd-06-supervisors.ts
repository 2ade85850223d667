import { count, defineStandard, evidence, samples } from './define.js';
import { portalLink, usersWithoutSupervisor, userName } from './helpers/portal.js';
import type { Spec } from '../spec/spec.generated.js';
import type { Finding } from './types.js';

/** Roles of the spec that are no department's head and have nobody named above them. */
function unsupervisedRoles(spec: Spec): string[] {
  const depts = spec.departments ?? [];
  const heads = new Set(depts.flatMap((d) => (d.head ? [d.head] : [])));
  return Object.entries(spec.users ?? {})
    .filter(([role, u]) => {
      if (!u || heads.has(role) || u.supervisor) return false;
      const mine = depts.filter((d) => d.name === u.department || (d.members ?? []).includes(role));
      return !mine.some((d) => d.head !== undefined && d.head !== role);
    })
    .map(([role]) => role)
    .sort();
}

/** SD-06: every responsible has a supervisor: a department head above them (rest-map §9). */
export const sd06 = defineStandard(
  {
    id: 'SD-06',
    slug: 'supervisors',
    title: { ru: 'У каждого ответственного есть руководитель', en: 'Every responsible has a supervisor' },
    rationale: {
      ru: 'Руководитель следит за сроками задач и за правильностью работы на каждом этапе. Если над менеджером в структуре компании никого нет, его просрочки и зависшие сделки никто не увидит.',
      en: 'A supervisor watches task deadlines and how each stage is worked. When nobody is above a manager in the company structure, their overdue tasks and stuck deals go unseen.',
    },
    how: {
      ru: 'Спецификация: у каждой роли из users есть supervisor или отдел с другим руководителем. Портал: для каждого пользователя берётся руководитель его отдела, а если он сам руководитель — выше по PARENT. Данные: доля сделок и лидов, у ответственного которых руководитель есть.',
      en: 'Spec: every role in users has a supervisor or a department with another head. Portal: each user’s department head, or, for a head, the next head up through PARENT. Data: the share of deals and leads whose responsible has a supervisor.',
    },
    remediation: {
      ru: 'Назначьте руководителей отделов в структуре компании (Сотрудники → Структура компании) так, чтобы над каждым менеджером был руководитель.',
      en: 'Set department heads in the company structure (Employees → Company structure) so that every manager has a head above them.',
    },
    category: 'control',
    weight: 2,
    classes: ['C'],
    thresholds: {
      min_share: {
        default: 0.95,
        description: {
          ru: 'доля сделок и лидов, у ответственного которых есть руководитель',
          en: 'share of deals and leads whose responsible has a supervisor',
        },
      },
    },
    messages: {
      specSupervised: {
        ru: 'У всех ролей спецификации есть руководитель.',
        en: 'Every role in the spec has a supervisor.',
      },
      specUnsupervised: { ru: 'Роли без руководителя: {roles}.', en: 'Roles without a supervisor: {roles}.' },
      specNoUsers: {
        ru: 'В спецификации нет пользователей (users) и отделов.',
        en: 'The spec names no users and no departments.',
      },
      portalSupervised: {
        ru: 'У всех активных сотрудников, кроме главы компании, есть руководитель.',
        en: 'Every active user except the head of the company has a supervisor.',
      },
      portalUnsupervised: {
        ru: 'Сотрудников без руководителя: {bad} из {total}.',
        en: '{bad} of {total} users have no supervisor.',
      },
      dataSupervised: {
        ru: 'Сделок и лидов с руководителем у ответственного: {share} ({good} из {total}).',
        en: 'Deals and leads whose responsible has a supervisor: {share} ({good} of {total}).',
      },
      dataUnsupervised: {
        ru: 'Сделок и лидов с руководителем у ответственного {share} ({good} из {total}), нужно {target}; без руководителя сотрудников: {users}.',
        en: 'Deals and leads whose responsible has a supervisor: {share} ({good} of {total}), {target} needed; users without one: {users}.',
      },
    },
  },
  (k) => {
    const out: Finding[] = [];
    if (k.spec) {
      const roles = Object.keys(k.spec.users ?? {});
      const bad = unsupervisedRoles(k.spec);
      const ev = evidence(
        ['spec: /users', 'spec: /departments'],
        [count('roles', 'ролей', 'roles', roles.length)],
      );
      out.push(
        roles.length === 0
          ? k.finding('spec', 'fail', 'specNoUsers', {}, ev, { specPointers: [''] })
          : k.share(
              'spec',
              roles.length - bad.length,
              roles.length,
              1,
              { pass: 'specSupervised', partial: 'specUnsupervised' },
              { roles: bad.join(', ') },
              ev,
              { ru: 'ролей', en: 'roles' },
              { specPointers: bad.map((r) => `/users/${r}`) },
            ),
      );
    }
    if (!k.state) return out;
    const err = k.unreadable('departments') ?? k.unreadable('users');
    if (err) return [...out, err];
    const state = k.state;
    const alone = usersWithoutSupervisor(state);
    const userSamples = (perUser?: Record<string, number>) =>
      samples(
        { ru: 'Сотрудники без руководителя', en: 'Users without a supervisor' },
        alone.map((id) => ({
          id,
          label: userName(state, id),
          url: portalLink(k.ctx, 'user', id),
          note: perUser ? { ru: `сделок: ${perUser[id] ?? 0}`, en: `deals: ${perUser[id] ?? 0}` } : undefined,
        })),
      );
    const missing = k.missingData(['supervision']);
    if (!missing && k.data) {
      const c = k.data.counts;
      const total = (c.dealsTotal ?? 0) + (c.leadsTotal ?? 0);
      const bad = (c.unsupervisedDeals ?? 0) + (c.unsupervisedLeads ?? 0);
      const ev = evidence(
        ['department.get', 'user.get', 'crm.item.list {assignedById: …} total'],
        [
          count('deals', 'сделок', 'deals', c.dealsTotal ?? 0),
          count(
            'dealsWithoutSupervisor',
            'сделок без руководителя у ответственного',
            'deals whose responsible has no supervisor',
            c.unsupervisedDeals ?? 0,
          ),
          count('leads', 'лидов', 'leads', c.leadsTotal ?? 0),
          count(
            'leadsWithoutSupervisor',
            'лидов без руководителя у ответственного',
            'leads whose responsible has no supervisor',
            c.unsupervisedLeads ?? 0,
          ),
          count(
            'usersWithoutSupervisor',
            'сотрудников без руководителя',
            'users without a supervisor',
            alone.length,
          ),
        ],
        { samples: userSamples(k.data.unsupervisedDeals) },
      );
      const f = k.share(
        'data',
        total - bad,
        total,
        k.threshold('min_share'),
        { pass: 'dataSupervised', partial: 'dataUnsupervised' },
        { users: alone.length },
        ev,
        { ru: 'сделок и лидов', en: 'deals and leads' },
      );
      if (f.status !== 'not-applicable') return [...out, f];
    }
    // Without data: every active user but the heads of top-level departments (the company's top) needs one.
    const tops = new Set(
      state.departments
        .filter((d) => d.parentId === null)
        .flatMap((d) => (d.headUserId === null ? [] : [d.headUserId])),
    );
    const active = state.users.filter((u) => u.active && !tops.has(u.id));
    const bad = alone.filter((id) => !tops.has(id));
    const ev = evidence(
      ['department.get', 'user.get'],
      [count('users', 'активных сотрудников', 'active users', active.length)],
      { samples: userSamples() },
    );
    out.push(
      k.share(
        'config',
        active.length - bad.length,
        active.length,
        1,
        { pass: 'portalSupervised', partial: 'portalUnsupervised' },
        { bad: bad.length },
        ev,
        { ru: 'сотрудников', en: 'users' },
      ),
    );
    return out;
  },
);
