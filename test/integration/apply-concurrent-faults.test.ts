import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createEmulator, createVirtualClock, freshPortalState } from '../../src/sandbox/index.js';
import { generateSpecYaml, LARGE } from '../../bench/sizes.js';
import { cliIn, duplicates, portalRef } from '../reliability/helpers/harness.js';

vi.mock('../../src/portal/open-portal.js', async (importOriginal) =>
  (await import('../reliability/helpers/route-open-portal.js')).routedOpenPortal(await importOriginal()),
);

/**
 * The fault suite's promise (seeded faults, each run finished by `apply --resume last`) on the bench's
 * large spec, whose requests go several at a time (docs/apply-concurrency.md): faults land on requests
 * in flight together, and the portal still ends as the spec says, with nothing made twice.
 */
describe('apply with requests in flight together, under seeded faults', () => {
  it.each([
    { seed: 1, rate: 0.1 },
    { seed: 2, rate: 0.1 },
    { seed: 3, rate: 0.3 },
    { seed: 4, rate: 0.3 },
  ])(
    'seed $seed, $rate of the requests faulted: converges with --resume, no duplicates',
    async ({ seed, rate }) => {
      const clock = createVirtualClock();
      const em = createEmulator({ state: freshPortalState(), clock, faults: { rate, seed } });
      const portal = portalRef('concurrent-faults', em, clock);
      const dir = mkdtempSync(join(tmpdir(), 'b24cfg-concurrent-faults-'));
      const spec = join(dir, 'b24cfg.yaml');
      writeFileSync(spec, generateSpecYaml(LARGE));
      const run = cliIn(dir, clock);
      const exits: number[] = [];
      try {
        for (let round = 1; round <= 15 && exits.at(-1) !== 0; round++) {
          const resume = existsSync(join(dir, '.b24cfg', 'journal')) ? ['--resume', 'last'] : [];
          const r = await run(['apply', spec, '--portal', portal.ref, '--yes', ...resume]);
          exits.push(r.code);
          expect([0, 1, 4, 6], r.stderr).toContain(r.code);
        }
        expect(exits.at(-1), `exits ${exits.join(',')}`).toBe(0);
        expect(duplicates(em.state)).toEqual([]);
        // The same portal without faults: nothing left to change.
        const clean = portalRef('concurrent-clean', createEmulator({ state: em.state, clock }), clock);
        const again = await run(['plan', spec, '--portal', clean.ref, '--detailed-exitcode']);
        clean.drop();
        expect(again.code, again.stdout).toBe(0);
      } finally {
        portal.drop();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
