import { existsSync, readFileSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocumentFiles } from '../../src/resources/documents/files.js';
import { loadSpec } from '../../src/spec/index.js';
import { cli } from '../helpers/run-cli.js';
import { places, tmpTree } from './helpers.js';

/**
 * Issue 15 item 4: a spec from a pull request read local files and the environment and sent them out
 * (`extends: /proc/self/environ` into SARIF, `/etc/shadow` lines in errors, `${file:/etc/passwd}` in a
 * checklist, `documents[].file: /etc/shadow` uploaded, the webhook URL written onto a stage). Files now
 * resolve only inside the project folder, never through a link out of it; `${env:…}` refuses webhooks
 * always and credentials unless `allow_env` names them; a refusal names the place, never the content.
 */
const WEBHOOK = 'https://acme.bitrix24.ru/rest/1/hookSecretForAccess1/';
const TOKEN = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';

const spec = (extra: string) => `version: 1
users:
  head: { email: head@example.com }
${extra}`;
const stage = (name: string) => `directions:
  - key: sales
    name: Продажи
    stages:
      - code: NEW
        name: ${name}
        task:
          title: Позвонить
          responsible: deal.responsible
          deadline: { days_after_entry: 1 }
          description: "\${file:notes.txt}"
`;

async function load(dir: string, file = 'spec.yaml', env: Record<string, string> = {}, root?: string) {
  return loadSpec(file, { env, cwd: dir, ...(root ? { root } : {}) });
}

const rules = (r: Awaited<ReturnType<typeof load>>) => r.problems.map((p) => `${p.rule}/${p.messageId}`);

describe('files a spec may read', () => {
  it.each([
    ['extends: /proc/self/environ', 'extends: /proc/self/environ', 'outsideRoot', 'spec.yaml:2:10'],
    ['extends: /etc/shadow', 'extends: /etc/shadow', 'outsideRoot', 'spec.yaml:2:10'],
    ['extends up and out', 'extends: ../../../../etc/passwd', 'outsideRoot', 'spec.yaml:2:10'],
    ['${file:/etc/passwd}', 'client: "${file:/etc/passwd}"', 'outsideRoot', 'spec.yaml:2:10'],
    [
      'documents[].file: /etc/shadow',
      'documents:\n  - { name: КП, file: /etc/shadow, entity: deal, kind: proposal }',
      'outsideRoot',
      'spec.yaml:3:23',
    ],
  ])('%s is refused at its place, and nothing is read', async (_name, line, messageId, place) => {
    const dir = await tmpTree({ 'spec.yaml': `version: 1\n${line}\n` });
    const r = await load(dir);
    expect(r.ok).toBe(false);
    const refused = r.problems.filter((p) => p.rule === 'file-access');
    expect(refused.map((p) => p.messageId)).toEqual([messageId]);
    expect(places(refused)).toEqual([`file-access ${place}`]);
    expect(r.files).toEqual([join(dir, 'spec.yaml')]);
    expect([...r.sources.keys()]).toEqual([join(dir, 'spec.yaml')]);
    expect(refused[0]?.hint?.en).toContain(`b24cfg validate spec.yaml --root ../..`);
  });

  it.each([
    ['extends', 'extends: link.yaml', '2:10'],
    ['${file:}', 'client: "${file:inner/secret.yaml}"', '2:10'],
    [
      'documents[].file',
      'documents:\n  - { name: КП, file: inner/x.docx, entity: deal, kind: proposal }',
      '3:23',
    ],
  ])('refuses a symbolic link out of the project: %s', async (_name, line, place) => {
    const outside = await tmpTree({ 'secret.yaml': 'version: 1\nclient: outside\n', 'x.docx': 'PK' });
    const dir = await tmpTree({ 'spec.yaml': `version: 1\n${line}\n` });
    await symlink(join(outside, 'secret.yaml'), join(dir, 'link.yaml'));
    await symlink(outside, join(dir, 'inner'));
    const r = await load(dir);
    expect(rules(r)).toEqual(['file-access/symlinkOut']);
    expect(places(r.problems)).toEqual([`file-access spec.yaml:${place}`]);
    expect(JSON.stringify(r)).not.toContain('outside');
  });

  it('a document swapped for a link out after validation is not read either', async () => {
    const outside = await tmpTree({ 'x.docx': 'PK' });
    const dir = await tmpTree({});
    await symlink(outside, join(dir, 'inner'));
    const doc = { name: 'КП', file: 'inner/x.docx', entity: 'deal' as const, kind: 'proposal' as const };
    const files = await loadDocumentFiles({ version: 1, documents: [doc] }, dir, dir);
    expect(files.get('inner/x.docx')).toEqual({ error: 'OUTSIDE_PROJECT' });
    expect(
      (await loadDocumentFiles({ version: 1, documents: [doc] }, dir)).get('inner/x.docx'),
    ).toMatchObject({
      size: 2,
    });
  });

  it("an agency's client spec extends the shared base inside its repository", async () => {
    const dir = await tmpTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'base/sales.yaml': spec('client: База\n'),
      'clients/acme/spec.yaml': 'version: 1\nextends: ../../base/sales.yaml\nclient: Acme\n',
    });
    const fromTop = await load(dir, 'clients/acme/spec.yaml');
    expect(fromTop.problems).toEqual([]);
    expect(fromTop.projectRoot).toBe(dir);
    const fromClient = await load(join(dir, 'clients/acme'), 'spec.yaml');
    expect(fromClient.problems).toEqual([]);
    expect(fromClient.spec?.client).toBe('Acme');
  });

  it('without a repository the working folder is the project; --root names another', async () => {
    const dir = await tmpTree({
      'base/sales.yaml': spec('client: База\n'),
      'clients/acme/spec.yaml': 'version: 1\nextends: ../../base/sales.yaml\n',
    });
    expect((await load(dir, 'clients/acme/spec.yaml')).ok).toBe(true);
    const inClient = await load(join(dir, 'clients/acme'), 'spec.yaml');
    expect(rules(inClient)).toEqual(['file-access/outsideRoot']);
    expect(inClient.problems[0]?.hint?.en).toBe(
      'The project folder is the working folder. Move the file into it, or name a folder that holds both: b24cfg validate spec.yaml --root ../..',
    );
    expect((await load(join(dir, 'clients/acme'), 'spec.yaml', {}, '../..')).ok).toBe(true);
  });
});

