import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { executePlan } from '../../src/apply/execute-plan.js';
import { planAgainstPortal, type SpecInput } from '../../src/plan/against-portal.js';
import { createTransport } from '../../src/portal/transport.js';
import { WireFailure, type Wire } from '../../src/portal/wire.js';
import type { Spec } from '../../src/spec/spec.generated.js';
import { openSandboxWire } from '../../src/portal/sandbox-adapter.js';

const SPEC: Spec = {
  version: 1,
  directions: [
    {
      key: 'b2b',
      name: 'B2B',
      stages: [
        { code: 'NEW', name: 'Новая' },
        { code: 'OFFER', name: 'КП' },
      ],
    },
  ],
};

/** Reads work until `breakAfterWrites` write requests went through; then every read fails. */
async function flakyAfterWrites(): Promise<Wire> {
  const inner = await openSandboxWire();
  let wrote = false;
  return {
    ...inner,
    host: inner.host,
    kind: inner.kind,
    paced: false,
    async send(method, params, opts) {
      const isWrite = method === 'batch' && JSON.stringify(params).includes('crm.category.add');
      if (wrote && method === 'batch') throw new WireFailure('network', false, 'portal unreachable');
      const r = await inner.send(method, params, opts);
      if (isWrite) wrote = true;
      return r;
    },
  };
}

// RELIABILITY.md#the-promises-and-their-tests
describe('apply whose read-back fails after every write landed', () => {
  it('reports the run as not verified, keeps the bindings and the journal, and claims nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'b24cfg-verify-'));
    const client = createTransport(await flakyAfterWrites(), {
      sleep: () => Promise.resolve(),
      now: () => 0,
    });
    const input: SpecInput = { spec: SPEC, specFile: 'spec.yaml', specHash: 'h', stateDir: dir };
    const planned = await planAgainstPortal(
      input,
      client,
      { prune: false, allowDataLoss: false },
      new Date(),
    );
    const r = await executePlan(planned, input, client, () => new Date());
    expect(r.execute.stopped).toBeUndefined();
    expect(r.verifyError).toBeDefined();
    expect(r.notApplied).toEqual([]);
    const journal = readFileSync(r.journalPath, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; status?: string });
    expect(journal.at(-1)).toMatchObject({ type: 'end', status: 'partial' });
    const state = JSON.parse(readFileSync(r.statePath, 'utf8')) as { pipelines: Record<string, unknown> };
    expect(state).toBeDefined();
  });
});
