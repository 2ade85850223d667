import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { portalToSpec } from '../../src/export/to-spec.js';
import type { PortalStatus } from '../../src/resources/crm-status/read.js';
import type { Change } from '../../src/resources/registry.js';
import type { Direction, Field, Spec } from '../../src/spec/spec.generated.js';
import { PortalBuilder } from '../helpers/portal-state.js';
import { planKinds } from './plan-kind.js';

/**
 * docs/spec-coverage.md names, for every attribute the spec accepts, whether b24cfg writes it on
 * create, compares it on update, verifies and exports it. These tests keep the note true: it lists
 * exactly the schema's attributes, and each attribute it says is compared is: a portal exported into
 * a spec plans nothing, and that spec with one attribute changed plans a change of that attribute.
 */

type SchemaNode = {
  $ref?: string;
  type?: string;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
};
const schema = JSON.parse(readFileSync('src/spec/spec.schema.json', 'utf8')) as {
  properties: Record<string, SchemaNode>;
  $defs: Record<string, SchemaNode>;
};

/** The sections the resource kinds manage; the others are manual, audit or spec settings. */
const SECTIONS = [
  'directions',
  'fields',
  'segments',
  'lead_sources',
  'lead_statuses',
  'open_lines',
  'documents',
  'numerators',
  'departments',
  'users',
];
/** Definitions the note names as one attribute (their parts are written, or not, together). */
const WHOLE = new Set(['Task', 'Robot', 'Trigger', 'Tunnel', 'FieldSettings', 'LocalizedText', 'Duration']);
const refName = (n: SchemaNode) => n.$ref?.split('/').pop();
const deref = (n: SchemaNode): SchemaNode => {
  const name = refName(n);
  return name === undefined ? n : deref(schema.$defs[name] as SchemaNode);
};

function attributes(node: SchemaNode, path: string, out: Set<string>): void {
  const name = refName(node);
  if (name !== undefined && WHOLE.has(name)) return void out.add(path);
  const n = deref(node);
  if (n.type === 'array' && n.items) {
    const item = n.items;
    const whole = refName(item) !== undefined && WHOLE.has(refName(item) as string);
    if (whole || !deref(item).properties || path.endsWith('quick_answers')) return void out.add(path);
    return attributes(item, `${path}[]`, out);
  }
  if (n.properties) {
    for (const [k, v] of Object.entries(n.properties)) attributes(v, `${path}.${k}`, out);
    return;
  }
  if (typeof n.additionalProperties === 'object')
    return attributes(n.additionalProperties, `${path}.<role>`, out);
  out.add(path);
}

function schemaAttributes(): string[] {
  const out = new Set<string>();
  for (const s of SECTIONS) attributes(schema.properties[s] as SchemaNode, s, out);
  // One row for the four entities of `fields` and the two lists of `segments`: the same definition.
  return [...out]
    .map((p) => p.replace(/^fields\.(deal|lead|contact|company)\[\]/, 'fields.<entity>[]'))
    .map((p) => p.replace(/^segments\.(contact_types|company_types)\[\]/, 'segments.<list>[]'))
    .filter((p, i, all) => all.indexOf(p) === i)
    .sort();
}

function noteAttributes(): string[] {
  const note = readFileSync('docs/spec-coverage.md', 'utf8');
  return [...note.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] as string).sort();
}

describe('docs/spec-coverage.md', () => {
  it('names every attribute the schema accepts for a resource kind, once, and nothing else', () => {
    const named = noteAttributes();
    expect(named.filter((a, i) => named.indexOf(a) !== i)).toEqual([]);
    expect(named).toEqual(schemaAttributes());
  });
});

const status = (
  entityId: string,
  statusId: string,
  name: string,
  sort: number,
  color: string | null,
  semantics: 'S' | 'F' | null = null,
): PortalStatus => ({
  id: 5000 + sort + entityId.length * 1000,
  entityId,
  statusId,
  name,
  sort,
  color,
  semantics,
  system: false,
  categoryId: null,
});

/** A portal with a little of everything the note says is compared, as b24cfg reads it. */
function portal(): PortalBuilder {
  const b = new PortalBuilder();
  b.field('deal', {
    id: 70,
    fieldName: 'UF_CRM_SOURCE_NOTE',
    type: 'string',
    labels: { ru: 'Откуда узнал', en: 'Source' },
    help: { ru: 'Спросите клиента', en: 'Ask the client' },
    sort: 200,
    settings: { ROWS: 1 },
    // As a plan reads it for a spec that sends its help per language (all-texts.ts).
    allTexts: 'read',
  });
  b.field('deal', {
    id: 71,
    fieldName: 'UF_CRM_NPS',
    type: 'enumeration',
    labels: { ru: 'NPS', en: 'NPS' },
    list: [
      { id: 1, xmlId: 'N0', value: '0', sort: 10, def: false },
      { id: 2, xmlId: 'N5', value: '5', sort: 20, def: false },
    ],
  });
  b.state.statuses.push(
    status('STATUS', 'NEW', 'Новый', 10, '#39A8EF'),
    status('STATUS', 'CONVERTED', 'Сделка', 20, '#00FF00', 'S'),
    status('STATUS', 'JUNK', 'Некачественный', 30, '#FF0000', 'F'),
    status('SOURCE', 'WEB', 'Сайт', 10, null),
    status('SOURCE', 'CALL', 'Звонок', 20, null),
    status('CONTACT_TYPE', 'CLIENT', 'Клиенты', 10, null),
    status('CONTACT_TYPE', 'PARTNER', 'Партнёры', 20, null),
  );
  return b;
}

