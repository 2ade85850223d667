import { describe, expect, it } from 'vitest';
import { jsonPlaces } from '../../src/core/json-locate.js';

describe('jsonPlaces', () => {
  const text = '{\n  "a": [1, {"b~c": "x\\"y"}],\n  "d/e": {"f": null}\n}\n';
  const places = jsonPlaces(text);

  it.each([
    ['', 1, 1],
    ['/a', 2, 8],
    ['/a/0', 2, 9],
    ['/a/1', 2, 12],
    ['/a/1/b~0c', 2, 20],
    ['/d~1e', 3, 10],
    ['/d~1e/f', 3, 16],
  ])('the value at %s starts at %i:%i', (pointer, line, col) => {
    expect(places.value(pointer)).toEqual({ line, col });
  });

  it('names the key of a member, and the value where there is no key', () => {
    expect(places.key('/a/1/b~0c')).toEqual({ line: 2, col: 13 });
    expect(places.key('/a/0')).toEqual({ line: 2, col: 9 });
    expect(places.value('/missing')).toBeUndefined();
  });
});