describe('environment variables a spec may read', () => {
  it.each([
    ['the webhook URL', 'B24_WEBHOOK_URL', WEBHOOK, 'envWebhook'],
    ['a webhook under any name', 'SOMETHING', `see ${WEBHOOK}`, 'envWebhook'],
    ['the bare secret of a webhook in the environment', 'NOTE', 'hookSecretForAccess1', 'envWebhook'],
    ['GITHUB_TOKEN', 'GITHUB_TOKEN', 'anything', 'envCredential'],
    ['a password by name', 'DB_PASSWORD', 'hunter2', 'envCredential'],
    ['a token by its shape', 'HARMLESS', TOKEN, 'envCredential'],
    ['a private key', 'CERT_TEXT', '-----BEGIN RSA PRIVATE KEY-----\nMIIE', 'envCredential'],
    ['a URL with a password', 'DATABASE_URL', 'postgres://app:pw@db/x', 'envCredential'],
  ])('%s is refused, named but never shown', async (_name, name, value, messageId) => {
    const dir = await tmpTree({ 'spec.yaml': spec(stage(`"\${env:${name}}"`)), 'notes.txt': 'Позвонить\n' });
    const r = await load(dir, 'spec.yaml', { [name]: value, B24_WEBHOOK_URL: WEBHOOK });
    expect(rules(r)).toEqual([`file-access/${messageId}`]);
    expect(places(r.problems)).toEqual(['file-access spec.yaml:9:16']);
    expect(r.problems[0]?.message.en).toContain(name);
    expect(JSON.stringify(r.problems)).not.toContain(value);
    expect(r.spec?.directions?.[0]?.stages?.[0]?.name).toBe(`\${env:${name}}`);
  });

  it('allow_env lets a credential-like variable in; a webhook never', async () => {
    const dir = await tmpTree({
      'spec.yaml': `${spec(stage('"${env:GITHUB_TOKEN} ${env:B24_WEBHOOK_URL}"'))}allow_env: [GITHUB_TOKEN, B24_WEBHOOK_URL]\n`,
      'notes.txt': 'Позвонить\n',
    });
    const r = await load(dir, 'spec.yaml', { GITHUB_TOKEN: 'tok', B24_WEBHOOK_URL: WEBHOOK });
    expect(rules(r)).toEqual(['file-access/envWebhook']);
    expect(r.spec?.directions?.[0]?.stages?.[0]?.name).toBe('tok ${env:B24_WEBHOOK_URL}');
  });

  it('ordinary variables and defaults work as before', async () => {
    const dir = await tmpTree({ 'spec.yaml': spec(stage('"${env:STAGE_NAME:-Новая}"')), 'notes.txt': 'x' });
    expect((await load(dir, 'spec.yaml', {})).ok).toBe(true);
    const named = await load(dir, 'spec.yaml', { STAGE_NAME: 'Заявка', HOME: '/home/u', PATH: '/bin' });
    expect(named.spec?.directions?.[0]?.stages?.[0]?.name).toBe('Заявка');
  });

  it('a file inside the project that holds the webhook or a token is not substituted', async () => {
    const dir = await tmpTree({ 'spec.yaml': spec(stage('Новая')), 'notes.txt': `B24=${WEBHOOK}\n` });
    const r = await load(dir, 'spec.yaml', { B24_WEBHOOK_URL: WEBHOOK });
    expect(rules(r)).toEqual(['file-access/fileCredential']);
    await writeFile(join(dir, 'notes.txt'), `token ${TOKEN}\n`);
    expect(rules(await load(dir))).toEqual(['file-access/fileCredential']);
  });
});

