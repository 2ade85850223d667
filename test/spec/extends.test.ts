import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/spec/index.js';
import { identityKeyFor } from '../../src/spec/merge.js';
import { places, tmpTree } from './helpers.js';

const BASE = `version: 1
client: База
users:
  head_of_sales: { email: head@example.com }
directions:
  - key: b2b
    name: B2B
    stages:
      - { code: NEW, name: Новая, color: "#111111" }
      - { code: OFFER, name: КП }
    lost:
      reasons: [ { code: EXPENSIVE, name: Дорого } ]
  - key: b2c
    name: B2C
fields:
  deal:
    - code: NPS
      type: enumeration
      label: NPS
      items: [ { xml_id: A, value: "1" }, { xml_id: B, value: "2" } ]
manage: { protect: [b2b], prune: false }
`;

describe('extends', () => {
  it('merges by key: objects deep-merge, keyed items merge in place, new items append, unkeyed lists are replaced', async () => {
    const dir = await tmpTree({
      'base/base.yaml': BASE,
      'client.yaml': `version: 1
extends: base/base.yaml
client: Клиент
directions:
  - key: b2b
    stages:
      - { code: NEW, name: Новая заявка }
      - { code: PAYMENT, name: Оплата }
    lost:
      reasons: [ { code: COMPETITOR, name: Конкурент } ]
  - key: nurture
    name: Прогрев
fields:
  deal:
    - code: NPS
      items: [ { xml_id: B, value: "два" }, { xml_id: C, value: "3" } ]
manage: { protect: [b2c] }
`,
    });
    const r = await loadSpec('client.yaml', { env: {}, cwd: dir });
    expect(r.problems).toEqual([]);
    const spec = r.spec!;
    expect(spec.client).toBe('Клиент');
    expect(spec.extends).toBeUndefined();
    expect(spec.directions!.map((d) => d.key)).toEqual(['b2b', 'b2c', 'nurture']);
    expect(spec.directions![0]!.name).toBe('B2B');
    expect(spec.directions![0]!.stages).toEqual([
      { code: 'NEW', name: 'Новая заявка', color: '#111111' },
      { code: 'OFFER', name: 'КП' },
      { code: 'PAYMENT', name: 'Оплата' },
    ]);
    expect(spec.directions![0]!.lost!.reasons!.map((x) => x.code)).toEqual(['EXPENSIVE', 'COMPETITOR']);
    expect(spec.fields!.deal![0]!.items).toEqual([
      { xml_id: 'A', value: '1' },
      { xml_id: 'B', value: 'два' },
      { xml_id: 'C', value: '3' },
    ]);
    expect(spec.fields!.deal![0]!.type).toBe('enumeration');
    // `protect` is a plain list: the overlay replaces it; `prune` stays from the base
    expect(spec.manage).toEqual({ protect: ['b2c'], prune: false });
    expect(r.files).toEqual([join(dir, 'client.yaml'), join(dir, 'base/base.yaml')]);
  });

  it('applies a list of bases in order, the declaring file last', async () => {
    const dir = await tmpTree({
      'a.yaml': 'version: 1\nclient: A\ndescription: из A\n',
      'b.yaml': 'version: 1\nclient: B\n',
      'c.yaml': 'version: 1\nextends: [a.yaml, b.yaml]\nstandards: sales-dept@1\n',
    });
    const r = await loadSpec('c.yaml', { env: {}, cwd: dir });
    expect(r.spec).toMatchObject({ client: 'B', description: 'из A', standards: 'sales-dept@1' });
  });

  it('reads a base shared by two bases (a diamond) once', async () => {
    const dir = await tmpTree({
      'common.yaml': 'version: 1\nclient: общий\nmanage: { protect: [nope] }\n',
      'a.yaml': 'version: 1\nextends: common.yaml\n',
      'b.yaml': 'version: 1\nextends: common.yaml\n',
      'top.yaml': 'version: 1\nextends: [a.yaml, b.yaml]\n',
    });
    const r = await loadSpec('top.yaml', { env: {}, cwd: dir });
    expect(places(r.problems)).toEqual(['protect-keys common.yaml:3:21']);
    expect(r.files.map((f) => f.slice(dir.length + 1))).toEqual([
      'top.yaml',
      'a.yaml',
      'common.yaml',
      'b.yaml',
    ]);
  });

  it('reports a cycle with the chain and still uses the rest', async () => {
    const dir = await tmpTree({
      'a.yaml': 'version: 1\nextends: ./b.yaml\nclient: A\n',
      'b.yaml': 'version: 1\nextends: a.yaml\ndescription: B\n',
    });
    const r = await loadSpec('a.yaml', { env: {}, cwd: dir });
    expect(places(r.problems)).toEqual(['extends b.yaml:2:10']);
    expect(r.problems[0]!.message.en).toBe('extends cycle: a.yaml → b.yaml → a.yaml');
    expect(r.spec).toMatchObject({ client: 'A', description: 'B' });
  });

  it('reports a missing base at the extends value and gives up on the merged spec', async () => {
    const dir = await tmpTree({ 'a.yaml': 'version: 1\nextends:\n  - ./nowhere.yaml\n' });
    const r = await loadSpec('a.yaml', { env: {}, cwd: dir });
    expect(places(r.problems)).toEqual(['extends a.yaml:3:5']);
    expect(r.problems[0]!.message.ru).toBe('базовая спецификация «./nowhere.yaml» не найдена');
    expect(r.spec).toBeUndefined();
    expect(r.ok).toBe(false);
  });

  it('refuses an extends entry that is not a path', async () => {
    const dir = await tmpTree({ 'a.yaml': 'version: 1\nextends: [ 5 ]\n' });
    const r = await loadSpec('a.yaml', { env: {}, cwd: dir });
    expect(places(r.problems)).toEqual(['extends a.yaml:2:12']);
  });

  it.each([
    [['directions'], 'key'],
    [['directions', '3', 'stages'], 'code'],
    [['directions', '0', 'lost', 'reasons'], 'code'],
    [['fields', 'contact'], 'code'],
    [['fields', 'deal', '2', 'items'], 'xml_id'],
    [['segments', 'company_types'], 'code'],
    [['lead_statuses'], 'code'],
    [['open_lines'], 'name'],
    [['permissions', 'roles'], 'name'],
    [['email_templates'], 'key'],
    [['manage', 'protect'], undefined],
    [['directions', '0', 'stages', '1', 'fields'], undefined],
  ])('identity of %j items: %s', (path, key) => {
    expect(identityKeyFor(path)).toBe(key);
  });
});
