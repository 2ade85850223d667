import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandFactories } from '../../src/cli/commands/index.js';
import type { CliApp } from '../../src/cli/app.js';
import { createEmulator, freshPortalState, startSandboxServer } from '../../src/sandbox/index.js';
import { ensureBuilt } from '../helpers/ensure-built.js';

/**
 * Issue 9, part 3: the webhook secret never appears in any output, file, error or log
 * (RELIABILITY.md#the-promises-and-their-tests). The real binary runs every registered command, in every
 * format, against sandbox HTTP servers whose secret we chose; the URL comes by --portal, by a profile and by
 * B24_WEBHOOK_URL; runs fail on purpose (a wrong secret, a missing scope, injected faults, a malformed URL).
 * stdout, stderr and every file the runs wrote are searched for each secret in plain, URL-encoded and base64
 * form.
 *
 * One file is excluded by design: the profiles file (~/.config/b24cfg/profiles.yaml), whose purpose
 * is to keep the webhook URL so that commands can be run by profile name (the test checks it is there,
 * and only there). `sandbox serve` prints the sandbox's own fixed loopback URL (sandboxsecret0000), which
 * opens nothing but that local process.
 */
const BIN = fileURLToPath(new URL('../../bin/b24cfg.js', import.meta.url));
const SECRET = 's3cr3tWebhookValue42';
const WRONG = 'wr0ngS3cretValue77';
const MALFORMED = 'm4lf0rmedS3cretXYZ';
const SECRETS = [SECRET, WRONG, MALFORMED];
const FORMATS = ['pretty', 'json', 'markdown', 'sarif', 'junit', 'html'] as const;

interface Run {
  label: string;
  code: number | null;
  stdout: string;
  stderr: string;
}

const work = mkdtempSync(join(tmpdir(), 'b24cfg-secrets-'));
/** Where the runs that fail on purpose work, next to the main sequence (they run at the same time). */
const work2 = mkdtempSync(join(tmpdir(), 'b24cfg-secrets-failing-'));
const home = mkdtempSync(join(tmpdir(), 'b24cfg-secrets-home-'));
const profilesFile = join(home, '.config', 'b24cfg', 'profiles.yaml');
const runs: Run[] = [];
const servers: Array<{ close(): Promise<void> }> = [];
const measured = { runs: 0, filesScanned: 0, bytesScanned: 0, hits: 0 };