describe('no file content leaks through validate, checklist or apply', () => {
  const environ = existsSync('/proc/self/environ')
    ? readFileSync('/proc/self/environ', 'utf8')
        .split('\0')
        .filter((e) => e.length > 12)
    : [];

  it.each(['pretty', 'json', 'sarif'])(
    'validate --format %s: extends of /proc/self/environ',
    async (format) => {
      const dir = await tmpTree({ 'spec.yaml': 'version: 1\nextends: /proc/self/environ\n' });
      const r = await cli(['validate', 'spec.yaml', '--format', format, '--lang', 'en'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(`${r.stdout}${r.stderr}`).toMatch(/spec\.yaml:2:10|"startLine": 2|"line": 2/);
      for (const e of environ) expect(r.stdout + r.stderr).not.toContain(e);
    },
  );

  it.each(['pretty', 'json', 'sarif'])(
    'validate --format %s: a file inside the project that is not a spec shows a short excerpt only',
    async (format) => {
      const secretLine = `API=${'s'.repeat(30)}-THE-REST-OF-THIS-LINE-STAYS-UNSHOWN`;
      const dir = await tmpTree({
        'spec.yaml': 'version: 1\nextends: notes.env\n',
        'notes.env': `${secretLine}\n`,
      });
      const r = await cli(['validate', 'spec.yaml', '--format', format, '--lang', 'en'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).not.toContain('THE-REST-OF-THIS-LINE');
    },
  );

  it('checklist of a spec with ${file:/etc/passwd} in a task: refused, nothing of the file printed', async () => {
    const dir = await tmpTree({ 'spec.yaml': spec(stage('Новая')).replace('notes.txt', '/etc/passwd') });
    const r = await cli(['checklist', 'spec.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[file-access]');
    expect(r.stdout + r.stderr).not.toMatch(/root:x?:0:0/);
  });

  it.each([
    ['/etc/passwd', 'is outside the project folder'],
    ['inside.html', 'is a symbolic link out of the project folder'],
  ])(
    'checklist of a spec whose e-mail body_file is %s: refused, nothing of the file printed',
    async (file, says) => {
      const dir = await tmpTree({
        'spec.yaml': `version: 1\nemail_templates:\n  - { key: a, title: A, subject: S, body_file: ${file} }\n`,
      });
      await symlink('/etc/passwd', join(dir, 'inside.html'));
      const r = await cli(['checklist', 'spec.yaml', '--lang', 'en'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(says);
      expect(r.stdout + r.stderr).not.toMatch(/root:x?:0:0/);
    },
  );

  it('apply of a spec with documents[].file: /etc/shadow stops before the portal', async () => {
    const dir = await tmpTree({
      'spec.yaml':
        'version: 1\ndocuments:\n  - { name: КП, file: /etc/shadow, entity: deal, kind: proposal }\n',
    });
    await mkdir(join(dir, 'state'), { recursive: true });
    const r = await cli(
      [
        'apply',
        'spec.yaml',
        '--portal',
        `sandbox:${join(dir, 'state', 'portal.json')}`,
        '--yes',
        '--lang',
        'en',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is outside the project folder');
    expect(existsSync(join(dir, 'state', 'portal.json'))).toBe(false);
  });
});
