import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FleetResult } from '../../src/report/fleet/types.js';
import { createEmulator, freshPortalState, startSandboxServer } from '../../src/sandbox/index.js';
import { cli } from '../helpers/run-cli.js';

const TEMPLATES = join(import.meta.dirname, '../../templates');

/** A project with the starter spec and three in-process sandbox portals in files. */
function project(): { dir: string; run: (args: string[]) => ReturnType<typeof cli> } {
  const dir = mkdtempSync(join(tmpdir(), 'b24cfg-fleet-cli-'));
  cpSync(TEMPLATES, join(dir, 'specs'), { recursive: true });
  writeFileSync(
    join(dir, 'fleet.yaml'),
    [
      'version: 1',
      'defaults: { labels: { region: msk } }',
      'portals:',
      '  - { name: acme, portal: sandbox:portals/acme.json, spec: specs/b2b-b2c.yaml, labels: { manager: ivanov } }',
      '  - { name: beta, portal: sandbox:portals/beta.json, spec: specs/b2b-b2c.yaml, labels: { manager: petrov } }',
      '  - { name: gamma, portal: sandbox:portals/gamma.json, labels: { manager: ivanov } }',
      '',
    ].join('\n'),
  );
  return { dir, run: (args) => cli([...args, '--lang', 'en'], { cwd: dir }) };
}

function json(stdout: string): FleetResult {
  return JSON.parse(stdout) as FleetResult;
}

