import { describe } from 'vitest';
import type { PortalOpenLine } from '../../src/resources/open-lines/read.js';
import { sd16 } from '../../src/standards/sd-16-call-recording.js';
import { sd17 } from '../../src/standards/sd-17-email-in-crm.js';
import { sd18 } from '../../src/standards/sd-18-planned-calls.js';
import { sd20 } from '../../src/standards/sd-20-calendar-sync.js';
import { sd21 } from '../../src/standards/sd-21-open-lines-crm.js';
import { sd22 } from '../../src/standards/sd-22-chat-kpi.js';
import { sd24 } from '../../src/standards/sd-24-quick-answers.js';
import type { OpenLine } from '../../src/spec/spec.generated.js';
import { PortalBuilder } from '../helpers/portal-state.js';
import { attested, ctx, DAY, data, deal, iso, spec, table } from './tester.js';

const call = (id: number, duration: number, recorded: boolean, daysAgo = 1) => ({
  id,
  user: 1,
  start: iso(daysAgo * DAY),
  duration,
  recorded,
});
const line = (id: number, name: string, patch: Partial<PortalOpenLine> = {}): PortalOpenLine => ({
  id,
  name,
  active: true,
  crm: true,
  crmCreate: 'deal',
  crmSource: 'WEB',
  crmForward: true,
  queueType: 'evenly',
  queue: [],
  queueTime: 60,
  noAnswerTime: 600,
  checkAvailable: false,
  kpiFirstAnswerTime: 900,
  kpiFurtherAnswerTime: 1800,
  kpiFirstAnswerAlert: true,
  kpiFurtherAnswerAlert: true,
  kpiCheckOperatorActivity: false,
  welcomeMessage: '',
  ...patch,
});
const withLines = (...lines: PortalOpenLine[]) => {
  const b = new PortalBuilder();
  b.state.openLines = lines;
  return b.build();
};
const specLine = (patch: Partial<OpenLine> = {}): OpenLine => ({
  name: 'Чат',
  crm: { create: 'deal' },
  kpi: { first_answer: '15m', further_answer: '30m', alert: true },
  quick_answers: [{ text: 'Здравствуйте!' }],
  ...patch,
});

describe('SD-16 call recording', () => {
  table(sd16, [
    {
      name: 'all connected calls recorded pass; missed calls do not count',
      ctx: () => ctx({ state: withLines(), data: data({ calls: [call(1, 60, true), call(2, 0, false)] }) }),
      has: [{ part: 'data', status: 'pass', messageId: 'dataRecorded' }],
      status: 'pass',
    },
    {
      name: 'half recorded is partial',
      ctx: () => ctx({ state: withLines(), data: data({ calls: [call(1, 60, true), call(2, 60, false)] }) }),
      has: [{ part: 'data', status: 'partial', messageId: 'dataNotRecorded', ratio: 0.5 / 0.95 }],
    },
    {
      name: 'calls before the window are left out',
      ctx: () => ctx({ state: withLines(), data: data({ calls: [call(1, 60, false, 45)] }) }),
      has: [{ part: 'data', status: 'not-applicable', messageId: 'nothingToMeasureInWindow' }],
    },
    {
      name: 'a longer window per client brings them in',
      ctx: () =>
        ctx({
          state: withLines(),
          thresholds: { 'SD-16': { days: 60 } },
          data: data({ calls: [call(1, 60, false, 45)] }),
        }),
      has: [{ part: 'data', status: 'fail' }],
    },
    {
      name: 'no telephony scope is an error, not a fail',
      ctx: () =>
        ctx({
          state: withLines(),
          data: data({
            errors: {
              calls: { method: 'voximplant.statistic.get', code: 'insufficient_scope', description: '' },
            },
          }),
        }),
      has: [{ part: 'data', status: 'error', messageId: 'dataError' }],
      status: 'error',
    },
  ]);
});