const exported = (b: PortalBuilder): Spec => {
  const spec = portalToSpec(b.build(), {
    sections: ['directions', 'fields', 'segments', 'lead_sources', 'lead_statuses'],
  }).spec;
  return JSON.parse(JSON.stringify(spec)) as Spec;
};
const dir = (s: Spec): Direction => s.directions?.[0] as Direction;
const field = (s: Spec, code: string): Field => s.fields?.deal?.find((f) => f.code === code) as Field;

/** `op kind field` of every change but the manual ones: what the plan would do. */
function done(changes: readonly Change[]): string[] {
  return changes.flatMap((c) => {
    if (c.op === 'manual') return [];
    if (c.op === 'update' || c.op === 'blocked' || c.op === 'rename')
      return (c.diffs ?? []).map((d) => `${c.op} ${c.kind} ${d.field}`);
    return [`${c.op} ${c.kind}`];
  });
}

describe('every attribute the note says is compared: exported, unchanged plans nothing, changed plans it', () => {
  it('the export of the portal plans nothing', () => {
    const b = portal();
    expect(done(planKinds(exported(b), b).changes)).toEqual([]);
  });

  it.each<[string, (s: Spec) => void, string[]]>([
    ['directions[].name', (s) => void (dir(s).name = 'Продажи'), ['update pipeline NAME']],
    ['directions[].stages[].name', (s) => void (dir(s).stages![1]!.name = 'Счёт'), ['update stage NAME']],
    [
      'directions[].stages[].color',
      (s) => void (dir(s).stages![1]!.color = '#123456'),
      ['update stage COLOR'],
    ],
    ['directions[].won.name', (s) => void (dir(s).won!.name = 'Успех'), ['update stage NAME']],
    ['directions[].won.color', (s) => void (dir(s).won!.color = '#123456'), ['update stage COLOR']],
    ['directions[].lost.name', (s) => void (dir(s).lost!.name = 'Провал'), ['update stage NAME']],
    ['directions[].lost.color', (s) => void (dir(s).lost!.color = '#123456'), ['update stage COLOR']],
    [
      'directions[].lost.reasons[].name',
      (s) => void (dir(s).lost!.reasons![0]!.name = 'Дорого'),
      ['update stage NAME'],
    ],
    [
      'directions[].lost.reasons[].color',
      (s) => void (dir(s).lost!.reasons![0]!.color = '#123456'),
      ['update stage COLOR'],
    ],
    [
      'fields.<entity>[].label',
      (s) => void (field(s, 'SOURCE_NOTE').label = 'Источник'),
      ['update userField EDIT_FORM_LABEL.en', 'update userField EDIT_FORM_LABEL.ru'],
    ],
    [
      'fields.<entity>[].help',
      (s) => void (field(s, 'SOURCE_NOTE').help = { ru: 'Уточните' }),
      ['update userField HELP_MESSAGE.ru'],
    ],
    [
      'fields.<entity>[].type',
      (s) => void (field(s, 'SOURCE_NOTE').type = 'url'),
      ['blocked userField USER_TYPE_ID'],
    ],
    [
      'fields.<entity>[].multiple',
      (s) => void (field(s, 'SOURCE_NOTE').multiple = true),
      ['blocked userField MULTIPLE'],
    ],
    [
      'fields.<entity>[].mandatory',
      (s) => void (field(s, 'SOURCE_NOTE').mandatory = true),
      ['update userField MANDATORY'],
    ],
    [
      'fields.<entity>[].show_filter',
      (s) => void (field(s, 'SOURCE_NOTE').show_filter = false),
      ['update userField SHOW_FILTER'],
    ],
    [
      'fields.<entity>[].show_in_list',
      (s) => void (field(s, 'SOURCE_NOTE').show_in_list = false),
      ['update userField SHOW_IN_LIST'],
    ],
    ['fields.<entity>[].sort', (s) => void (field(s, 'SOURCE_NOTE').sort = 300), ['update userField SORT']],
    [
      'fields.<entity>[].settings',
      (s) => void (field(s, 'SOURCE_NOTE').settings = { ROWS: 3 }),
      ['update userField SETTINGS.ROWS'],
    ],
    [
      'fields.<entity>[].items[].value',
      (s) => void (field(s, 'NPS').items![0]!.value = 'ноль'),
      ['update listItem VALUE'],
    ],
    [
      'fields.<entity>[].items[].sort',
      (s) => void (field(s, 'NPS').items![1]!.sort = 30),
      ['update listItem SORT'],
    ],
    [
      'fields.<entity>[].items[].default',
      (s) => void (field(s, 'NPS').items![1]!.default = true),
      ['update listItem DEF'],
    ],
    [
      'segments.<list>[].name',
      (s) => void (s.segments!.contact_types![0]!.name = 'Покупатели'),
      ['update dictionary NAME'],
    ],
    [
      'segments.<list>[].sort',
      (s) => void (s.segments!.contact_types![1]!.sort = 50),
      ['update dictionary SORT'],
    ],
    ['lead_sources[].name', (s) => void (s.lead_sources![0]!.name = 'Веб-сайт'), ['update dictionary NAME']],
    ['lead_sources[].sort', (s) => void (s.lead_sources![1]!.sort = 50), ['update dictionary SORT']],
    [
      'lead_statuses[].name',
      (s) => void (s.lead_statuses![0]!.name = 'Новая заявка'),
      ['update dictionary NAME'],
    ],
    [
      'lead_statuses[].color',
      (s) => void (s.lead_statuses![0]!.color = '#123456'),
      ['update dictionary COLOR'],
    ],
  ])('%s', (_attribute, change, want) => {
    const b = portal();
    const spec = exported(b);
    change(spec);
    expect(done(planKinds(spec, b).changes)).toEqual(want);
  });
});

