import { describe } from 'vitest';
import type { CrmSettingsFacts } from '../../src/portal/crm-settings/types.js';
import { compareManualItems } from '../../src/resources/manual-archive/compare.js';
import type { ArchiveBinding } from '../../src/resources/manual-archive/types.js';
import type { Spec } from '../../src/spec/spec.generated.js';
import { sd04 } from '../../src/standards/sd-04-stage-tasks.js';
import { sd05 } from '../../src/standards/sd-05-task-deadlines.js';
import { sd10 } from '../../src/standards/sd-10-repeat-tunnel.js';
import { sd12 } from '../../src/standards/sd-12-loss-review.js';
import { sd13 } from '../../src/standards/sd-13-no-deletion.js';
import { sd25 } from '../../src/standards/sd-25-client-notifications.js';
import type { AuditArchive } from '../../src/standards/types.js';
import {
  binding,
  facts,
  spec as department,
  stageOf,
  taskRobot,
} from '../resources/manual-archive/fixtures.js';
import { attested, ctx, table } from './tester.js';

/** The archive as an audit sees it: with a spec, each manual item's verdict; without, the facts alone. */
function archive(f: CrmSettingsFacts, s?: Spec, b: ArchiveBinding = binding): AuditArchive {
  return { facts: f, binding: b, ...(s ? { items: compareManualItems(s, f, b).items } : {}) };
}

const withArchive = (f: CrmSettingsFacts, s?: Spec, b?: ArchiveBinding) =>
  ctx({ ...(s ? { spec: s } : {}), crmSettings: archive(f, s, b) });

describe('SD-04 with the CRM settings archive', () => {
  table(sd04, [
    {
      name: 'the spec’s stage tasks as described: the archive decides, no attestation needed',
      ctx: () => withArchive(facts(), department()),
      has: [
        { part: 'archive', status: 'pass', messageId: 'archiveAsSpecified' },
        { part: 'manual', status: 'manual-unattested', scored: false },
      ],
    },
    {
      name: 'a stage task with another deadline on the portal fails the archive part',
      ctx: () => {
        const f = facts();
        stageOf(f, 0, 'NEW').robots[0] = taskRobot('Позвонить', 5);
        return withArchive(f, department());
      },
      has: [{ part: 'archive', status: 'fail', messageId: 'archiveDiffers' }],
    },
    {
      name: 'without a spec: the share of process stages with a task robot',
      ctx: () => withArchive(facts()),
      has: [{ part: 'archive', status: 'partial', messageId: 'archiveRuleShort', ratio: 1 / 3 }],
    },
    {
      name: 'without the archive the attestation still counts',
      ctx: () => ctx({ spec: department(), attestations: [attested('SD-04')] }),
      has: [{ part: 'manual', status: 'manual-attested' }],
      without: ['archive'],
    },
  ]);
});

describe('SD-05, SD-10, SD-12, SD-13, SD-25 with the CRM settings archive', () => {
  table(sd05, [
    {
      name: 'tasks with their deadline and responsible pass',
      ctx: () => withArchive(facts(), department()),
      has: [{ part: 'archive', status: 'pass' }],
      status: 'pass',
    },
  ]);
  table(sd10, [
    {
      name: 'the won stage’s tunnel is in the archive',
      ctx: () => withArchive(facts(), department()),
      has: [{ part: 'archive', status: 'pass', messageId: 'archiveAsSpecified' }],
    },
    {
      name: 'no tunnel on the portal: the archive part fails',
      ctx: () => {
        const f = facts();
        stageOf(f, 0, 'WON').robots = [];
        return withArchive(f, department());
      },
      has: [{ part: 'archive', status: 'fail' }],
    },
  ]);
  table(sd12, [
    {
      name: 'a supervisor named by role cannot be told apart without --portal: the archive part is not scored',
      ctx: () => withArchive(facts(), department(), { pipelines: binding.pipelines }),
      has: [{ part: 'archive', status: 'not-applicable', messageId: 'archiveCannotTell' }],
    },
    {
      name: 'with the portal naming the people, the supervisor task is proven',
      ctx: () => withArchive(facts(), department()),
      has: [
        { part: 'archive', status: 'pass' },
        { part: 'manual', status: 'manual-unattested', scored: false },
      ],
    },
  ]);
  table(sd13, [
    {
      name: 'the spec’s role denies what it says',
      ctx: () => withArchive(facts(), department()),
      has: [{ part: 'archive', status: 'pass' }],
    },
    {
      name: 'without a spec: a role that may delete leads fails',
      ctx: () => withArchive(facts()),
      has: [{ part: 'archive', status: 'fail', messageId: 'archiveRuleShort' }],
    },
    {
      name: 'without a spec: no custom role at all fails',
      ctx: () => withArchive({ ...facts(), roles: [] }),
      has: [{ part: 'archive', status: 'fail', messageId: 'archiveNone' }],
    },
  ]);
  table(sd25, [
    {
      name: 'the e-mail robot to the client is in the archive',
      ctx: () => withArchive(facts(), department()),
      has: [{ part: 'archive', status: 'pass' }],
    },
  ]);
});
