import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/core/exit-codes.js';
import { cli } from '../helpers/run-cli.js';
import { tmpTree } from '../spec/helpers.js';

/**
 * Issue 15 item 12: reads that kept failing on the network exited 1, the code of a validation error, so
 * a CI job that retries on 4 or 6 did not retry. A portal that stays unreachable after the retries now
 * exits 6 (resumable) from every networked command, doctor included, and says it will retry while it waits.
 */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('a portal that stays unreachable', () => {
  it('plan, audit and doctor exit 6 after their retries, naming the host and what to do', async () => {
    const dir = await tmpTree({ 'spec.yaml': 'version: 1\nclient: Недоступный портал\n' });
    const portal = `http://127.0.0.1:${await closedPort()}/rest/1/refusedSecret01/`;
    const runs = await Promise.all(
      [['plan', 'spec.yaml'], ['audit'], ['doctor']].map((args) =>
        cli([...args, '--portal', portal, '--lang', 'en'], { cwd: dir }),
      ),
    );
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(EXIT.budget);
      const all = `${r.stdout}${r.stderr}`;
      expect(all).toContain('refused the connection (ECONNREFUSED)');
      expect(all).toContain('then run the command again');
      expect(all).toContain('trying again in 2 s');
      expect(all).not.toContain("portal's request limit");
      expect(all).not.toContain('refusedSecret01');
    }
  }, 60_000);
});
