import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/core/errors.js';
import {
  unknownPeopleError,
  unknownPersonWarning,
  userProblems,
} from '../../src/resources/users/problems.js';
import type { Spec } from '../../src/spec/spec.generated.js';
import { PortalBuilder } from '../helpers/portal-state.js';

const spec: Spec = {
  version: 1,
  users: {
    admin: { email: 'ADMIN@example.com' },
    rop: { email: 'rop@example.com' },
    op: { email: 'op@example.com' },
  },
  departments: [{ name: 'Продажи', head: 'rop' }],
  open_lines: [{ name: 'Чат', queue: { users: ['admin', 'op'] }, kpi: { alert_to: ['rop'] } }],
  directions: [
    {
      key: 'b2b',
      name: 'B2B',
      stages: [
        {
          code: 'NEW',
          name: 'Новая',
          task: { title: 'Позвонить', responsible: 'rop', observers: ['deal.responsible.head'] },
        },
      ],
    },
  ],
};

describe('users by role', () => {
  it('errors only where a write needs the person (queue; a head with --allow-structure-changes); warnings elsewhere', () => {
    const state = new PortalBuilder().build();
    const plain = userProblems(spec, state, {});
    expect(plain.errors.map((e) => [e.role, e.email, e.usedBy.map((u) => u.en)])).toEqual([
      ['op', 'op@example.com', ['the queue of open line “Чат”']],
    ]);
    expect(plain.warnings.map((e) => [e.role, e.usedBy.map((u) => u.en)])).toEqual([
      ['rop', ['task “Позвонить”', 'KPI alerts of open line “Чат”', 'department “Продажи”']],
    ]);
    const structure = userProblems(spec, state, { allowStructureChanges: true });
    expect(structure.errors.map((e) => e.role)).toEqual(['op', 'rop']);
    expect(structure.warnings).toEqual([]);
  });

  it('matches e-mails case-insensitively and ignores the deal’s own people', () => {
    const state = new PortalBuilder().build();
    const s: Spec = { ...spec, open_lines: [{ name: 'Чат', queue: { users: ['admin'] } }] };
    const p = userProblems(s, state, {});
    expect(p.errors).toEqual([]);
    expect(p.warnings.map((w) => w.role)).toEqual(['rop']);
  });

  it('the apply error names the role, the e-mail and the portal, in both languages', () => {
    const state = new PortalBuilder().build();
    const e = unknownPeopleError(userProblems(spec, state, {}).errors, 'client.bitrix24.ru');
    expect(e).toBeInstanceOf(CliError);
    expect(e.code).toBe('USER_NOT_ON_PORTAL');
    expect(e.exitCode).toBe(1);
    expect(e.render('en')).toEqual({
      message:
        'portal client.bitrix24.ru has no user for people a write needs: role op, e-mail op@example.com — the queue of open line “Чат”',
      hint: 'Fix the e-mail in users, or invite the person to the portal, then run again.',
      where: 'client.bitrix24.ru',
    });
    expect(e.render('ru').message).toBe(
      'на портале client.bitrix24.ru не найдены сотрудники, без которых запись невозможна: роль op, e-mail op@example.com — очередь открытой линии «Чат»',
    );
    const unreadable = unknownPeopleError(userProblems(spec, state, {}).errors, 'x', 'insufficient_scope');
    expect(unreadable.render('en').hint).toContain('user (or user_basic) scope');
  });

  it('warns in both languages about people named only in manual items', () => {
    const state = new PortalBuilder().build();
    const [w] = userProblems(spec, state, {}).warnings;
    const t = unknownPersonWarning(w!, 'client.bitrix24.ru');
    expect(t.en).toBe(
      'Warning: portal client.bitrix24.ru has no user rop (rop@example.com); they are named in items set by hand (task “Позвонить”; KPI alerts of open line “Чат”; department “Продажи”).',
    );
    expect(t.ru).toMatch(/^Внимание: на портале client\.bitrix24\.ru нет сотрудника rop/);
  });
});
