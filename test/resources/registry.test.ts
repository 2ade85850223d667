import { describe, expect, it } from 'vitest';
import { resourceKinds } from '../../src/resources/registry.js';

describe('resource kinds registry', () => {
  it('lists every kind after the kinds it depends on', () => {
    const seen = new Set<string>();
    for (const k of resourceKinds) {
      for (const d of k.dependsOn) expect(seen.has(d), `${k.name} depends on ${d}`).toBe(true);
      seen.add(k.name);
    }
  });

  it('gives every change kind to exactly one resource kind', () => {
    const owners = resourceKinds.flatMap((k) => k.changeKinds.map((c) => `${c}`));
    expect(new Set(owners).size).toBe(owners.length);
  });
});
