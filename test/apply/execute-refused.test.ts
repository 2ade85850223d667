import { describe, expect, it } from 'vitest';
import { executeCalls } from '../../src/apply/execute.js';
import type { B24Client, BatchItemResult, RestCall } from '../../src/portal/client.js';
import type { PlannedCall } from '../../src/resources/calls.js';

/**
 * imopenlines.config.update answers `false`, not an error, when it refuses the line's queue and
 * keeps nothing (docs/bitrix24/parity.md#openline-config). The call says so (refusedWhenFalse): the run
 * records it as a failed call and stops after its request, whose later calls did run.
 */
function clientAnswering(answers: Record<string, unknown>): { client: B24Client; sent: string[][] } {
  const sent: string[][] = [];
  const client = {
    host: 'test',
    kind: 'sandbox',
    batch: (calls: readonly RestCall[]): Promise<BatchItemResult[]> => {
      sent.push(calls.map((c) => c.key ?? ''));
      return Promise.resolve(
        calls.map((c) => ({ key: c.key ?? '', ok: true, result: answers[c.key ?? ''] })),
      );
    },
  } as unknown as B24Client;
  return { client, sent };
}

const call = (key: string, method: string, refused = false): PlannedCall => ({
  key,
  method,
  params: { CONFIG_ID: 1 },
  changeIds: [`openLine:${key}`],
  refs: [],
  ...(refused ? { refusedWhenFalse: true as const } : {}),
});

describe('a call refused with false', () => {
  it('is a failed call; the calls after it in its request ran; later requests are not sent', async () => {
    const calls = [
      call('olu_a', 'imopenlines.config.update', true),
      call('olu_b', 'imopenlines.config.update', true),
      ...Array.from({ length: 50 }, (_, i) => call(`x${i}`, 'crm.status.update')),
    ];
    const { client, sent } = clientAnswering({ olu_a: false, olu_b: true });
    const r = await executeCalls(calls, client, undefined);
    expect(sent).toHaveLength(1);
    expect(r.stopped).toEqual({ reason: 'call-failed' });
    expect(r.outcomes.slice(0, 2).map((o) => [o.call.key, o.status, o.error?.code])).toEqual([
      ['olu_a', 'error', 'ANSWERED_FALSE'],
      ['olu_b', 'ok', undefined],
    ]);
    expect(r.outcomes.filter((o) => o.status === 'not-run').map((o) => o.call.key)).toEqual(['x48', 'x49']);
  });

  it('false from a call that does not say so is an answer like any other', async () => {
    const { client } = clientAnswering({ d: false });
    const r = await executeCalls([call('d', 'imopenlines.config.delete')], client, undefined);
    expect(r.stopped).toBeUndefined();
    expect(r.outcomes[0]?.status).toBe('ok');
  });
});
