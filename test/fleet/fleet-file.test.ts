import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateFleetValidator } from '../../scripts/gen-fleet-validator.mjs';
import { loadFleetFile } from '../../src/fleet/file.js';
import { literalSecretOf, portalRefOf } from '../../src/fleet/refs.js';
import { cli } from '../helpers/run-cli.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'b24cfg-fleet-file-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const SPEC = 'version: 1\nstandards: sales-dept@1\n';

describe('the fleet file', () => {
  it('fleet-validator.generated.ts is what `npm run gen:validator` makes from fleet.schema.json', async () => {
    const committed = readFileSync(
      new URL('../../src/fleet/fleet-validator.generated.ts', import.meta.url),
      'utf8',
    );
    expect(await generateFleetValidator()).toBe(committed);
  });

  it('reads portals with their spec (relative to the fleet file), labels, tier and the defaults', async () => {
    const dir = folder({
      'acme.yaml': SPEC,
      'base.yaml': SPEC,
      'fleet.yaml': [
        'version: 1',
        'defaults: { spec: base.yaml, tier: standard, labels: { region: msk } }',
        'portals:',
        '  - name: acme',
        '    portal: ${env:ACME_WEBHOOK}',
        '    spec: acme.yaml',
        '    labels: { client: ACME, manager: ivanov, vip: true }',
        '  - name: beta',
        '    portal: beta-profile',
        '    tier: enterprise',
        '  - name: local',
        '    portal: sandbox:portals/local.json',
        '',
      ].join('\n'),
    });
    const r = await loadFleetFile('fleet.yaml', { cwd: dir });
    expect(r.problems).toEqual([]);
    const [acme, beta, local] = r.fleet?.portals ?? [];
    expect(acme).toMatchObject({
      name: 'acme',
      spec: join(dir, 'acme.yaml'),
      tier: 'standard',
      labels: { region: 'msk', client: 'ACME', manager: 'ivanov', vip: 'true' },
      where: 'fleet.yaml:5:13',
    });
    expect(beta).toMatchObject({
      spec: join(dir, 'base.yaml'),
      tier: 'enterprise',
      labels: { region: 'msk' },
    });
    expect(r.fleet?.hash).toMatch(/^sha256:[0-9a-f]{32}$/);
    if (!local) throw new Error('no third portal');
    expect(portalRefOf(local, {}, dir)).toBe(`sandbox:${join(dir, 'portals/local.json')}`);
  });

  it.each([
    [
      'an unknown key, with a suggestion',
      'version: 1\nportals:\n  - name: a\n    portal: p\n    lables: {}\n',
      'fleet.yaml:5:5',
      'unknown key "lables" — did you mean "labels"?',
    ],
    [
      'a missing portal reference',
      'version: 1\nportals:\n  - name: a\n',
      'fleet.yaml:3:5',
      'missing required key "portal"',
    ],
    [
      'a name that cannot be a file name',
      'version: 1\nportals:\n  - name: "a/b"\n    portal: p\n',
      'fleet.yaml:3:11',
      'does not have the expected form',
    ],
    [
      'a wrong version',
      'version: 2\nportals:\n  - { name: a, portal: p }\n',
      'fleet.yaml:1:10',
      'this must be 1',
    ],
    [
      'a name used twice',
      'version: 1\nportals:\n  - { name: a, portal: p }\n  - { name: a, portal: q }\n',
      'fleet.yaml:4:13',
      'the portal name "a" is taken already (line 3)',
    ],
    [
      'a spec that does not exist',
      'version: 1\nportals:\n  - { name: a, portal: p, spec: nope.yaml }\n',
      'fleet.yaml:3:33',
      'the spec file "nope.yaml" does not exist',
    ],
    [
      'a literal URL without a secret',
      'version: 1\nportals:\n  - { name: a, portal: "https://a.bitrix24.ru/" }\n',
      'fleet.yaml:3:24',
      'is a URL; name the portal by a profile',
    ],
    [
      'a variable of another kind',
      'version: 1\nportals:\n  - { name: a, portal: "${var:x}" }\n',
      'fleet.yaml:3:24',
      'may only substitute ${env:NAME}, not "${var:x}"',
    ],
  ])('refuses %s, located', async (_what, text, at, message) => {
    const dir = folder({ 'fleet.yaml': text });
    const r = await loadFleetFile('fleet.yaml', { cwd: dir });
    expect(r.ok).toBe(false);
    expect(r.fleet).toBeUndefined();
    const p = r.problems[0];
    expect(`fleet.yaml:${p?.location?.line}:${p?.location?.col}`).toBe(at);
    expect(p?.message.en).toContain(message);
  });

  it.each([
    ['https://acme.example.bitrix24.ru/rest/1/abc123secret/', 'abc123secret'],
    ['https://acme.bitrix24.ru/rest/api/7/s3cr%3Dt/', 's3cr=t'],
    ['${env:HOST:-https://a.example.bitrix24.ru/rest/1/defaultsecret/}', 'defaultsecret'],
    ['https://${env:HOST}/rest/1/inlinesecret/', 'inlinesecret'],
    ['https://acme.bitrix24.ru/rest/1/${env:SECRET}/', undefined],
    ['${env:ACME_WEBHOOK}', undefined],
    ['acme-profile', undefined],
  ])('finds the literal secret in %s', (value, secret) => {
    expect(literalSecretOf(value)).toBe(secret);
  });

  it('refuses a webhook secret written in the file, at its place, and never prints the secret', async () => {
    const dir = folder({
      'fleet.yaml':
        'version: 1\nportals:\n  - name: acme\n    portal: https://acme.example.bitrix24.ru/rest/1/q1w2e3r4t5y6/\n',
    });
    const r = await cli(['fleet', 'audit', 'fleet.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fleet.yaml:4:13');
    expect(r.stderr).toContain('a webhook URL is written here with its secret');
    expect(r.stderr).toContain('b24cfg profile add acme "<webhook URL>"');
    expect(r.stderr).toContain('FLEET_FILE_INVALID');
    expect(r.stderr).toContain('no portal was contacted');
    expect(r.stdout + r.stderr).not.toContain('q1w2e3r4t5y6');
  });

  it('an unset variable fails only its portal, with the command that sets it', async () => {
    const dir = folder({
      'fleet.yaml':
        'version: 1\nportals:\n  - { name: a, portal: "${env:A_HOOK}" }\n  - { name: b, portal: sandbox }\n',
    });
    const r = await cli(
      ['fleet', 'audit', 'fleet.yaml', '--format', 'json', '--no-history', '--lang', 'en'],
      { cwd: dir },
    );
    expect(r.code).toBe(5);
    const out = JSON.parse(r.stdout) as {
      portals: Array<{
        name: string;
        error?: { code: string; hint: string; where: string };
        score?: unknown;
      }>;
    };
    expect(out.portals[0]?.error).toMatchObject({
      code: 'FLEET_ENV_MISSING',
      where: 'fleet.yaml:3:24',
      hint: 'export A_HOOK="https://<portal>/rest/<user>/<secret>/"',
    });
    expect(out.portals[1]?.score).toBeDefined();
  });

  it('`fleet validate` checks the fleet file and every spec it names; `fleet schema` prints the schema', async () => {
    const dir = folder({
      'good.yaml': SPEC,
      'bad.yaml': 'version: 1\nstandards: sales-dept@1\ndirections: 5\n',
      'fleet.yaml':
        'version: 1\nportals:\n  - { name: a, portal: p, spec: good.yaml }\n  - { name: b, portal: q, spec: bad.yaml }\n',
    });
    const r = await cli(['fleet', 'validate', 'fleet.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('fleet.yaml: 2 portals');
    expect(r.stdout).toContain('bad.yaml:3:13');
    const s = await cli(['fleet', 'schema']);
    expect(s.code).toBe(0);
    expect((JSON.parse(s.stdout) as { title: string }).title).toBe('Fleet');
  });
});
