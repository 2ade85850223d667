import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/spec/located.js';
import { parseYamlSource } from '../../src/spec/yaml-parse.js';

const TEXT = `version: 1
directions:
  - key: b2b
    stages:
      - code: NEW
        name: Новая
"a/b~c": 3
`;

/** Where a value (or key) at a pointer was written, as line:col; found in the tree only when asked. */
describe('toPlain locate', () => {
  const at = async (pointer: string, part?: 'key' | 'value') => {
    const parsed = await parseYamlSource('spec.yaml', TEXT);
    const { locate } = toPlain(parsed.root!);
    const loc = locate(pointer, part);
    return loc ? `${loc.line}:${loc.col}` : undefined;
  };

  it.each([
    ['the root', '', 'value', '1:1'],
    ['a scalar', '/version', 'value', '1:10'],
    ['a key', '/version', 'key', '1:1'],
    ['an item of a list', '/directions/0', 'value', '3:5'],
    ['an item has no key: its value', '/directions/0', 'key', '3:5'],
    ['deep inside lists', '/directions/0/stages/0/name', 'value', '6:15'],
    ['a key with / and ~ (escaped ~1 and ~0)', '/a~1b~0c', 'key', '7:1'],
    ['a missing value: its nearest parent', '/directions/0/stages/0/colour', 'value', '5:9'],
    ['a list index past the end: the list', '/directions/7/key', 'value', '3:3'],
    ['an index that is not a number: the list', '/directions/x', 'value', '3:3'],
    ['a missing key has no place', '/directions/0/owner', 'key', undefined],
  ] as const)('%s', async (_name, pointer, part, want) => {
    expect(await at(pointer, part)).toBe(want);
  });

  it('keeps a __proto__ key as data', async () => {
    const parsed = await parseYamlSource('spec.yaml', '__proto__: { polluted: true }\n');
    const { value } = toPlain(parsed.root!);
    expect(Object.keys(value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