describe('SD-17 e-mail in the CRM', () => {
  table(sd17, [
    {
      name: 'enough new deals with an e-mail pass, the attestation is for information',
      ctx: () => ctx({ state: withLines(), data: data({ recentDeals: [1, 2, 3], emailDeals: [1] }) }),
      has: [
        { part: 'data', status: 'pass', messageId: 'dataEmail' },
        { part: 'manual', status: 'manual-unattested', scored: false },
      ],
      status: 'pass',
    },
    {
      name: 'no e-mail on new deals fails',
      ctx: () => ctx({ state: withLines(), data: data({ recentDeals: [1, 2], emailDeals: [9] }) }),
      has: [{ part: 'data', status: 'fail', messageId: 'dataNoEmail' }],
    },
    {
      name: 'no new deals: the attestation decides',
      ctx: () => ctx({ state: withLines(), data: data(), attestations: [attested('SD-17')] }),
      status: 'manual-attested',
      has: [{ part: 'manual', status: 'manual-attested', scored: true }],
    },
  ]);
});

describe('SD-18 planned calls and meetings', () => {
  const act = (owner: number, type: number, provider: string) => ({
    id: owner,
    owner,
    type,
    provider,
    deadline: null,
  });
  table(sd18, [
    {
      name: 'calls and meetings planned on the deals pass',
      ctx: () =>
        ctx({
          state: withLines(),
          data: data({
            openDeals: [deal(1), deal(2)],
            openActivities: [act(1, 2, 'VOXIMPLANT_CALL'), act(2, 1, 'CRM_MEETING')],
          }),
        }),
      has: [{ part: 'data', status: 'pass', messageId: 'dataPlanned' }],
    },
    {
      name: 'a to-do is not a call or meeting',
      ctx: () =>
        ctx({
          state: withLines(),
          data: data({
            openDeals: [deal(1), deal(2)],
            openActivities: [act(1, 2, 'VOXIMPLANT_CALL'), act(2, 6, 'CRM_TODO')],
          }),
        }),
      has: [{ part: 'data', status: 'partial', messageId: 'dataUnplanned', ratio: 0.5 / 0.7 }],
    },
    {
      name: 'no open deals: not applicable',
      ctx: () => ctx({ state: withLines(), data: data() }),
      has: [{ part: 'data', status: 'not-applicable' }],
      status: 'not-applicable',
    },
  ]);
});