describe('every attribute the note calls manual is a `!` item at its place in the spec', () => {
  const task = { title: 'Позвонить', responsible: 'head' };
  const people = { head: { email: 'admin@example.com' } };
  const cases: Array<[string, Partial<Spec>, string]> = [
    [
      'directions[].stages[].task',
      { directions: [{ key: 'default', name: 'Общее', stages: [{ code: 'NEW', name: 'NEW', task }] }] },
      '/directions/0/stages/0/task',
    ],
    [
      'directions[].stages[].required_fields',
      {
        directions: [
          {
            key: 'default',
            name: 'Общее',
            stages: [{ code: 'NEW', name: 'NEW', required_fields: ['UF_CRM_X'] }],
          },
        ],
      },
      '/directions/0/stages/0/required_fields',
    ],
    [
      'directions[].stages[].robots',
      {
        directions: [
          {
            key: 'default',
            name: 'Общее',
            stages: [{ code: 'NEW', name: 'NEW', robots: [{ type: 'create_task', title: 'Позвонить' }] }],
          },
        ],
      },
      '/directions/0/stages/0/robots/0',
    ],
    [
      'directions[].stages[].triggers',
      {
        directions: [
          {
            key: 'default',
            name: 'Общее',
            stages: [{ code: 'NEW', name: 'NEW', triggers: [{ type: 'webform_filled' }] }],
          },
        ],
      },
      '/directions/0/stages/0/triggers/0',
    ],
    [
      'directions[].won.task',
      { directions: [{ key: 'default', name: 'Общее', won: { name: 'WON', task } }] },
      '/directions/0/won/task',
    ],
    [
      'directions[].won.tunnel',
      {
        directions: [
          { key: 'default', name: 'Общее', won: { name: 'WON', tunnel: { to: 'default', stage: 'NEW' } } },
        ],
      },
      '/directions/0/won/tunnel',
    ],
    [
      'directions[].lost.supervisor_task',
      { directions: [{ key: 'default', name: 'Общее', lost: { name: 'LOSE', supervisor_task: task } }] },
      '/directions/0/lost/supervisor_task',
    ],
    [
      'directions[].won.robots',
      { directions: [{ key: 'default', name: 'Общее', won: { name: 'WON', robots: [{ type: 'notify' }] } }] },
      '/directions/0/won/robots/0',
    ],
    [
      'directions[].lost.robots',
      {
        directions: [{ key: 'default', name: 'Общее', lost: { name: 'LOSE', robots: [{ type: 'notify' }] } }],
      },
      '/directions/0/lost/robots/0',
    ],
    [
      'open_lines[].kpi.alert_to',
      { open_lines: [{ name: 'Чат', kpi: { alert_to: ['head'] } }] },
      '/open_lines/0/kpi/alert_to',
    ],
    [
      'open_lines[].quick_answers',
      { open_lines: [{ name: 'Чат', quick_answers: [{ text: 'Здравствуйте!' }] }] },
      '/open_lines/0/quick_answers',
    ],
  ];
  it.each(cases)('%s', (_attribute, extra, pointer) => {
    const { changes } = planKinds({ version: 1, users: people, ...extra }, new PortalBuilder());
    expect(changes.filter((c) => c.op === 'manual').map((c) => c.specPointer)).toContain(pointer);
  });
});
