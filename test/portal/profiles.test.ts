import { mkdtemp, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../src/core/errors.js';
import { redact } from '../../src/core/redact.js';
import { portalHostOf, resolvePortal } from '../../src/portal/open-portal.js';
import { profilesPath, readProfiles, removeProfile, saveProfile } from '../../src/portal/profiles.js';

let home: string;
const envOf = (extra: Record<string, string> = {}) => ({
  env: { ...extra },
  homeDir: home,
  cwd: '/work/project',
});

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'b24cfg-profiles-'));
});

async function thrown(p: Promise<unknown>): Promise<CliError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(CliError);
  return e as CliError;
}

describe('profiles file', () => {
  it('lives in ~/.config/b24cfg, or under XDG_CONFIG_HOME', () => {
    expect(profilesPath({ env: {}, homeDir: '/home/u' })).toBe('/home/u/.config/b24cfg/profiles.yaml');
    expect(profilesPath({ env: { XDG_CONFIG_HOME: '/xdg' }, homeDir: '/home/u' })).toBe(
      '/xdg/b24cfg/profiles.yaml',
    );
  });

  it('saves with mode 0600, keeps the secret in the file, reads back, removes', async () => {
    const url = 'https://acme.bitrix24.ru/rest/1/profSecret123/';
    const path = await saveProfile(envOf(), 'acme', { url, tier: 'enterprise' });
    await saveProfile(envOf(), 'other', {
      url: 'https://other.bitrix24.ru/rest/5/profSecret456/',
      tier: 'auto',
    });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readFile(path, 'utf8')).toContain('profSecret123');
    expect(await readProfiles(envOf())).toEqual({
      acme: { url, tier: 'enterprise' },
      other: { url: 'https://other.bitrix24.ru/rest/5/profSecret456/' },
    });
    expect(redact(`x ${url}`)).not.toContain('profSecret123');
    expect(await removeProfile(envOf(), 'acme')).toBe(true);
    expect(await removeProfile(envOf(), 'acme')).toBe(false);
    expect(Object.keys(await readProfiles(envOf()))).toEqual(['other']);
  });

  it('no file means no profiles; a damaged file is a clear error', async () => {
    expect(await readProfiles(envOf())).toEqual({});
    await mkdir(join(home, '.config', 'b24cfg'), { recursive: true });
    await writeFile(
      join(home, '.config', 'b24cfg', 'profiles.yaml'),
      'profiles:\n  acme: {tier: standard}\n',
    );
    const err = await thrown(readProfiles(envOf()));
    expect(err.code).toBe('PROFILES_INVALID');
    expect(err.render('en').message).toContain('acme');
  });

  it('refuses bad names and bad URLs before writing anything', async () => {
    expect(
      (await thrown(saveProfile(envOf(), 'sandbox', { url: 'https://a.bitrix24.ru/rest/1/s3cr3t99/' }))).code,
    ).toBe('PROFILE_NAME_INVALID');
    expect(
      (await thrown(saveProfile(envOf(), 'a b', { url: 'https://a.bitrix24.ru/rest/1/s3cr3t99/' }))).code,
    ).toBe('PROFILE_NAME_INVALID');
    expect(
      (await thrown(saveProfile(envOf(), 'plain', { url: 'http://a.bitrix24.ru/rest/1/s3cr3t99/' }))).code,
    ).toBe('WEBHOOK_URL_INVALID');
    expect(await readProfiles(envOf())).toEqual({});
  });
});

describe('resolvePortal', () => {
  it.each([
    ['sandbox', { kind: 'sandbox', host: 'sandbox' }],
    ['sandbox:state.json', { kind: 'sandbox', host: 'sandbox', statePath: '/work/project/state.json' }],
    ['sandbox:/tmp/s.json', { kind: 'sandbox', host: 'sandbox', statePath: '/tmp/s.json' }],
    [
      'https://acme.bitrix24.ru/rest/1/resolveSecret1/',
      {
        kind: 'http',
        host: 'acme.bitrix24.ru',
        url: 'https://acme.bitrix24.ru/rest/1/resolveSecret1/',
        source: 'url',
      },
    ],
  ])('%s', async (ref, target) => {
    expect(await resolvePortal(ref, envOf())).toEqual(target);
  });

  it('falls back to B24_WEBHOOK_URL', async () => {
    const url = 'https://env.bitrix24.ru/rest/3/envSecret77/';
    expect(await resolvePortal(undefined, envOf({ B24_WEBHOOK_URL: url }))).toMatchObject({
      host: 'env.bitrix24.ru',
      source: 'env',
    });
  });

  it('reads a profile with its tier', async () => {
    await saveProfile(envOf(), 'acme', {
      url: 'https://acme.bitrix24.ru/rest/1/profSecret123/',
      tier: 'enterprise',
    });
    expect(await resolvePortal('acme', envOf())).toMatchObject({
      host: 'acme.bitrix24.ru',
      tier: 'enterprise',
      profile: 'acme',
    });
  });

  it('with no portal at all, names the three ways to give one', async () => {
    const err = await thrown(resolvePortal(undefined, envOf()));
    expect(err.code).toBe('PORTAL_NOT_GIVEN');
    const hint = err.render('en').hint ?? '';
    for (const way of ['--portal', 'B24_WEBHOOK_URL', 'b24cfg profile add']) expect(hint).toContain(way);
    expect(err.render('ru').hint).toContain('B24_WEBHOOK_URL');
    expect(err.exitCode).toBe(1);
  });

  it('an unknown profile lists the known ones', async () => {
    await saveProfile(envOf(), 'acme', { url: 'https://acme.bitrix24.ru/rest/1/profSecret123/' });
    const err = await thrown(resolvePortal('acne', envOf()));
    expect(err.code).toBe('PROFILE_NOT_FOUND');
    expect(err.render('en').hint).toContain('acme');
  });
});

describe('portalHostOf', () => {
  it('gives the host for URLs, sandbox refs and profiles', () => {
    expect(portalHostOf('https://acme.bitrix24.ru/rest/1/hostSecret1/')).toBe('acme.bitrix24.ru');
    expect(portalHostOf('http://127.0.0.1:8123/rest/1/hostSecret1/')).toBe('127.0.0.1:8123');
    expect(portalHostOf('sandbox')).toBe('sandbox');
    expect(portalHostOf('sandbox:x.json')).toBe('sandbox');
    expect(portalHostOf('acme', { acme: { url: 'https://acme.bitrix24.ru/rest/1/hostSecret1/' } })).toBe(
      'acme.bitrix24.ru',
    );
    expect(() => portalHostOf('nope')).toThrow(CliError);
  });
});