function forms(secret: string): string[] {
  return [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64').replace(/=+$/, '')];
}

function hits(text: string): string[] {
  return SECRETS.flatMap((s) => forms(s).filter((f) => text.includes(f)));
}

function bin(
  label: string,
  args: string[],
  env: Record<string, string> = {},
  opts: { killAfterFirstLine?: boolean; cwd?: string } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? work,
      env: { PATH: process.env.PATH ?? '', HOME: home, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
      if (opts.killAfterFirstLine && stdout.includes('\n')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (code) => {
      const r = { label, code, stdout, stderr };
      runs.push(r);
      resolve(r);
    });
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

/** The snapshot the first apply took: the portal before b24cfg touched it. */
function firstSnapshot(): string | undefined {
  try {
    const dir = join(work, '.b24cfg', 'snapshots');
    const first = readdirSync(dir).sort()[0];
    return first === undefined ? undefined : join(dir, first);
  } catch {
    return undefined;
  }
}

/** Every command name the CLI registers, read from the same registry main.ts uses. */
function registeredCommands(): string[] {
  const app = {
    lang: 'en',
    h: (text: { en: string }) => text.en,
    run: () => Promise.resolve(),
  } as unknown as CliApp;
  return commandFactories.map((make) => make(app).name());
}

describe('secrets: the webhook secret appears in no output and no file', () => {
  let good = '';
  let wrong = '';
  let noScope = '';
  let faulty = '';
  const covered = new Set<string>();

  beforeAll(async () => {
    ensureBuilt();
    const start = async (o: Parameters<typeof createEmulator>[0], secret = SECRET) => {
      const s = await startSandboxServer({
        emulator: createEmulator({ ...o, webhook: { userId: 1, secret, ...o?.webhook } }),
      });
      servers.push(s);
      return s.url;
    };
    good = await start({ state: freshPortalState() });
    wrong = good.replace(SECRET, WRONG);
    noScope = await start({
      state: freshPortalState(),
      webhook: { userId: 1, secret: SECRET, scopes: ['crm', 'user'] },
    });
    faulty = await start({
      state: freshPortalState(),
      faults: { rate: 0.35, seed: 9, kinds: ['500', '503', 'drop-after', 'drop-before', 'timeout'] },
    });
    expect(good).toContain(SECRET);
  }, 180_000);

  afterAll(async () => {
    for (const s of servers) await s.close();
    const out = process.env.SECRETS_REPORT;
    if (out) writeFileSync(out, `${JSON.stringify(measured, null, 2)}\n`);
  });

  it('runs every registered command, every format, each way of giving the portal, failing runs included', async () => {
    const run = async (label: string, args: string[], env: Record<string, string> = {}) => {
      covered.add(args[0] ?? '');
      return bin(label, [...args, '--lang', 'en'], env);
    };
    // Offline commands first: the spec, its checklist, the schema, attestations, a sandbox file.
    expect((await run('init', ['init', '--template', 'b2b-b2c', '--out', 'b24cfg.yaml'])).code).toBe(0);
    for (const f of ['pretty', 'json', 'sarif'])
      await run(`validate ${f}`, ['validate', 'b24cfg.yaml', '--format', f]);
    await run('schema', ['schema']);
    await run('checklist md', ['checklist', 'b24cfg.yaml', '--out', 'checklist.md']);
    await run('checklist html', ['checklist', 'b24cfg.yaml', '--format', 'html']);
    await run('attest', [
      'attest',
      'SD-13',
      '--by',
      'auditor',
      '--note',
      'checked by hand',
      '--spec',
      'b24cfg.yaml',
    ]);
    await run('sandbox init', ['sandbox', 'init', 'sandbox-state.json']);
    covered.add('sandbox');
    await bin(
      'sandbox serve',
      ['sandbox', 'serve', '--port', '0', '--lang', 'en'],
      {},
      { killAfterFirstLine: true },
    );

    // Profiles: add (the URL goes into the profiles file), list, and one to remove.
    expect((await run('profile add', ['profile', 'add', 'client', good])).code).toBe(0);
    await run('profile add other', ['profile', 'add', 'other', wrong]);
    await run('profile list', ['profile', 'list']);
    await run('profile list json', ['profile', 'list', '--format', 'json']);
    await run('profile remove', ['profile', 'remove', 'other']);

    const main = async () => {
      // The networked commands, the portal given three ways.
      const ways: Array<{
        name: string;
        portal: string[];
        env: Record<string, string>;
        formats: readonly string[];
      }> = [
        { name: 'url', portal: ['--portal', good], env: {}, formats: FORMATS },
        { name: 'profile', portal: ['--portal', 'client'], env: {}, formats: ['pretty', 'json'] },
        { name: 'env', portal: [], env: { B24_WEBHOOK_URL: good }, formats: ['pretty', 'json'] },
      ];
      for (const w of ways) {
        for (const f of w.formats) {
          const fmt = ['--format', f];
          const v = f === 'pretty' ? ['-v'] : [];
          await run(`doctor ${w.name} ${f}`, ['doctor', ...w.portal, ...fmt, ...v], w.env);
          await run(
            `export ${w.name} ${f}`,
            ['export', ...w.portal, ...fmt, '--out', `export-${w.name}-${f}.yaml`],
            w.env,
          );
          await run(
            `plan ${w.name} ${f}`,
            ['plan', 'b24cfg.yaml', ...w.portal, ...fmt, ...v, '--out', `plan-${w.name}-${f}.json`],
            w.env,
          );
          // Back to the portal as it was before the first apply, so that this apply has work to do.
          const first = firstSnapshot();
          if (first)
            await run(
              `restore ${w.name} ${f}`,
              ['restore', first, ...w.portal, '--yes', ...fmt, ...v],
              w.env,
            );
          await run(
            `apply ${w.name} ${f}`,
            [
              'apply',
              'b24cfg.yaml',
              ...w.portal,
              '--yes',
              ...fmt,
              ...v,
              '--checklist',
              `handover-${w.name}-${f}.md`,
              '--checklist',
              `handover-${w.name}-${f}.html`,
            ],
            w.env,
          );
          await run(
            `audit ${w.name} ${f}`,
            [
              'audit',
              'b24cfg.yaml',
              ...w.portal,
              ...fmt,
              '--save-snapshot',
              `audit-${w.name}-${f}.json`,
              '--out',
              `audit-${w.name}-${f}.${f === 'pretty' ? 'txt' : f}`,
            ],
            w.env,
          );
        }
      }
      // Many portals (README.md#many-portals): by variable, by profile and a wrong secret in one fleet, every
      // format, the portals' own reports, the history, shards merged; and a fleet file with a secret in it.
      writeFileSync(
        join(work, 'fleet.yaml'),
        [
          'version: 1',
          'portals:',
          '  - { name: by-env, portal: "${env:CLIENT_WEBHOOK}", spec: b24cfg.yaml }',
          '  - { name: by-profile, portal: client }',
          '  - { name: wrong, portal: "${env:WRONG_WEBHOOK}" }',
          '',
        ].join('\n'),
      );
      const fleetEnv = { CLIENT_WEBHOOK: good, WRONG_WEBHOOK: wrong };
      await run('fleet validate', ['fleet', 'validate', 'fleet.yaml'], fleetEnv);
      await run('fleet schema', ['fleet', 'schema']);
      for (const f of ['pretty', 'json', 'markdown', 'junit', 'html'])
        await run(`fleet audit ${f}`, ['fleet', 'audit', 'fleet.yaml', '--format', f], fleetEnv);
      const files = ['fleet.html', 'fleet.xml', 'fleet.md', 'fleet.json', 'fleet.txt'];
      const all = await run(
        'fleet audit files',
        ['fleet', 'audit', 'fleet.yaml', '--reports', 'fleet-reports', ...files.flatMap((x) => ['--out', x])],
        fleetEnv,
      );
      expect(all.code, all.stderr).toBe(5);
      const scored = (
        JSON.parse(readFileSync(join(work, 'fleet.json'), 'utf8')) as {
          portals: Array<{ name: string; score?: unknown }>;
        }
      ).portals.filter((p) => p.score !== undefined);
      expect(scored.map((p) => p.name)).toEqual(['by-env', 'by-profile']);
      await run(
        'fleet plan',
        [
          'fleet',
          'plan',
          'fleet.yaml',
          '--format',
          'json',
          '--out',
          'fleet-plan.json',
          '--reports',
          'fleet-plans',
        ],
        fleetEnv,
      );
      for (const i of [1, 2])
        await run(
          `fleet audit shard ${i}`,
          ['fleet', 'audit', 'fleet.yaml', '--shard', `${i}/2`, '--no-history', '--out', `shard-${i}.json`],
          fleetEnv,
        );
      await run('fleet merge', ['fleet', 'merge', 'shard-1.json', 'shard-2.json', '--out', 'merged.html']);
      // That file holds the secret on purpose, so it lives outside the folders whose files are searched.
      const literal = join(mkdtempSync(join(tmpdir(), 'b24cfg-secrets-fleet-')), 'fleet.yaml');
      writeFileSync(literal, `version: 1\nportals:\n  - { name: a, portal: "${good}" }\n`);
      for (const cmd of ['validate', 'audit']) {
        const r = await run(`fleet ${cmd} literal secret`, ['fleet', cmd, literal]);
        expect(r.code, r.stderr).toBe(1);
      }
      await run('apply saved plan', ['apply', 'plan-url-json.json', '--portal', good, '--yes']);
      await run('audit snapshot', [
        'audit',
        '--snapshot',
        'audit-url-json.json',
        '--format',
        'html',
        '--out',
        'audit-snap.html',
      ]);
    };
    const run2 = (label: string, args: string[], env: Record<string, string> = {}) => {
      covered.add(args[0] ?? '');
      return bin(label, [...args, '--lang', 'en'], env, { cwd: work2 });
    };
    cpSync(join(work, 'b24cfg.yaml'), join(work2, 'b24cfg.yaml'));
    for (const sub of ['docs', 'mail']) cpSync(join(work, sub), join(work2, sub), { recursive: true });
    const failing = async () => {
      // Failing on purpose: a wrong secret, a missing scope, faults, malformed URLs.
      for (const f of ['pretty', 'json']) {
        for (const cmd of [
          ['doctor'],
          ['export'],
          ['plan', 'b24cfg.yaml'],
          ['apply', 'b24cfg.yaml', '--yes'],
          ['audit', 'b24cfg.yaml'],
        ]) {
          const r = await run2(`${cmd[0]} wrong secret ${f}`, [
            ...cmd,
            '--portal',
            wrong,
            '--format',
            f,
            '-v',
          ]);
          expect(r.code, `${cmd[0]} with a wrong secret: ${r.stderr}`).toBe(5);
        }
        await run2(`plan wrong secret via env ${f}`, ['plan', 'b24cfg.yaml', '--format', f], {
          B24_WEBHOOK_URL: wrong,
        });
      }
      for (const cmd of [
        ['doctor'],
        ['plan', 'b24cfg.yaml'],
        ['apply', 'b24cfg.yaml', '--yes'],
        ['audit', 'b24cfg.yaml'],
        ['export'],
      ])
        await run2(`${cmd[0]} no scope`, [...cmd, '--portal', noScope, '-v']);
      for (const cmd of [
        ['plan', 'b24cfg.yaml'],
        ['apply', 'b24cfg.yaml', '--yes', '--timeout', '1'],
        ['export'],
        ['audit', 'b24cfg.yaml'],
        ['doctor'],
      ])
        await run2(`${cmd[0]} faults`, [...cmd, '--portal', faulty, '--timeout', '1', '-v']);
      await run2('apply resume faults', [
        'apply',
        'b24cfg.yaml',
        '--portal',
        faulty,
        '--yes',
        '--resume',
        'last',
        '--timeout',
        '1',
        '-v',
      ]);
      for (const bad of [
        `http://example.com/rest/1/${MALFORMED}/`,
        `https://example.invalid/rest/1/${MALFORMED}/`,
        `https://acme.bitrix24.ru/rest/x/${MALFORMED}/`,
        `https://acme.bitrix24.ru/rest/1/${MALFORMED}`,
        `https://acme.bitrix24.ru/rest/1/${MALFORMED}/extra/`,
        `acme.bitrix24.ru/rest/1/${MALFORMED}/`,
        `htps://acme.bitrix24.ru/rest/1/${MALFORMED}/`,
      ]) {
        await run2(`doctor malformed ${bad.slice(0, 30)}`, ['doctor', '--portal', bad, '--timeout', '2']);
        await run2(`plan malformed ${bad.slice(0, 30)} env`, ['plan', 'b24cfg.yaml', '--format', 'json'], {
          B24_WEBHOOK_URL: bad,
        });
      }
      await run2('profile add malformed', [
        'profile',
        'add',
        'broken',
        `http://example.com/rest/1/${MALFORMED}/`,
      ]);
    };
    await Promise.all([main(), failing()]);

    // Every registered command ran (a command added later joins the scan or fails this line).
    expect(registeredCommands().filter((c) => !covered.has(c))).toEqual([]);
    // The runs did real work: applies succeeded with each way of naming the portal.
    for (const way of ['url', 'profile', 'env'])
      expect(
        runs.some((r) => r.label === `apply ${way} pretty` && r.code === 0),
        way,
      ).toBe(true);
  }, 600_000);

  it('no secret in any stdout or stderr', () => {
    const found = runs.flatMap((r) => [
      ...hits(r.stdout).map((h) => `${r.label}: stdout has ${h}`),
      ...hits(r.stderr).map((h) => `${r.label}: stderr has ${h}`),
    ]);
    measured.runs = runs.length;
    measured.hits += found.length;
    expect(runs.length).toBeGreaterThan(80);
    expect(found).toEqual([]);
  });

  it('no secret in any file the runs wrote (plans, journals, snapshots, reports, state, checklists, exports)', () => {
    const files = [...filesUnder(work), ...filesUnder(work2), ...filesUnder(home)].filter(
      (f) => f !== profilesFile,
    );
    const kinds = new Set(
      files.map((f) => relative(work, f).split('/').slice(0, -1).join('/') || f.split('.').pop()),
    );
    expect(files.length).toBeGreaterThan(40);
    expect([...kinds].join(' ')).toMatch(/journal/);
    expect([...kinds].join(' ')).toMatch(/snapshots/);
    // The code cache the CLI keeps in the user's cache folder (src/boot/code-cache.ts) is scanned too.
    expect(files.some((f) => f.startsWith(join(home, '.cache', 'b24cfg')) && f.endsWith('.v8cache'))).toBe(
      true,
    );
    measured.filesScanned = files.length;
    measured.bytesScanned = files.reduce((a, f) => a + statSync(f).size, 0);
    const found = files.flatMap((f) => {
      if (statSync(f).size > 50 * 2 ** 20) return [];
      const text = readFileSync(f).toString('latin1') + readFileSync(f, 'utf8');
      return hits(text).map((h) => `${relative(work, f)} has ${h}`);
    });
    measured.hits += found.length;
    expect(found).toEqual([]);
  });

  it('the profiles file, and only it, keeps the webhook URL: that is its purpose', () => {
    expect(readFileSync(profilesFile, 'utf8')).toContain(SECRET);
    writeFileSync(join(work, 'scan-done.txt'), 'ok');
  });
});