describe('b24cfg fleet', () => {
  it('plan: each portal against its spec; drift is exit 2 only with --detailed-exitcode; a portal without a spec is reported', async () => {
    const { run } = project();
    const plain = await run(['fleet', 'plan', 'fleet.yaml']);
    expect(plain.stdout).toContain('Fleet drift check');
    expect(plain.stdout).toMatch(/~ acme\s+drifts · create \d+/);
    expect(plain.stdout).toContain('[FLEET_NO_SPEC]');
    // gamma has no spec (exit 1 for that portal) and outranks the drift.
    expect(plain.code).toBe(1);
    const detailed = await run(['fleet', 'plan', 'fleet.yaml', '--detailed-exitcode', '--format', 'json']);
    const r = json(detailed.stdout);
    expect(r.kind).toBe('plan');
    expect(r.portals.map((p) => [p.name, p.plan?.drift, p.exitCode])).toEqual([
      ['acme', true, 2],
      ['beta', true, 2],
      ['gamma', undefined, 1],
    ]);
    expect(r.summary).toMatchObject({ portals: 3, done: 2, drift: 2, failed: 1, exitCode: 1 });
  }, 60_000);

  it('audit: gates per portal (exit 3), full reports linked from the dashboard, progress lines in a log', async () => {
    const { dir, run } = project();
    const r = await run([
      'fleet',
      'audit',
      'fleet.yaml',
      '--min-score',
      '99',
      '--reports',
      'out/reports',
      '--out',
      'out/fleet.html',
      '--out',
      'fleet.json',
      '--out',
      'out/fleet.md',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/✔ (acme|beta|gamma): score [\d.]+ \(1\/3\)/);
    expect(r.stderr).toContain('Result saved: out/fleet.html');
    const result = json(readFileSync(join(dir, 'fleet.json'), 'utf8'));
    expect(result.portals.every((p) => p.gateFailed?.[0]?.includes('below') && p.exitCode === 3)).toBe(true);
    expect(result.portals[0]?.report).toBe('out/reports/acme.html');
    expect(readdirSync(join(dir, 'out/reports')).sort()).toEqual([
      'acme.html',
      'acme.json',
      'beta.html',
      'beta.json',
      'gamma.html',
      'gamma.json',
    ]);
    // Links are relative to the file that holds them.
    expect(readFileSync(join(dir, 'out/fleet.html'), 'utf8')).toContain('href="reports/acme.html"');
    expect(readFileSync(join(dir, 'out/fleet.md'), 'utf8')).toContain('[acme](reports/acme.html)');
    const full = JSON.parse(readFileSync(join(dir, 'out/reports/acme.json'), 'utf8')) as { schema: string };
    expect(full.schema).toBe('b24cfg-audit-report');
  }, 60_000);

  it('history: each run is kept per portal; the next run shows the change and the newly failing standards', async () => {
    const { dir, run } = project();
    expect(
      (await run(['apply', 'specs/b2b-b2c.yaml', '--portal', 'sandbox:portals/acme.json', '--yes'])).code,
    ).toBe(0);
    const first = json((await run(['fleet', 'audit', 'fleet.yaml', '--format', 'json'])).stdout);
    expect(first.portals.some((p) => p.change)).toBe(false);
    const history = join(dir, '.b24cfg/fleet-history');
    expect(readdirSync(history).sort()).toEqual(['acme', 'beta', 'gamma']);
    expect(readdirSync(join(history, 'acme'))).toEqual([`${first.run.id}.json`]);

    // acme loses what the apply set up; its next audit is worse, with the standards that broke.
    writeFileSync(join(dir, 'portals/acme.json'), readFileSync(join(dir, 'portals/gamma.json')));
    const second = await run(['fleet', 'audit', 'fleet.yaml']);
    const acme = /acme: ([\d.]+) → ([\d.]+) \((−[\d.]+)\) since run (\S+)/.exec(second.stdout);
    expect(acme?.[4]).toBe(first.run.id);
    expect(second.stdout).toMatch(/Newly failing: SD-\d\d/);
    // --since a date before the first run has no baseline; --since the first run compares with it.
    const since = json(
      (await run(['fleet', 'audit', 'fleet.yaml', '--since', first.run.id, '--format', 'json'])).stdout,
    );
    expect(since.portals.find((p) => p.name === 'acme')?.change?.since).toBe(first.run.id);
    expect(since.portals.find((p) => p.name === 'acme')?.change?.newlyFailing.length).toBeGreaterThan(0);
    const before = json(
      (await run(['fleet', 'audit', 'fleet.yaml', '--since', '2020-01-01', '--format', 'json'])).stdout,
    );
    expect(before.portals.some((p) => p.change)).toBe(false);
    expect(readdirSync(join(history, 'acme'))).toHaveLength(4);
    // --no-history neither compares nor keeps.
    await run(['fleet', 'audit', 'fleet.yaml', '--no-history', '--format', 'json']);
    expect(readdirSync(join(history, 'acme'))).toHaveLength(4);
  }, 120_000);

  it('merge refuses what does not make one run, saying which shard to run', async () => {
    const { dir, run } = project();
    for (const i of [1, 2, 3]) {
      const r = await run([
        'fleet',
        'audit',
        'fleet.yaml',
        '--shard',
        `${i}/3`,
        '--no-history',
        '--out',
        `s${i}.json`,
      ]);
      expect(r.stderr).toContain(`(shard ${i} of 3)`);
    }
    const plan = await run(['fleet', 'plan', 'fleet.yaml', '--out', 'plan.json']);
    expect(plan.stderr).toContain('Result saved: plan.json');
    const shardsWith = (n: number) => json(readFileSync(join(dir, `s${n}.json`), 'utf8')).portals.length;
    const nonEmpty = [1, 2, 3].filter((n) => shardsWith(n) > 0);
    const missing = await run(['fleet', 'merge', ...nonEmpty.slice(1).map((n) => `s${n}.json`)]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('FLEET_MERGE_MISSING');
    expect(missing.stderr).toContain(
      `b24cfg fleet audit fleet.yaml --shard ${[1, 2, 3].find((n) => !nonEmpty.slice(1).includes(n))}/3`,
    );
    const twice = await run(['fleet', 'merge', `s${nonEmpty[0]}.json`, `s${nonEmpty[0]}.json`]);
    expect(twice.stderr).toContain('FLEET_MERGE_DUPLICATE');
    const kinds = await run(['fleet', 'merge', 's1.json', 'plan.json']);
    expect(kinds.stderr).toContain('another command (audit and plan do not merge)');
    writeFileSync(join(dir, 'other.json'), '{"schema":"b24cfg-audit-report"}');
    const other = await run(['fleet', 'merge', 'other.json']);
    expect(other.stderr).toContain('other.json is not a b24cfg fleet result');
    expect(other.stderr).toContain('--shard 1/3 --format json --out shard-1.json');
    const ok = await run([
      'fleet',
      'merge',
      's1.json',
      's2.json',
      's3.json',
      '--history',
      'h',
      '--format',
      'json',
    ]);
    expect(json(ok.stdout).portals.map((p) => p.name)).toEqual(['acme', 'beta', 'gamma']);
    expect(existsSync(join(dir, 'h/acme'))).toBe(true);
  }, 120_000);

  it('two entries of one portal share its transport, one after the other, and both are scored', async () => {
    const { dir, run } = project();
    writeFileSync(
      join(dir, 'twice.yaml'),
      [
        'version: 1',
        'portals:',
        '  - { name: with-spec, portal: sandbox:portals/one.json, spec: specs/b2b-b2c.yaml }',
        '  - { name: without, portal: sandbox:portals/one.json }',
        '',
      ].join('\n'),
    );
    const r = json((await run(['fleet', 'audit', 'twice.yaml', '--no-history', '--format', 'json'])).stdout);
    expect(r.portals.map((p) => [p.name, p.host, p.score !== undefined])).toEqual([
      ['with-spec', 'sandbox', true],
      ['without', 'sandbox', true],
    ]);
    const [a, b] = r.portals;
    // One after the other: the second starts when the first is done.
    expect(
      Date.parse(b?.startedAt ?? '') >= Date.parse(a?.finishedAt ?? '') ||
        Date.parse(a?.startedAt ?? '') >= Date.parse(b?.finishedAt ?? ''),
    ).toBe(true);
  }, 60_000);

  it('a portal that cannot be reached is reported as a network failure with its command, and the rest go on', async () => {
    const { dir } = project();
    // A port nothing listens on: taken, then let go.
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((r) => server.close(() => r()));
    writeFileSync(
      join(dir, 'gone.yaml'),
      [
        'version: 1',
        'portals:',
        '  - { name: alive, portal: sandbox:portals/alive.json }',
        '  - { name: gone, portal: "${env:GONE_WEBHOOK}" }',
        '',
      ].join('\n'),
    );
    const r = await cli(['fleet', 'audit', 'gone.yaml', '--no-history', '--format', 'json', '--lang', 'en'], {
      cwd: dir,
      env: { GONE_WEBHOOK: `http://127.0.0.1:${port}/rest/1/abcdefgh12345678/` },
    });
    const result = json(r.stdout);
    expect(result.portals.map((p) => [p.name, p.score !== undefined, p.error?.reason])).toEqual([
      ['alive', true, undefined],
      ['gone', false, 'network'],
    ]);
    const gone = result.portals[1];
    // The transport's own hint for an unreachable portal (src/portal/transport.ts).
    expect(gone?.error).toMatchObject({ code: 'B24_NETWORK', hint: expect.stringMatching(/network/) });
    // The secret of the webhook never reaches a result or the terminal.
    expect(r.stdout + r.stderr).not.toContain('abcdefgh12345678');
    expect(r.code).toBe(gone?.exitCode);
  }, 120_000);

  it('--deadline bounds each portal: one that runs past it is reported under limits (exit 6), the rest go on', async () => {
    const { dir } = project();
    // A portal that takes 60 s to answer anything.
    const slow = await startSandboxServer({
      emulator: createEmulator({ state: freshPortalState() }),
      latencyMs: 60_000,
    });
    try {
      writeFileSync(
        join(dir, 'slow.yaml'),
        [
          'version: 1',
          'portals:',
          '  - { name: quick, portal: sandbox:portals/quick.json }',
          '  - { name: slow, portal: "${env:SLOW_WEBHOOK}" }',
          '',
        ].join('\n'),
      );
      const r = await cli(
        [
          'fleet',
          'audit',
          'slow.yaml',
          '--deadline',
          '8',
          '--no-history',
          '--format',
          'json',
          '--lang',
          'en',
        ],
        { cwd: dir, env: { SLOW_WEBHOOK: slow.url } },
      );
      const result = json(r.stdout);
      expect(
        result.portals.map((p) => [p.name, p.score !== undefined, p.error?.code, p.error?.reason]),
      ).toEqual([
        ['quick', true, undefined, undefined],
        ['slow', false, 'B24_DEADLINE', 'limits'],
      ]);
      expect(r.code).toBe(6);
      const bad = await cli(['fleet', 'audit', 'slow.yaml', '--deadline', '0', '--lang', 'en'], { cwd: dir });
      expect([bad.code, bad.stderr]).toEqual([1, expect.stringContaining('invalid --deadline value: 0')]);
    } finally {
      await slow.close();
    }
  }, 120_000);

  it.each([
    [['--shard', '4/3'], 'FLEET_BAD_SHARD'],
    [['--concurrency', '0'], 'FLEET_BAD_CONCURRENCY'],
    [['--since', 'yesterday'], 'FLEET_BAD_SINCE'],
    [['--out', 'fleet.pdf'], 'cannot tell the format of fleet.pdf'],
    [['--format', 'sarif'], 'sarif'],
  ])('refuses %j before any portal is read', async (args, message) => {
    const { dir, run } = project();
    const r = await run(['fleet', 'audit', 'fleet.yaml', ...args]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect(existsSync(join(dir, 'portals'))).toBe(false);
  });

  it('has bilingual help with examples', async () => {
    const ru = await cli(['fleet', 'audit', '--help']);
    expect(ru.stdout).toContain('Примеры:');
    expect(ru.stdout).toContain('--shard <i/n>');
    const en = await cli(['fleet', '--help', '--lang', 'en']);
    expect(en.stdout).toContain('many client portals in one command');
  });
});
