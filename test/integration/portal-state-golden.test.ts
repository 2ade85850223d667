import { beforeAll, describe, expect, it } from 'vitest';
import { portalToSpec } from '../../src/export/to-spec.js';
import { exportToYaml } from '../../src/export/yaml.js';
import { readPortalState, type ReadOptions } from '../../src/resources/read-state.js';
import { createTransport } from '../../src/portal/transport.js';
import {
  createEmulator,
  createVirtualClock,
  generatePortal,
  loadSandboxState,
  saveSandboxState,
  type SandboxState,
} from '../../src/sandbox/index.js';
import { Workspace } from '../helpers/workspace.js';
import { openSandboxWire } from '../../src/portal/sandbox-adapter.js';

/**
 * The portal state as one read returns it, pinned byte for byte: saved snapshots (`.b24cfg/snapshots/`),
 * plan fingerprints and exports must stay the same whatever the reader's code looks like. The portal is
 * a generated one (70 users: the user list takes a second page) with templates/b2b-b2c.yaml applied
 * (open lines, numerators, document templates, departments). Update with
 * `npx vitest run test/integration/portal-state-golden.test.ts -u` only for a change of the state's
 * shape, and say so in the commit.
 */
let portal: SandboxState;

async function read(scopes?: string[], sections?: ReadOptions['sections']) {
  const clock = createVirtualClock(Date.UTC(2026, 10, 24, 10, 0, 0));
  const emulator = createEmulator({
    state: structuredClone(portal),
    clock,
    ...(scopes ? { webhook: { userId: 1, secret: 'sandboxsecret0000', scopes } } : {}),
  });
  const client = createTransport(await openSandboxWire({ emulator }));
  const state = await readPortalState(client, { languages: ['en', 'ru'], ...(sections ? { sections } : {}) });
  return { state, httpRequests: client.stats.httpRequests };
}

describe('the portal state one read returns (golden files)', () => {
  beforeAll(async () => {
    const ws = new Workspace('b24cfg-state-golden-');
    const { state } = generatePortal({
      seed: 5,
      pipelines: 3,
      stagesPerPipeline: 5,
      fields: 8,
      users: 70,
      deals: 0,
    });
    await saveSandboxState(state, ws.portalFile);
    const spec = ws.path('b24cfg.yaml');
    expect((await ws.run(['init', '--template', 'b2b-b2c', '--out', spec])).code).toBe(0);
    const applied = await ws.run(['apply', spec, '--portal', ws.portal, '--yes']);
    expect(applied.code, applied.stderr).toBe(0);
    portal = await loadSandboxState(ws.portalFile);
  }, 120_000);

  it('a full read: the state JSON, its fingerprint and the export are unchanged, in 2 HTTP requests', async () => {
    const { state, httpRequests } = await read();
    expect(httpRequests).toBe(2);
    expect(state.users.length).toBeGreaterThan(50);
    expect(state.openLines.length).toBeGreaterThan(0);
    expect(state.documentTemplates.length).toBeGreaterThan(0);
    await expect(`${JSON.stringify(state, null, 2)}\n`).toMatchFileSnapshot('__golden__/portal-state.json');
    await expect(exportToYaml(portalToSpec(state), state, 'ru')).toMatchFileSnapshot(
      '__golden__/portal-export.yaml',
    );
  });

  it.each([
    ['crm only', ['crm']],
    ['no crm', ['user', 'department', 'imopenlines']],
    ['crm and users', ['crm', 'user']],
  ])(
    'a webhook with %s: unreadable sections, their order and the fingerprint are unchanged',
    async (_n, scopes) => {
      const { state } = await read(scopes);
      const { spec: _s, ...result } = portalToSpec(state);
      await expect(
        `${JSON.stringify({ unreadable: state.unreadable, fingerprint: state.fingerprint, result }, null, 2)}\n${exportToYaml(portalToSpec(state), state, 'en')}`,
      ).toMatchFileSnapshot(`__golden__/portal-state-${scopes.join('-')}.txt`);
    },
  );

  it('a read of some sections: the others are "not-read", after the unreadable ones', async () => {
    const { state, httpRequests } = await read(['crm'], ['users', 'pipelines', 'openLines']);
    expect(httpRequests).toBe(1);
    expect(state.unreadable).toEqual({
      openLines: 'insufficient_scope',
      users: 'insufficient_scope',
      statuses: 'not-read',
      userFields: 'not-read',
      documentTemplates: 'not-read',
      numerators: 'not-read',
      departments: 'not-read',
    });
    expect(Object.keys(state.unreadable)).toEqual([
      'openLines',
      'users',
      'statuses',
      'userFields',
      'documentTemplates',
      'numerators',
      'departments',
    ]);
    expect(state.userFields).toEqual({ deal: [], lead: [], contact: [], company: [] });
    expect(state.pipelines.length).toBeGreaterThan(3);
  });
});
