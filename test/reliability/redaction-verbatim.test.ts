import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, freshPortalState, startSandboxServer } from '../../src/sandbox/index.js';
import { cli, type CliRun } from '../helpers/run-cli.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * Issue 15 item 3: redaction replaced every `/rest/<n>/<word>` in portal data, so an open line's welcome
 * message linking to https://help.example.com/rest/2/guide was exported as …/rest/2/***, snapshotted and
 * journaled that way, and `restore` wrote …/rest/2/*** onto the portal. Now only the webhook's own secret
 * (in its encodings) is replaced: the link survives export, snapshot and restore, and the secret,
 * which a second line's message holds URL-encoded and JSON-escaped, still appears nowhere.
 */
const SECRET = 'v3rbat1mHookSecret';
const GUIDE = 'Справка: https://help.example.com/rest/2/guide';
const HOWTO = 'Справка: https://help.example.com/rest/3/howto';
const FIRST_WELCOME = /welcome_message: Здравствуйте! Вы написали в \$\{var:company_name\}\..*/;

function secretForms(): string[] {
  const url = `https://portal.example/rest/1/${SECRET}/`;
  return [
    SECRET,
    encodeURIComponent(url),
    JSON.stringify(url).replace(/\//g, '\\/'),
    Buffer.from(SECRET).toString('base64').replace(/=+$/, ''),
  ];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('redaction keeps portal data verbatim and the secret out', () => {
  const emulator = createEmulator({ state: freshPortalState(), webhook: { userId: 1, secret: SECRET } });
  let server: Awaited<ReturnType<typeof startSandboxServer>>;
  const ws = new Workspace('b24cfg-verbatim-');
  const runs: CliRun[] = [];
  const run = async (args: string[]) => {
    const r = await cli([...args, '--portal', server.url, '--lang', 'en'], { cwd: ws.dir });
    runs.push(r);
    return r;
  };
  const welcomes = () => emulator.state.openLines.map((l) => String(l.config.WELCOME_MESSAGE_TEXT));

  beforeAll(async () => {
    server = await startSandboxServer({ emulator });
  });
  afterAll(() => server.close());

  it('exports, snapshots and restores a link that looks like a webhook path as it is', async () => {
    await cli(['init', '--template', 'b2b-b2c', '--out', 'b24cfg.yaml'], { cwd: ws.dir });
    const template = ws.read('b24cfg.yaml');
    expect(template).toMatch(FIRST_WELCOME);
    ws.write('b24cfg.yaml', template.replace(FIRST_WELCOME, `welcome_message: "${GUIDE}"`));
    const first = await run(['apply', 'b24cfg.yaml', '--yes']);
    expect(first.code, first.stderr).toBe(0);
    expect(welcomes()[0]).toBe(GUIDE);
    // Someone pasted the webhook into the other line's message, encoded two ways.
    const line2 = emulator.state.openLines[1];
    if (!line2) throw new Error('the template has two open lines');
    line2.config.WELCOME_MESSAGE_TEXT = `Hook: ${secretForms()[1]} / ${secretForms()[2]}`;

    const exported = await run(['export', '--out', 'export.yaml']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(ws.read('export.yaml')).toContain(GUIDE);

    ws.write('b24cfg.yaml', ws.read('b24cfg.yaml').replace(GUIDE, HOWTO));
    const second = await run(['apply', 'b24cfg.yaml', '--yes', '--format', 'json']);
    expect(second.code, second.stderr).toBe(0);
    expect(welcomes()[0]).toBe(HOWTO);
    const snapshot = (JSON.parse(second.stdout) as { snapshot: string }).snapshot;
    expect(readFileSync(snapshot, 'utf8')).toContain(GUIDE);
    // The journal records the calls by key and method (no payloads), and is scanned for the secret below.
    const journals = filesUnder(ws.path('.b24cfg')).filter((f) => f.includes('journal'));
    expect(journals.map((f) => readFileSync(f, 'utf8')).join('\n')).toContain('imopenlines.config.update');

    const restored = await run(['restore', snapshot, '--yes']);
    expect(restored.code, `${restored.stdout}\n${restored.stderr}`).toBe(0);
    expect(welcomes()[0]).toBe(GUIDE);
  }, 120_000);

  it('the secret, in every form, is in no output and no file', () => {
    expect(runs.length).toBe(4);
    const texts = [
      ...runs.flatMap((r, i) => [
        [`run ${i} stdout`, r.stdout],
        [`run ${i} stderr`, r.stderr],
      ]),
      ...filesUnder(ws.dir).map((f) => [relative(ws.dir, f), readFileSync(f, 'utf8')]),
    ];
    const found = texts.flatMap(([where, text]) =>
      secretForms()
        .filter((form) => text?.includes(form))
        .map((form) => `${where} holds ${form}`),
    );
    expect(found).toEqual([]);
    // What was redacted is marked, not dropped: the export names the line and shows *** for the secret.
    expect(ws.read('export.yaml')).toMatch(/Hook: .*\*\*\*/);
  });
});
