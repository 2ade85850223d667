import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../src/core/errors.js';
import { readCrmSettings, type ReadCrmSettingsOptions } from '../../../src/portal/crm-settings/read.js';
import { markEncrypted, patch, understateSizes, zipOf, type ZipEntryInput } from './zip-build.js';

const MANIFEST = '{"CODE":"vertical_crm","VERSION":1,"USES":["crm"]}';
const STATUS =
  '{"ENTITY":{"ID":"DEAL_STAGE","NAME":"Продажи"},"ITEMS":[{"STATUS_ID":"NEW","NAME":"Новая","SORT":"10"}]}';

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'b24cfg-crm-'));
}

async function archiveOf(bytes: Buffer): Promise<string> {
  const path = join(await tempDir(), 'configuration.zip');
  await writeFile(path, bytes);
  return path;
}

async function refusal(path: string, opts: ReadCrmSettingsOptions = {}): Promise<CliError> {
  try {
    await readCrmSettings(path, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return e as CliError;
  }
  throw new Error('the archive was read');
}

const ok = (extra: ZipEntryInput[] = []): ZipEntryInput[] => [
  { name: 'manifest.json', data: MANIFEST },
  { name: 'CRM_STATUS/DEAL_STAGE.json', data: STATUS },
  ...extra,
];

/** Each refusal is a clear error: exit 1, the archive (and entry) named, a command to paste, no stack trace. */
function expectClear(err: CliError, code: string, where: RegExp): void {
  expect(err.code).toBe(code);
  expect(err.exitCode).toBe(1);
  expect(err.where).toMatch(where);
  for (const lang of ['ru', 'en'] as const) {
    const shown = err.render(lang);
    expect(shown.message).not.toMatch(/\n\s+at /);
    expect(shown.message).not.toMatch(/\{[a-z]+\}/);
    expect(shown.hint).toMatch(/b24cfg |npm install/);
  }
}

describe('readCrmSettings refuses what is not a portal’s CRM settings archive', () => {
  it.each([
    ['../evil.json', 'AA/evil.json', 'parent directory'],
    ['/etc/evil.json', 'xetc/evil.json', 'absolute path'],
    ['C:/evil.json', 'CC/evil.json', 'drive letter'],
    ['AA\\evil.json', 'AA/evil.json', 'backslash'],
  ])('zip slip: %s', async (bad, good, reason) => {
    const zip = patch(await zipOf(ok([{ name: good, data: '{}' }])), good, bad);
    const err = await refusal(await archiveOf(zip));
    expectClear(err, 'CRM_SETTINGS_UNSAFE_PATH', /configuration\.zip ▸ /);
    expect(err.render('en').message).toContain(reason);
  });

  it('an encrypted entry', async () => {
    const err = await refusal(await archiveOf(markEncrypted(await zipOf(ok()))));
    expectClear(err, 'CRM_SETTINGS_ENCRYPTED', /▸ manifest\.json$/);
  });

  it('a symbolic link inside the zip', async () => {
    const zip = await zipOf(ok([{ name: 'CRM_ROLE/DEAL.json', data: '/etc/passwd', mode: 0o120777 }]));
    expectClear(await refusal(await archiveOf(zip)), 'CRM_SETTINGS_SYMLINK', /▸ CRM_ROLE\/DEAL\.json$/);
  });

  it('a symbolic link inside an unpacked folder, never followed', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'manifest.json'), MANIFEST);
    await mkdir(join(dir, 'CRM_STATUS'));
    await symlink('/etc/hostname', join(dir, 'CRM_STATUS', 'DEAL_STAGE.json'));
    expectClear(await refusal(dir), 'CRM_SETTINGS_SYMLINK', /▸ CRM_STATUS\/DEAL_STAGE\.json$/);
  });

  it('more files than the limit, in a zip and in a folder', async () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ name: `files/${i}`, data: 'x' }));
    const zipErr = await refusal(await archiveOf(await zipOf(ok(many))), { limits: { maxEntries: 4 } });
    expectClear(zipErr, 'CRM_SETTINGS_TOO_MANY_FILES', /configuration\.zip$/);
    const dir = await tempDir();
    for (let i = 0; i < 5; i++) await writeFile(join(dir, `${i}.json`), '{}');
    expectClear(
      await refusal(dir, { limits: { maxEntries: 4 } }),
      'CRM_SETTINGS_TOO_MANY_FILES',
      /b24cfg-crm-/,
    );
  });

  it('an entry larger than the limit, by its declared size', async () => {
    const big = { name: 'BIZPROC_MAIN/0.json', data: Buffer.alloc(200_000, 32) };
    const err = await refusal(await archiveOf(await zipOf(ok([big]))), {
      limits: { maxEntryBytes: 100_000 },
    });
    expectClear(err, 'CRM_SETTINGS_TOO_LARGE', /▸ BIZPROC_MAIN\/0\.json$/);
  });

  it('a zip bomb that declares a small size: the inflated bytes are counted', async () => {
    const bomb = { name: 'BIZPROC_MAIN/0.json', data: Buffer.alloc(2_000_000, 32) };
    const zip = understateSizes(await zipOf(ok([bomb])), 100);
    const err = await refusal(await archiveOf(zip), { limits: { maxEntryBytes: 1_000_000 } });
    // yauzl stops at the declared size, or the byte budget at the limit: never the whole payload.
    expect(['CRM_SETTINGS_DAMAGED', 'CRM_SETTINGS_TOO_LARGE']).toContain(err.code);
    expectClear(err, err.code, /configuration\.zip/);
  });

  it('many entries that together pass the total limit', async () => {
    const parts = Array.from({ length: 4 }, (_, i) => ({
      name: `CRM_ROLE/R${i}.json`,
      data: Buffer.alloc(40_000, 32),
    }));
    const err = await refusal(await archiveOf(await zipOf(ok(parts))), {
      limits: { maxTotalBytes: 100_000, maxEntryBytes: 50_000 },
    });
    expectClear(err, 'CRM_SETTINGS_TOO_LARGE', /configuration\.zip/);
  });

  it('a damaged zip', async () => {
    const zip = await zipOf(ok());
    expectClear(
      await refusal(await archiveOf(zip.subarray(0, zip.length - 30))),
      'CRM_SETTINGS_DAMAGED',
      /\.zip$/,
    );
    expectClear(
      await refusal(await archiveOf(Buffer.from('not a zip at all'))),
      'CRM_SETTINGS_DAMAGED',
      /\.zip$/,
    );
  });

  it('a missing path', async () => {
    expectClear(
      await refusal('/nonexistent/configuration.zip'),
      'CRM_SETTINGS_NOT_FOUND',
      /configuration\.zip$/,
    );
  });

  it('no manifest', async () => {
    const zip = await zipOf([{ name: 'CRM_STATUS/DEAL_STAGE.json', data: STATUS }]);
    expectClear(await refusal(await archiveOf(zip)), 'CRM_SETTINGS_NO_MANIFEST', /configuration\.zip$/);
  });

  it.each([
    ['{"CODE":"vertical_crm","VERSION":2,"USES":["crm"]}', 'vertical_crm, version 2'],
    ['{"CODE":"total","VERSION":1}', 'total, version 1'],
    ['{"USES":[]}', '(none), version (none)'],
  ])('an unknown manifest %s', async (manifest, shown) => {
    const zip = await zipOf([{ name: 'manifest.json', data: manifest }]);
    const err = await refusal(await archiveOf(zip));
    expectClear(err, 'CRM_SETTINGS_UNKNOWN_MANIFEST', /▸ manifest\.json$/);
    expect(err.render('en').message).toContain(shown);
    expect(err.render('en').hint).toContain('npm install -g b24cfg@latest');
  });

  it('an entry that is not JSON, or not in the server’s shape', async () => {
    const notJson = await zipOf(ok([{ name: 'BIZPROC_MAIN/0.json', data: '{"ID":' }]));
    expectClear(await refusal(await archiveOf(notJson)), 'CRM_SETTINGS_BAD_JSON', /▸ BIZPROC_MAIN\/0\.json$/);
    const noEntity = await zipOf([
      { name: 'manifest.json', data: MANIFEST },
      { name: 'CRM_STATUS/DEAL_STAGE_3.json', data: '{"ITEMS":[]}' },
    ]);
    expectClear(
      await refusal(await archiveOf(noEntity)),
      'CRM_SETTINGS_BAD_SHAPE',
      /▸ CRM_STATUS\/DEAL_STAGE_3\.json$/,
    );
  });

  it('strips control characters from entry names before they reach a terminal', async () => {
    const zip = patch(
      await zipOf(ok([{ name: 'AA/xxxx.json', data: '{}' }])),
      'AA/xxxx.json',
      '.\u001b[2J/x.json',
    );
    const err = await refusal(await archiveOf(zip));
    expectClear(err, 'CRM_SETTINGS_UNSAFE_PATH', /▸ \.\?\[2J\/x\.json$/);
    expect(err.render('en').message).not.toContain('\u001b');
    expect(err.render('en').message).toContain('control characters');
  });
});
