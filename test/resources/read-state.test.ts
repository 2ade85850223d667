import { describe, expect, it } from 'vitest';
import { parseBatchCommand } from '../../src/sandbox/php-query.js';
import { readPortalState } from '../../src/resources/read-state.js';
import { createHttpWire } from '../../src/portal/http-wire.js';
import { createTransport } from '../../src/portal/transport.js';
import { createEmulator, generatePortal } from '../../src/sandbox/index.js';
import { portalToSpec } from '../../src/export/to-spec.js';
import { exportToYaml } from '../../src/export/yaml.js';
import { validateSpec } from '../../src/spec/index.js';
import { planChanges } from '../../src/resources/plan-changes.js';
import { emptyStateFile } from '../../src/portal/state-file.js';
import { readFileSync } from 'node:fs';
import { HOOK, useMswPortal } from '../portal/helpers/msw-portal.js';
import { openSandboxWire } from '../../src/portal/sandbox-adapter.js';
import { bindingSections } from '../../src/resources/registry.js';

/**
 * A documented answer, verbatim (the full copy of test/sandbox/fixtures/rest-examples/ kept with the sandbox
 * tests).
 */
function fixture(name: string): { body: Record<string, unknown> } {
  const raw = JSON.parse(
    readFileSync(new URL(`../sandbox/fixtures/rest-examples/${name}.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const { _source: _s, ...body } = raw;
  return { body };
}

/** The documented answer of every method the reader calls (test/sandbox/fixtures/rest-examples/). */
const READER_FIXTURES: Record<string, string> = {
  'server.time': 'server.time',
  'app.info': 'app.info',
  'crm.settings.mode.get': 'crm.settings.mode.get',
  'imopenlines.config.path.get': 'imopenlines.config.path.get',
  'crm.category.list': 'crm.category.list',
  'crm.status.list': 'crm.status.list',
  'crm.deal.userfield.list': 'crm.deal.userfield.list',
  'crm.lead.userfield.list': 'crm.lead.userfield.list',
  'crm.contact.userfield.list': 'crm.contact.userfield.list',
  'crm.company.userfield.list': 'crm.company.userfield.list',
  'imopenlines.config.list.get': 'imopenlines.config.list.get',
  'imopenlines.config.get': 'imopenlines.config.get',
  'crm.documentgenerator.template.list': 'crm.documentgenerator.template.list',
  'crm.documentgenerator.numerator.list': 'crm.documentgenerator.numerator.list',
  'department.get': 'department.get',
  'user.get': 'user.get',
};

describe('readPortalState on the documented answers, served verbatim through msw and the HTTP wire', () => {
  const msw = useMswPortal();

  it('parses every documented response of every method it uses into PortalState', async () => {
    const answered = new Set<string>();
    msw.setReply((method, body) => {
      if (method !== 'batch') return { json: fixture(READER_FIXTURES[method] ?? method).body };
      const cmd = body.cmd as Record<string, string>;
      const result: Record<string, unknown> = {};
      const totals: Record<string, number> = {};
      for (const [key, line] of Object.entries(cmd)) {
        const { method: m } = parseBatchCommand(line);
        const name = READER_FIXTURES[m];
        if (!name) throw new Error(`the reader called ${m}, which has no documented answer here`);
        answered.add(m);
        const doc = fixture(name).body as { result: unknown; total?: number };
        // Documented list answers carry the doc's own `total`; the fixture shows one page.
        result[key] = doc.result;
        if (typeof doc.total === 'number') totals[key] = Math.min(doc.total, 50);
      }
      return {
        json: {
          result: { result, result_error: [], result_total: totals, result_next: [], result_time: [] },
          time: {},
        },
      };
    });
    const client = createTransport(createHttpWire(HOOK), {
      tier: 'standard',
      sleep: () => Promise.resolve(),
    });
    const state = await readPortalState(client);
    expect([...answered].sort()).toEqual(Object.keys(READER_FIXTURES).sort());
    expect(state.pipelines.map((p) => p.id)).toEqual([9, 10, 11, 0]);
    expect(state.statuses).toHaveLength(8);
    expect(state.statuses.find((s) => s.statusId === 'WON')).toMatchObject({
      semantics: 'S',
      system: true,
      sort: 60,
    });
    expect(state.userFields.deal.length).toBeGreaterThan(0);
    expect(state.userFields.deal.find((f) => f.type === 'enumeration')?.list.length).toBeGreaterThan(0);
    expect(state.userFields.company.length).toBeGreaterThan(0);
    // The list.get example rows are short: each line was read whole with imopenlines.config.get.
    expect(state.openLines.map((l) => l.name)).toEqual(['Bitrix24 Documentation', 'Bitrix24 Documentation']);
    expect(state.openLines[0]).toMatchObject({ queueType: 'evenly', crmForward: true, queue: [27, 103] });
    expect(state.documentTemplates.map((t) => t.id)).toEqual([37, 39]);
    expect(state.numerators.map((n) => n.template)).toEqual(['{NUMBER}', 'INV-{NUMBER}']);
    expect(state.departments.map((d) => d.name)).toContain('Sales Department');
    expect(state.users.length).toBeGreaterThan(0);
    expect(state.fingerprint).toMatch(/^sha256:/);
    // The documented imopenlines.config.path.get names the portal example.bitrix24.com, whatever URL reached it.
    expect(state.info.identity).toBe('example.bitrix24.com');
  });
});

describe('readPortalState on a large configuration', () => {
  it('reads 20 pipelines, 300 stages and 200 fields in at most 2 HTTP requests', async () => {
    const { state } = generatePortal({
      seed: 3,
      pipelines: 20,
      stagesPerPipeline: 11,
      fields: 200,
      deals: 0,
      users: 60,
    });
    const client = createTransport(await openSandboxWire({ emulator: createEmulator({ state }) }));
    const read = await readPortalState(client);
    expect(read.pipelines).toHaveLength(20);
    expect(read.statuses.filter((s) => s.entityId.startsWith('DEAL_STAGE')).length).toBeGreaterThanOrEqual(
      300,
    );
    expect(read.userFields.deal.length).toBeGreaterThanOrEqual(200);
    expect(client.stats.httpRequests).toBeLessThanOrEqual(2);
  });

  it('exports a generated portal deterministically into a valid spec that plans to no changes', async () => {
    const { state } = generatePortal({
      seed: 11,
      pipelines: 6,
      stagesPerPipeline: 6,
      fields: 12,
      deals: 2000,
    });
    const client = createTransport(await openSandboxWire({ emulator: createEmulator({ state }) }));
    const read = await readPortalState(client);
    const a = portalToSpec(read);
    const b = portalToSpec(await readPortalState(client), { binding: a.binding });
    expect(exportToYaml(b, read, 'ru')).toBe(exportToYaml(a, read, 'ru'));
    expect(validateSpec(a.spec).errors).toEqual([]);
    const pass = planChanges(
      {
        spec: a.spec,
        specFile: 'x',
        specHash: 'x',
        state: read,
        binding: { ...emptyStateFile(read.info.host, bindingSections), ...a.binding },
        options: { prune: false, allowDataLoss: false },
      },
      { counts: new Map() },
    );
    expect(pass.changes.filter((c) => c.op !== 'manual')).toEqual([]);
  });
});

describe('readPortalState: a list that counts only its page (parity.md#docgen-numerator)', () => {
  async function portalWith(numerators: number) {
    const em = createEmulator();
    const client = createTransport(await openSandboxWire({ emulator: em }));
    await client.batch(
      Array.from({ length: numerators }, (_, i) => ({
        method: 'crm.documentgenerator.numerator.add',
        params: { fields: { name: `N${i}`, template: '{NUMBER}' } },
      })),
    );
    return createTransport(await openSandboxWire({ emulator: em }));
  }

  it.each([
    // 49: the first page is short, nothing more; 50: one more request to learn the second is empty;
    // then five pages a request until a short one (300 fills six pages, so a third request finds none).
    [49, 1],
    [50, 2],
    [120, 2],
    [260, 2],
    [300, 3],
  ])('%i numerators are all read, in %i HTTP request(s)', async (n, requests) => {
    const client = await portalWith(n);
    const read = await readPortalState(client, { sections: ['numerators'] });
    expect(read.numerators.map((x) => x.name)).toEqual(Array.from({ length: n }, (_, i) => `N${i}`));
    expect(client.stats.httpRequests).toBe(requests);
  });
});
