import { describe, expect, it } from 'vitest';
import { tallyChanges } from '../../src/apply/tally.js';
import type { Change } from '../../src/resources/plan.js';

/** Issue 15, item 8: each planned write as applied, not applied or not verified. */
const change = (id: string): Change => ({
  id,
  kind: 'pipeline',
  key: id,
  path: [id],
  op: 'update',
  portalId: 1,
  diffs: [{ field: 'NAME', before: 'x', after: id }],
  desired: { name: id, sort: 10 },
});
type Status = 'ok' | 'error' | 'unknown' | 'not-run';
const outcome = (status: Status, ...changeIds: string[]) => ({
  call: { key: `k-${changeIds.join('-')}`, method: 'crm.category.update', params: {}, changeIds, refs: [] },
  status,
});

describe('tallyChanges', () => {
  it.each<{
    what: string;
    calls: Array<[Status, ...string[]]>;
    readBack: { notApplied: string[]; verified: boolean };
    want: { applied: string[]; notApplied: string[]; notVerified: string[] };
  }>([
    {
      what: 'every call answered OK and read back',
      calls: [
        ['ok', 'a'],
        ['ok', 'b'],
      ],
      readBack: { notApplied: [], verified: true },
      want: { applied: ['a', 'b'], notApplied: [], notVerified: [] },
    },
    {
      what: 'stopped on a refusal: the refused change and the ones never sent are not applied',
      calls: [
        ['ok', 'a'],
        ['error', 'b'],
        ['not-run', 'c'],
      ],
      readBack: { notApplied: ['b', 'c'], verified: true },
      want: { applied: ['a'], notApplied: ['b', 'c'], notVerified: [] },
    },
    {
      what: 'an answer lost and no read-back: not verified (neither claimed nor denied)',
      calls: [
        ['ok', 'a'],
        ['unknown', 'b'],
        ['not-run', 'c'],
      ],
      readBack: { notApplied: [], verified: false },
      want: { applied: ['a'], notApplied: ['c'], notVerified: ['b'] },
    },
    {
      what: 'an answer lost, then the read-back shows it landed: applied',
      calls: [['unknown', 'a']],
      readBack: { notApplied: [], verified: true },
      want: { applied: ['a'], notApplied: [], notVerified: [] },
    },
    {
      what: 'answered OK but the read-back shows it missing (the portal ignored it): not applied',
      calls: [['ok', 'a']],
      readBack: { notApplied: ['a'], verified: true },
      want: { applied: [], notApplied: ['a'], notVerified: [] },
    },
    {
      what: 'a change of two calls, the second never sent: not applied',
      calls: [
        ['ok', 'a'],
        ['not-run', 'a'],
      ],
      readBack: { notApplied: [], verified: false },
      want: { applied: [], notApplied: ['a'], notVerified: [] },
    },
  ])('$what', ({ calls, readBack, want }) => {
    const ids = [...new Set(calls.flatMap(([, ...c]) => c))];
    const tally = tallyChanges(
      ids.map(change),
      { outcomes: calls.map(([status, ...c]) => outcome(status, ...c)) },
      { notApplied: readBack.notApplied.map(change), verified: readBack.verified },
    );
    expect(tally).toEqual(want);
  });
});
