import { text } from '../core/i18n.js';
import { count, defineStandard, samples, th } from './define.js';
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

/**
 * SD-06: every responsible has a supervisor: a department head above them
 * (docs/bitrix24/company-structure.md#supervisor-rule).
 */
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
      min_share: th(
        0.95,
        'доля сделок и лидов, у ответственного которых есть руководитель',
        'share of deals and leads whose responsible has a supervisor',
      ),
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
      const spec = k.spec;
      const alone = new Set(unsupervisedRoles(spec));
      const f = k.items({
        part: 'spec',
        items: Object.keys(spec.users ?? {}).sort(),
        ok: (r) => !alone.has(r),
        pass: 'specSupervised',
        partial: 'specUnsupervised',
        empty: 'specNoUsers',
        what: text('ролей', 'roles'),
        read: ['spec: /users', 'spec: /departments'],
        pointer: (r) => `/users/${r}`,
        data: { roles: [...alone].join(', ') },
      });
      if (f) out.push(f);
    }
    if (!k.state) return out;
    const err = k.unreadable('departments') ?? k.unreadable('users');
    if (err) return [...out, err];
    const state = k.state;
    const alone = usersWithoutSupervisor(state);
    const sampleUsers = (perUser?: Record<string, number>) =>
      samples(
        text('Сотрудники без руководителя', 'Users without a supervisor'),
        alone.map((id) => ({
          id,
          label: userName(state, id),
          url: portalLink(k.ctx, 'user', id),
          note: perUser ? text(`сделок: ${perUser[id] ?? 0}`, `deals: ${perUser[id] ?? 0}`) : undefined,
        })),
      );
    if (!k.missingData(['supervision']) && k.data) {
      const c = k.data.counts;
      const total = (c.dealsTotal ?? 0) + (c.leadsTotal ?? 0);
      const bad = (c.unsupervisedDeals ?? 0) + (c.unsupervisedLeads ?? 0);
      const f = k.measure({
        part: 'data',
        good: total - bad,
        total,
        min: k.threshold('min_share'),
        pass: 'dataSupervised',
        partial: 'dataUnsupervised',
        what: text('сделок и лидов', 'deals and leads'),
        data: { users: alone.length },
        read: ['department.get', 'user.get', 'crm.item.list {assignedById: […]} total'],
        counts: [
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
        samples: sampleUsers(k.data.unsupervisedDeals),
      });
      if (f.status !== 'not-applicable') return [...out, f];
    }
    // Without data: every active user but the heads of top-level departments (the company's top) needs one.
    const tops = new Set(
      state.departments.filter((d) => d.parentId === null && d.headUserId !== null).map((d) => d.headUserId),
    );
    const bad = new Set(alone);
    const f = k.items({
      part: 'config',
      items: state.users.filter((u) => u.active && !tops.has(u.id)),
      ok: (u) => !bad.has(u.id),
      pass: 'portalSupervised',
      partial: 'portalUnsupervised',
      what: text('сотрудников', 'users'),
      read: ['department.get', 'user.get'],
      sample: (u) => ({ id: u.id, label: userName(state, u.id), url: portalLink(k.ctx, 'user', u.id) }),
      sampleTitle: text('Сотрудники без руководителя', 'Users without a supervisor'),
    });
    return f ? [...out, f] : out;
  },
);
