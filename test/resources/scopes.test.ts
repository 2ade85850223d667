import { describe, expect, it } from 'vitest';
import { scopeOfMethod } from '../../src/portal/scopes.js';
import { stateReaders } from '../../src/resources/registry.js';
import { COMMAND_SCOPES, configScopes, requiredScopesOf } from '../../src/resources/scopes.js';

describe('the scopes a command needs come from the kinds it reads', () => {
  it('are the scopes of every method the registered kinds read with', () => {
    expect(configScopes()).toEqual(['crm', 'department', 'imopenlines', 'user']);
    for (const r of stateReaders)
      for (const c of r.calls({ languages: ['ru', 'en'] })) {
        const s = scopeOfMethod(c.method);
        if (s !== undefined) expect(requiredScopesOf('plan')).toContain(s);
      }
  });

  it('are the same for every configuration command; audit adds tasks and may lack telephony', () => {
    for (const c of ['export', 'plan', 'apply', 'restore'])
      expect(COMMAND_SCOPES[c]?.required).toEqual(configScopes());
    expect(COMMAND_SCOPES.audit).toEqual({
      required: ['crm', 'department', 'imopenlines', 'task', 'user'],
      optional: ['telephony'],
    });
    expect(requiredScopesOf('doctor')).toEqual([]);
    expect(requiredScopesOf(undefined)).toEqual([]);
  });
});
