import { describe, expect, it } from 'vitest';
import { EXPORT_SECTIONS, portalToSpec } from '../../src/export/to-spec.js';
import { PortalBuilder } from '../helpers/portal-state.js';

function portal() {
  const b = new PortalBuilder().pipeline(5, 'Повторные продажи', 200);
  b.state.numerators.push({
    id: 3,
    name: 'Счета',
    template: 'INV-{NUMBER}',
    start: 1,
    step: 1,
    length: 0,
    padString: '0',
    periodicBy: null,
  });
  b.state.documentTemplates.push({
    id: 8,
    name: 'Договор',
    region: 'ru',
    numeratorId: 3,
    entityTypeIds: ['2'],
    active: true,
    users: ['UA'],
    sort: 500,
  });
  b.state.departments.push({ id: 1, name: 'Компания', sort: 500, parentId: null, headUserId: 1 });
  return b.build();
}

describe('portalToSpec: every kind writes its own sections', () => {
  it('names the sections `export --sections` takes, in the order it always listed them', () => {
    expect(EXPORT_SECTIONS).toEqual([
      'directions',
      'fields',
      'segments',
      'lead_sources',
      'lead_statuses',
      'open_lines',
      'numerators',
      'departments',
    ]);
  });

  it('writes the top-level keys in the order of the spec schema', () => {
    expect(Object.keys(portalToSpec(portal()).spec)).toEqual([
      'version',
      'standards',
      'client',
      'users',
      'departments',
      'directions',
      'fields',
      'segments',
      'lead_sources',
      'lead_statuses',
      'open_lines',
      'numerators',
      'manage',
    ]);
  });

  it('writes only the sections asked for, and still binds what it read', () => {
    const r = portalToSpec(portal(), { sections: ['numerators'] });
    expect(Object.keys(r.spec)).toEqual(['version', 'standards', 'client', 'numerators', 'manage']);
    expect(r.binding.numerators).toEqual({ Счета: { id: 3, lastName: 'Счета' } });
    expect(r.binding.documentTemplates).toEqual({ Договор: { id: 8, lastName: 'Договор' } });
    expect(r.binding.pipelines).toEqual({});
  });

  it('keeps a key and a REST-made numerator an earlier binding knew', () => {
    const first = portalToSpec(portal());
    const key = Object.keys(first.binding.pipelines)[0]!;
    const renamed = { ...first.binding, pipelines: { repeat: first.binding.pipelines[key]! } };
    renamed.numerators = { Счета: { id: 3, lastName: 'Счета', viaRest: true } };
    const again = portalToSpec(portal(), { binding: renamed });
    expect(again.spec.directions?.map((d) => d.key)).toEqual(['default', 'repeat']);
    expect(again.binding.numerators.Счета).toEqual({ id: 3, lastName: 'Счета', viaRest: true });
  });

  it('names the head of a department as a role of users:', () => {
    const r = portalToSpec(portal());
    expect(r.spec.departments).toEqual([{ name: 'Компания', head: 'admin' }]);
    expect(r.spec.users).toEqual({ admin: { email: 'admin@example.com', name: 'Admin' } });
  });
});
