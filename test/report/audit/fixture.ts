import { join } from 'node:path';
import { runAudit } from '../../../src/audit/engine.js';
import type { AuditReport } from '../../../src/report/audit/types.js';
import { loadSpec } from '../../../src/spec/index.js';
import { PortalBuilder } from '../../helpers/portal-state.js';
import { attested, ctx, data, deal, DAY, iso } from '../../standards/tester.js';

export const ROOT = join(import.meta.dirname, '../../..');

/** A report with every kind of result: passes, partials, fails, attestations (one expired), waivers, samples, spec lines. */
export async function sampleReport(): Promise<AuditReport> {
  const loaded = await loadSpec(join(ROOT, 'templates/b2b-b2c.yaml'), { env: {}, cwd: ROOT });
  if (!loaded.spec) throw new Error('template did not load');
  const state = new PortalBuilder().pipeline(1, 'B2B: постоянные клиенты').build();
  const c = ctx({
    spec: loaded.spec,
    locate: loaded.locate,
    state,
    portalBase: 'https://client.bitrix24.ru',
    data: data({
      openDeals: Array.from({ length: 14 }, (_, i) => deal(i + 1, { entered: iso(20 * DAY) })),
      counts: {
        overdueTasks: 0,
        dealsTotal: 14,
        leadsTotal: 0,
        unsupervisedDeals: 0,
        unsupervisedLeads: 0,
        lostInPeriod: 4,
        lostInGenericLose: 3,
        contacts: 10,
        contactsWithType: 9,
      },
      stats: {
        httpRequests: 4,
        restCalls: 90,
        configRequests: 1,
        rows: 14,
        pages: 1,
        counts: 20,
        floorRequests: 3,
      },
    }),
    attestations: [
      attested('SD-13', {
        note: 'права <script>alert(1)</script> сняты',
        evidence: 'https://example.com/shot.png',
      }),
      attested('SD-14', { expires: '2026-01-01' }),
      attested('SD-19'),
    ],
    suppressions: [
      {
        standard: 'SD-16',
        reason: 'телефония подключается в марте',
        expires: '2026-03-31',
        by: 'auditor',
        source: 'spec',
        pointer: '/audit/suppress/0',
      },
    ],
  });
  return runAudit(c, {
    source: {
      kind: 'portal',
      host: 'client.bitrix24.ru',
      portalKind: 'http',
      spec: 'templates/b2b-b2c.yaml',
      takenAt: '2026-01-15T09:00:00.000Z',
      hash: 'sha256:0123456789abcdef',
    },
    cwd: ROOT,
  });
}
