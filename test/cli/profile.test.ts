import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';

let home: string;
const URL_A = 'https://acme.bitrix24.ru/rest/1/cliProfileSecret1/';
const run = (args: string[]) => cli([...args, '--lang', 'en'], { env: { HOME: home } });

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'b24cfg-cli-profile-'));
});

describe('b24cfg profile', () => {
  it('add → list → remove, the secret never printed, the file 0600', async () => {
    const add = await run(['profile', 'add', 'acme', URL_A, '--tier', 'enterprise']);
    expect(add.code).toBe(0);
    expect(add.stdout).toContain('Profile "acme" saved: acme.bitrix24.ru');
    const file = join(home, '.config', 'b24cfg', 'profiles.yaml');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).toContain('cliProfileSecret1');

    const list = await run(['profile', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toBe('acme  https://acme.bitrix24.ru/rest/1/***/  enterprise\n');

    const json = await run(['profile', 'list', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual({
      file,
      profiles: [{ name: 'acme', url: 'https://acme.bitrix24.ru/rest/1/***/', tier: 'enterprise' }],
    });

    const rm = await run(['profile', 'remove', 'acme']);
    expect(rm.code).toBe(0);
    expect((await run(['profile', 'list'])).stdout).toContain('No profiles.');
    for (const r of [add, list, json, rm]) expect(r.stdout + r.stderr).not.toContain('cliProfileSecret1');
  });

  it('removing an unknown profile is an error with a hint, exit 1', async () => {
    const r = await run(['profile', 'remove', 'ghost']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[PROFILE_NOT_FOUND]');
    expect(r.stderr).toContain('b24cfg profile list');
  });

  it('refuses a non-webhook URL without printing its secret', async () => {
    const r = await run(['profile', 'add', 'x', 'http://acme.bitrix24.ru/rest/1/cliPlainSecret2/']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[WEBHOOK_URL_INVALID]');
    expect(r.stderr).not.toContain('cliPlainSecret2');
  });

  it('a missing argument is a usage error, not a crash', async () => {
    const r = await run(['profile', 'add', 'only-name']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[USAGE]');
  });

  it('the saved profile is what --portal resolves to', async () => {
    await run(['profile', 'add', 'acme', URL_A]);
    const r = await cli(['doctor', '--portal', 'acmee', '--lang', 'en'], { env: { HOME: home } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[PROFILE_NOT_FOUND]');
    expect(r.stderr).toContain('Known profiles: acme');
  });

  it('has examples in --help', async () => {
    const r = await run(['profile', '--help']);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('b24cfg profile add acme');
  });
});
