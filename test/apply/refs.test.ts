import { describe, expect, it } from 'vitest';
import { referencedKeys, resolveRefs } from '../../src/apply/refs.js';
import { resolveReferences, type Collected } from '../../src/sandbox/batch.js';

/**
 * `$result[…]` references as the portal's batch resolves them (CRestUtil::processBatchElement,
 * docs/bitrix24/batch.md#result-references): b24cfg resolves references to calls of an earlier request
 * (src/apply/refs.ts) and the sandbox those of its own batch (src/sandbox/batch.ts); both must give
 * what the server gives.
 */
const results: Record<string, unknown> = {
  add: { category: { id: 7, name: 'X' } },
  id: 12,
  list: [{ ID: '3' }, { ID: '4' }],
  text: 'ab',
  holds: { x: null, no: false },
};
const done = new Map(Object.entries(results));
const collected: Collected = { result: results, total: {}, next: {}, time: {}, error: {} };

describe('a reference resolves as the server resolves it, in b24cfg and in the sandbox', () => {
  it.each<{ name: string; param: string; want: unknown }>([
    { name: 'a whole value: the result', param: '$result[id]', want: 12 },
    { name: 'a path into it', param: '$result[add][category][id]', want: 7 },
    { name: 'a list row', param: '$result[list][1][ID]', want: '4' },
    {
      name: 'a missing step stops where it is',
      param: '$result[add][category][nope]',
      want: { id: 7, name: 'X' },
    },
    { name: 'a step past a number stops at it', param: '$result[id][0]', want: 12 },
    { name: 'a null step stops at its parent', param: '$result[holds][x]', want: { x: null, no: false } },
    { name: 'false is a value (isset)', param: '$result[holds][no]', want: false },
    { name: 'a row past the list stops at the list', param: '$result[list][5][ID]', want: results.list },
    { name: 'a row not written as an integer is no row', param: '$result[list][01]', want: results.list },
    { name: 'a string’s character by offset', param: '$result[text][1]', want: 'b' },
    { name: 'and from its end', param: '$result[text][-1]', want: 'b' },
    { name: 'text after the last ] is part of the run', param: '$result[id]:tail', want: 12 },
    {
      name: 'inside a longer string: its text',
      param: 'DEAL_STAGE_$result[add][category][id]',
      want: 'DEAL_STAGE_7',
    },
    { name: 'inside a longer string, with the text after it', param: 'C$result[id]:x y', want: 'C12 y' },
    {
      name: 'inside a longer string, not a text: left',
      param: 'N_$result[add][category]',
      want: 'N_$result[add][category]',
    },
    {
      name: 'every occurrence replaced (str_replace)',
      param: '$result[text] $result[text][x]',
      want: 'ab ab[x]',
    },
    { name: 'no brackets: no reference', param: 'cost $result', want: 'cost $result' },
  ])('$name', ({ param, want }) => {
    expect(resolveRefs({ p: param }, done)).toEqual({ p: want });
    expect(resolveReferences({ p: param }, collected)).toEqual({ p: want });
  });

  it('a key that has not run: b24cfg leaves it for the portal, which starts from its whole result map', () => {
    expect(resolveRefs({ id: '$result[later]', name: 'N_$result[later]' }, done)).toEqual({
      id: '$result[later]',
      name: 'N_$result[later]',
    });
    expect(resolveReferences({ id: '$result[later]', name: 'N_$result[later]' }, collected)).toEqual({
      id: results,
      name: 'N_$result[later]',
    });
  });

  it('the name is looked up in the case written: $RESULT starts from nothing on the server', () => {
    expect(resolveReferences({ id: '$RESULT[id]', name: 'N_$Result[id]' }, collected)).toEqual({
      id: null,
      name: 'N_$Result[id]',
    });
    // Left for the portal by b24cfg, which resolves it the same way.
    expect(resolveRefs({ id: '$RESULT[id]' }, done)).toEqual({ id: '$RESULT[id]' });
  });

  it('keys are never substituted', () => {
    expect(resolveReferences({ '$result[id]': 1 }, collected)).toEqual({ '$result[id]': 1 });
    expect(resolveRefs({ '$result[id]': 1 }, done)).toEqual({ '$result[id]': 1 });
  });

  it('referencedKeys names the first key of every reference', () => {
    expect(referencedKeys({ a: ['$result[x][0][ID]', 'S_$result[y]'], b: 1 })).toEqual(['x', 'y']);
  });
});
