import { describe, expect, it } from 'vitest';
import { errorOf } from '../../src/core/errors.js';
import { EXIT } from '../../src/core/exit-codes.js';
import { registerSecretsIn } from '../../src/core/redact.js';
import { portalErrorOf } from '../../src/fleet/failure.js';
import { FLEET_ERRORS } from '../../src/fleet/messages.js';
import { B24Error, type B24ErrorCategory } from '../../src/portal/errors.js';

describe("a portal's failure in a fleet result", () => {
  it.each<[B24ErrorCategory, string]>([
    ['auth', 'auth'],
    ['scope', 'auth'],
    ['licence', 'auth'],
    ['method_not_found', 'not-a-portal'],
    ['malformed_response', 'not-a-portal'],
    ['not_rest_endpoint', 'not-a-portal'],
    ['network', 'network'],
    ['timeout', 'network'],
    ['rate_limit', 'limits'],
    ['operation_limit', 'limits'],
    // --deadline ran out on this portal: its time budget, as the limits are.
    ['deadline', 'limits'],
    ['server', 'portal'],
  ])('%s → %s, with the exit code the command alone would have', (category, reason) => {
    const e = new B24Error({ category, method: 'server.time', host: 'acme.bitrix24.ru' });
    const { error, exitCode } = portalErrorOf(e, 'en');
    expect(error).toMatchObject({ code: e.code, reason, where: 'acme.bitrix24.ru ▸ server.time' });
    expect(exitCode).toBe(e.exitCode);
  });

  it('a portal stopped by --deadline exits 6, ranked with the limits (README.md#many-portals)', () => {
    const e = new B24Error({ category: 'deadline', method: 'batch', host: 'acme.bitrix24.ru' });
    expect(portalErrorOf(e, 'en').exitCode).toBe(EXIT.budget);
  });

  it('a fleet error keeps its code and place; anything else is internal, with no stack and no secret', () => {
    const spec = errorOf(FLEET_ERRORS, 'FLEET_NO_SPEC', {
      where: 'fleet.yaml:3:5',
      data: { name: 'acme', file: 'fleet.yaml' },
    });
    expect(portalErrorOf(spec, 'en').error).toMatchObject({ code: 'FLEET_NO_SPEC', reason: 'spec' });
    // The secrets of the portals a fleet resolves are known (src/core/redact.ts); one must not come back out.
    const url = 'https://x.example.bitrix24.ru/rest/1/abcdefgh12345678/';
    registerSecretsIn(url);
    const odd = portalErrorOf(new Error(`boom at ${url}`), 'en');
    expect(odd.error).toMatchObject({ code: 'INTERNAL', reason: 'internal' });
    expect(JSON.stringify(odd)).not.toContain('abcdefgh12345678');
    expect(JSON.stringify(odd)).not.toContain('    at ');
  });
});