describe('SD-21 open lines into the deal', () => {
  table(sd21, [
    {
      name: 'a spec line with the CRM on passes',
      ctx: () => ctx({ spec: spec({ open_lines: [specLine()] }) }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specCrm' }],
    },
    {
      name: 'a spec line that creates nothing is not integrated',
      ctx: () => ctx({ spec: spec({ open_lines: [specLine({ crm: { create: 'none' } })] }) }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specNoCrm' }],
    },
    {
      name: 'no lines in the spec',
      ctx: () => ctx({ spec: spec({}) }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specNoLines' }],
    },
    {
      name: 'a portal without lines fails',
      ctx: () => ctx({ state: withLines() }),
      has: [{ part: 'config', status: 'fail', messageId: 'portalNoLines' }],
    },
    {
      name: 'inactive lines are not judged',
      ctx: () => ctx({ state: withLines(line(1, 'A'), line(2, 'B', { active: false, crm: false })) }),
      has: [{ part: 'config', status: 'pass', messageId: 'portalCrm' }],
    },
    {
      name: 'an active line without the CRM',
      ctx: () => ctx({ state: withLines(line(1, 'A'), line(2, 'B', { crm: false })) }),
      has: [{ part: 'config', status: 'partial', messageId: 'portalNoCrm' }],
    },
    {
      name: 'with a spec, the line found under an old name counts',
      ctx: () =>
        ctx({
          spec: spec({ open_lines: [specLine({ renamed_from: ['Старый чат'] })] }),
          state: withLines(line(1, 'Старый чат')),
        }),
      has: [{ part: 'config', status: 'pass', messageId: 'portalAsSpecified' }],
    },
    {
      name: 'with a spec, a missing line differs',
      ctx: () => ctx({ spec: spec({ open_lines: [specLine()] }), state: withLines() }),
      has: [{ part: 'config', status: 'fail', messageId: 'portalDiffers' }],
    },
  ]);
});

describe('SD-22 chat KPI', () => {
  table(sd22, [
    {
      name: '15m/30m with alerts pass',
      ctx: () => ctx({ spec: spec({ open_lines: [specLine()] }) }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specKpi' }],
    },
    {
      name: 'a first answer of an hour is too slow',
      ctx: () =>
        ctx({
          spec: spec({
            open_lines: [specLine({ kpi: { first_answer: '1h', further_answer: '30m', alert: true } })],
          }),
        }),
      has: [{ part: 'spec', status: 'fail', messageId: 'specBadKpi' }],
    },
    {
      name: 'KPIs without alerts do not count',
      ctx: () =>
        ctx({
          spec: spec({ open_lines: [specLine({ kpi: { first_answer: '10m', further_answer: '20m' } })] }),
        }),
      has: [{ part: 'spec', status: 'fail' }],
    },
    {
      name: 'a portal line within limits passes',
      ctx: () => ctx({ state: withLines(line(1, 'A')) }),
      has: [{ part: 'config', status: 'pass', messageId: 'portalKpi' }],
    },
    {
      name: 'KPI 0 means off',
      ctx: () => ctx({ state: withLines(line(1, 'A', { kpiFirstAnswerTime: 0 })) }),
      has: [{ part: 'config', status: 'fail', messageId: 'portalBadKpi' }],
    },
    {
      name: 'limits can be set per client',
      ctx: () =>
        ctx({
          state: withLines(line(1, 'A', { kpiFirstAnswerTime: 1200 })),
          thresholds: { 'SD-22': { first_answer_max: 1200 } },
        }),
      has: [{ part: 'config', status: 'pass' }],
    },
    {
      name: 'with a spec, the portal must hold the spec’s seconds',
      ctx: () =>
        ctx({
          spec: spec({
            open_lines: [specLine({ kpi: { first_answer: '10m', further_answer: '30m', alert: true } })],
          }),
          state: withLines(line(1, 'Чат')),
        }),
      has: [{ part: 'config', status: 'fail', messageId: 'portalDiffers' }],
    },
  ]);
});

describe('SD-24 quick answers and SD-20 calendar sync (manual)', () => {
  table(sd24, [
    {
      name: 'lines with quick answers pass on the spec',
      ctx: () => ctx({ spec: spec({ open_lines: [specLine()] }) }),
      has: [{ part: 'spec', status: 'pass', messageId: 'specAnswers' }],
      status: 'pass',
    },
    {
      name: 'a line without answers',
      ctx: () =>
        ctx({ spec: spec({ open_lines: [specLine({ quick_answers: [] }), specLine({ name: 'B' })] }) }),
      has: [{ part: 'spec', status: 'partial', messageId: 'specNoAnswers', ratio: 0.5 }],
    },
  ]);
  table(sd20, [
    {
      name: 'unattested on a portal',
      ctx: () => ctx({ state: withLines() }),
      has: [{ part: 'manual', status: 'manual-unattested' }],
      status: 'manual-unattested',
    },
    {
      name: 'attested on a portal',
      ctx: () => ctx({ state: withLines(), attestations: [attested('SD-20')] }),
      has: [{ part: 'manual', status: 'manual-attested' }],
      status: 'manual-attested',
    },
    {
      name: 'on a spec alone there is nothing to score',
      ctx: () => ctx({ spec: spec({}) }),
      has: [{ part: 'manual', status: 'manual-unattested', scored: false }],
      status: 'not-applicable',
    },
  ]);
});
