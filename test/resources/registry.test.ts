import { describe, expect, it } from 'vitest';
import { kindsAsRead, resourceKinds, stateReaders } from '../../src/resources/registry.js';

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

  it('lists the same kinds in reading order as in dependency order', () => {
    expect(kindsAsRead.map((k) => k.name).sort()).toEqual(resourceKinds.map((k) => k.name).sort());
  });

  it('reads each section once, in the order of the portal state (stages and dictionaries share statuses)', () => {
    expect(stateReaders.map((r) => r.section)).toEqual([
      'pipelines',
      'statuses',
      'userFields',
      'openLines',
      'documentTemplates',
      'numerators',
      'departments',
      'users',
    ]);
    const keys = stateReaders.flatMap((r) => r.calls({ languages: ['ru', 'en'] }).map((c) => c.key));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
