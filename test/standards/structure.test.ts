import { describe } from 'vitest';
import { sd02 } from '../../src/standards/sd-02-directions.js';
import { sd03 } from '../../src/standards/sd-03-stages.js';
import { sd08 } from '../../src/standards/sd-08-stage-fields.js';
import type { Direction } from '../../src/spec/spec.generated.js';
import { PortalBuilder } from '../helpers/portal-state.js';
import { ctx, spec } from './tester.js';
import { table } from './tester.js';

const stages = (n: number, fields = true) =>
  Array.from({ length: n }, (_, i) => ({
    code: `S${i}`,
    name: `Этап ${i}`,
    ...(fields ? { fields: ['TITLE'] } : {}),
  }));
const dir = (key: string, name: string, extra: Partial<Direction> = {}): Direction => ({
  key,
  name,
  stages: stages(3),
  ...extra,
});
const custom: Array<[string, number, 'S' | 'F' | null]> = [
  ['NEW', 10, null],
  ['QUALIFY', 20, null],
  ['OFFER', 30, null],
  ['WON', 40, 'S'],
  ['LOSE', 50, 'F'],
];

describe('SD-02 directions', () => {
  table(sd02, [
    {
      name: 'a spec with two directions passes',
      ctx: () => ctx({ spec: spec({ directions: [dir('default', 'A'), dir('b', 'B')] }) }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specDirections' }],
      status: 'pass',
    },
    {
      name: 'a spec with one direction fails',
      ctx: () => ctx({ spec: spec({ directions: [dir('default', 'A')] }) }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specTooFew' }],
      status: 'fail',
    },
    {
      name: 'min_directions can be raised per client',
      ctx: () =>
        ctx({
          spec: spec({ directions: [dir('default', 'A'), dir('b', 'B')] }),
          thresholds: { 'SD-02': { min_directions: 3 } },
        }),
      has: [{ part: 'spec', status: 'fail' }],
    },
    {
      name: 'a fresh portal has only the default pipeline',
      ctx: () => ctx({ state: new PortalBuilder().build() }),
      has: [{ part: 'config', status: 'fail', messageId: 'portalTooFew' }],
      status: 'fail',
    },
    {
      name: 'a portal with two pipelines passes',
      ctx: () => ctx({ state: new PortalBuilder().pipeline(1, 'B2C').build() }),
      has: [{ part: 'config', status: 'pass', messageId: 'portalPipelines' }],
    },
    {
      name: 'with a spec, a direction missing on the portal is partial',
      ctx: () =>
        ctx({
          spec: spec({ directions: [dir('default', 'Общее'), dir('b2c', 'B2C')] }),
          state: new PortalBuilder().build(),
        }),
      has: [{ part: 'config', status: 'partial', messageId: 'portalDiffers', ratio: 0.5 }],
      status: 'partial',
    },
    {
      name: 'with a spec, directions present under their names pass',
      ctx: () =>
        ctx({
          spec: spec({ directions: [dir('default', 'Общее'), dir('b2c', 'B2C')] }),
          state: new PortalBuilder().pipeline(1, 'B2C', 100).build(),
        }),
      has: [{ part: 'config', status: 'pass', messageId: 'portalAsSpecified' }],
    },
    {
      name: 'unreadable pipelines are an error part, not a fail',
      ctx: () =>
        ctx({ state: { ...new PortalBuilder().build(), unreadable: { pipelines: 'insufficient_scope' } } }),
      has: [{ part: 'config', status: 'error', messageId: 'unreadable' }],
      status: 'error',
    },
  ]);
});

describe('SD-03 stages', () => {
  table(sd03, [
    {
      name: 'every direction with three stages passes',
      ctx: () => ctx({ spec: spec({ directions: [dir('default', 'A'), dir('b', 'B')] }) }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specStages' }],
    },
    {
      name: 'a direction with too few stages is partial',
      ctx: () =>
        ctx({ spec: spec({ directions: [dir('default', 'A'), dir('b', 'B', { stages: stages(1) })] }) }),
      has: [{ part: 'spec', status: 'partial', messageId: 'specFewStages', ratio: 0.5 }],
    },
    {
      name: 'a spec without directions fails',
      ctx: () => ctx({ spec: spec({}) }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specNoDirections' }],
    },
    {
      name: 'the default stage set is not a process of its own',
      ctx: () => ctx({ state: new PortalBuilder().build() }),
      has: [{ part: 'config', status: 'fail', messageId: 'portalDefaultStages' }],
    },
    {
      name: 'own stages pass on a portal alone',
      ctx: () =>
        ctx({
          state: new PortalBuilder()
            .pipeline(1, 'B2C', 200, custom)
            .removeStage(0, 'PREPARATION')
            .addStage(0, 'MEET', 25)
            .build(),
        }),
      has: [{ part: 'config', status: 'pass', messageId: 'portalStages' }],
    },
    {
      name: 'with a spec, stages missing on the portal differ',
      ctx: () =>
        ctx({
          spec: spec({
            directions: [
              {
                key: 'default',
                name: 'Общее',
                stages: [
                  { code: 'NEW', name: 'NEW' },
                  { code: 'QUALIFY', name: 'Квалификация' },
                ],
              },
            ],
          }),
          state: new PortalBuilder().build(),
        }),
      has: [{ part: 'config', status: 'partial', messageId: 'portalDiffers' }],
    },
  ]);
});

describe('SD-08 stage fields', () => {
  const withField = (b: PortalBuilder, n: number) => {
    for (let i = 0; i < n; i++) b.field('deal', { fieldName: `UF_CRM_F${i}`, type: 'string' });
    return b;
  };
  table(sd08, [
    {
      name: 'stages that list fields pass',
      ctx: () => ctx({ spec: spec({ directions: [dir('default', 'A')] }) }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specFields' }],
    },
    {
      name: 'stages without fields are partial',
      ctx: () =>
        ctx({
          spec: spec({
            directions: [
              dir('default', 'A', {
                stages: [...stages(1), ...stages(1, false).map((s) => ({ ...s, code: 'X' }))],
              }),
            ],
          }),
        }),
      has: [{ part: 'spec', status: 'partial', messageId: 'specStagesWithoutFields', ratio: 0.5 }],
    },
    {
      name: 'no custom fields on a portal alone fails',
      ctx: () => ctx({ state: new PortalBuilder().build() }),
      has: [{ part: 'config', status: 'fail', messageId: 'portalFewFields' }],
    },
    {
      name: 'two of three fields is partial',
      ctx: () => ctx({ state: withField(new PortalBuilder(), 2).build() }),
      has: [{ part: 'config', status: 'partial', ratio: 2 / 3 }],
    },
    {
      name: 'enough fields pass',
      ctx: () => ctx({ state: withField(new PortalBuilder(), 3).build() }),
      has: [{ part: 'config', status: 'pass', messageId: 'portalFields' }],
    },
    {
      name: 'with a spec, a field that is missing differs',
      ctx: () =>
        ctx({
          spec: spec({
            fields: {
              deal: [
                { code: 'NPS', type: 'string', label: 'NPS' },
                { code: 'F0', type: 'string', label: 'F0' },
              ],
            },
          }),
          state: withField(new PortalBuilder(), 1).build(),
        }),
      has: [{ part: 'config', status: 'partial', messageId: 'portalDiffers' }],
    },
    {
      name: 'fields required by stage add a manual part',
      ctx: () =>
        ctx({
          state: withField(new PortalBuilder(), 3).build(),
          spec: spec({
            directions: [
              dir('default', 'Общее', {
                stages: [{ code: 'NEW', name: 'NEW', fields: ['TITLE'], required_fields: ['TITLE'] }],
              }),
            ],
          }),
        }),
      has: [{ part: 'manual', status: 'manual-unattested' }],
    },
  ]);
});
