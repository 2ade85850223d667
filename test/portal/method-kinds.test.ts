import { describe, expect, it } from 'vitest';
import { isRepeatable, listQuirksOf, listRows } from '../../src/portal/method-kinds.js';
import { missingScopes as missingOf, scopeOfMethod } from '../../src/portal/scopes.js';
import { COMMAND_SCOPES } from '../../src/resources/scopes.js';

const missingScopes = (granted: readonly string[]) => missingOf(granted, COMMAND_SCOPES);

describe('isRepeatable', () => {
  it.each([
    ['crm.category.list', true],
    ['crm.status.get', true],
    ['crm.deal.fields', true],
    ['crm.userfield.types', true],
    ['imopenlines.config.list.get', true],
    ['crm.documentgenerator.template.getfields', true],
    ['scope', true],
    ['profile', true],
    ['server.time', true],
    ['app.info', true],
    ['method.get', true],
    ['user.admin', true],
    ['crm.settings.mode.get', true],
    ['crm.status.add', false],
    ['crm.category.update', false],
    ['crm.deal.userfield.delete', false],
    ['imopenlines.config.add', false],
    ['batch', false],
    ['crm.automation.trigger', false],
  ])('%s → %s', (method, repeatable) => {
    expect(isRepeatable(method)).toBe(repeatable);
  });
});

describe('listQuirksOf', () => {
  it.each([
    ['crm.deal.list', 'cursor', 'ID', 'ID', undefined],
    ['crm.item.list', 'cursor', 'id', 'id', 'items'],
    ['tasks.task.list', 'cursor', 'ID', 'id', 'tasks'],
    ['crm.status.list', 'whole', 'ID', 'ID', undefined],
    ['crm.contact.userfield.list', 'whole', 'ID', 'ID', undefined],
    ['crm.category.list', 'offset', 'ID', 'ID', 'categories'],
    ['crm.documentgenerator.template.list', 'offset', 'ID', 'ID', 'templates'],
  ])('%s pages by %s on %s/%s in %s', (method, paging, idKey, rowIdKey, itemsKey) => {
    const q = listQuirksOf(method);
    expect([q.paging, q.idKey, q.rowIdKey, q.itemsKey]).toEqual([paging, idKey, rowIdKey, itemsKey]);
  });

  it('listRows reads arrays, items keys, objects keyed by id and [] maps', () => {
    expect(listRows([{ ID: 1 }], undefined)).toEqual([{ ID: 1 }]);
    expect(listRows({ items: [{ id: 1 }] }, 'items')).toEqual([{ id: 1 }]);
    expect(listRows({ templates: { '3': { id: 3 } } }, 'templates')).toEqual([{ id: 3 }]);
    expect(listRows({ templates: [] }, 'templates')).toEqual([]);
    expect(listRows('x', undefined)).toBeUndefined();
    expect(listRows([1, 2], undefined)).toBeUndefined();
  });
});

describe('scopes', () => {
  it('names the commands a missing scope blocks or degrades', () => {
    const gaps = missingScopes(['crm', 'user', 'department', 'task']);
    expect(gaps).toEqual([
      { scope: 'imopenlines', blocks: ['export', 'plan', 'apply', 'restore', 'audit'], degrades: [] },
      { scope: 'telephony', blocks: [], degrades: ['audit'] },
    ]);
  });
  it('accepts equivalent scopes (user_basic for user, tasks for task)', () => {
    expect(missingScopes(['crm', 'imopenlines', 'user_basic', 'department', 'tasks', 'telephony'])).toEqual(
      [],
    );
  });
  it('does not take humanresources for department: department.* answers insufficient_scope without department', () => {
    const gaps = missingScopes(['crm', 'imopenlines', 'user', 'humanresources', 'task', 'telephony']);
    expect(gaps).toEqual([
      { scope: 'department', blocks: ['export', 'plan', 'apply', 'restore', 'audit'], degrades: [] },
    ]);
  });
  it.each([
    ['imopenlines.config.add', 'imopenlines'],
    ['crm.status.add', 'crm'],
    ['tasks.task.list', 'task'],
    ['voximplant.statistic.get', 'telephony'],
    ['user.get', 'user'],
    ['user.admin', undefined],
    ['scope', undefined],
  ])('%s needs %s', (method, scope) => {
    expect(scopeOfMethod(method)).toBe(scope);
  });
});
