import { describe, expect, it } from 'vitest';
import { createEmulator, freshPortalState, startSandboxServer } from '../../src/sandbox/index.js';

/**
 * docs/apply-concurrency.md: the sandbox runs the commands of one batch request in order and whole;
 * two requests in flight together interleave only between requests. (A real portal runs each request
 * in its own PHP process, so there the commands of two requests may interleave: the apply's rule keeps
 * requests that touch one object from ever being in flight together, so it needs neither.)
 */
describe('the sandbox with batch requests in flight together', () => {
  it('runs each request whole: the rows of each batch get consecutive ids', async () => {
    const em = createEmulator({ state: freshPortalState(), limits: false });
    const server = await startSandboxServer({ emulator: em, latencyMs: 20 });
    try {
      const batch = (tag: string) => {
        const cmd: Record<string, string> = {};
        for (let i = 0; i < 20; i++)
          cmd[`${tag}${i}`] =
            `crm.status.add?fields[ENTITY_ID]=SOURCE&fields[STATUS_ID]=${tag}${i}&fields[NAME]=${tag}${i}`;
        return fetch(`${server.url}batch`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ halt: 1, cmd }),
        }).then((r) => r.json() as Promise<{ result: { result: Record<string, number> } }>);
      };
      const answers = await Promise.all(['A', 'B', 'C'].map(batch));
      for (const a of answers) {
        const ids = Object.values(a.result.result).map(Number);
        expect(ids).toHaveLength(20);
        expect(ids).toEqual(ids.map((_, i) => (ids[0] as number) + i));
      }
      const rows = em.state.statuses.filter((s) => s.entityId === 'SOURCE' && /^[ABC]\d+$/.test(s.statusId));
      expect(rows).toHaveLength(60);
    } finally {
      await server.close();
    }
  });
});
