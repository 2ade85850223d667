import { describe, expect, it } from 'vitest';
import { portalArgOf } from '../../src/cli/portal-arg.js';
import { b24cfgCommand } from '../../src/core/command-line.js';
import { createEmulator, freshPortalState, startSandboxServer } from '../../src/sandbox/index.js';
import { cli } from '../helpers/run-cli.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * Issue 16, item 4: the next step `plan`, `apply`, `restore` and `--resume` print is a whole command to
 * paste: with `--portal` as the user named the portal (a profile, the sandbox), or `"$B24_WEBHOOK_URL"`
 * for a webhook URL, never the URL with its secret. The apply and restore hints are checked where those
 * commands are tested (test/integration/apply-interrupt.test.ts, saved-plan-safety.test.ts,
 * restore-fidelity.test.ts, test/reliability/apply-truth.test.ts).
 */
describe('the portal in a hint', () => {
  it.each([
    ['a profile', 'acme', 'b24cfg apply b24cfg.yaml --portal acme'],
    [
      'the sandbox file',
      'sandbox:/tmp/my portal.json',
      "b24cfg apply b24cfg.yaml --portal 'sandbox:/tmp/my portal.json'",
    ],
    [
      'a webhook URL',
      'https://acme.bitrix24.ru/rest/1/s3cr3t/',
      'b24cfg apply b24cfg.yaml --portal "$B24_WEBHOOK_URL"',
    ],
    ['nothing (B24_WEBHOOK_URL was used)', undefined, 'b24cfg apply b24cfg.yaml --portal "$B24_WEBHOOK_URL"'],
  ])('%s', (_what, given, command) => {
    expect(b24cfgCommand('apply', 'b24cfg.yaml', '--portal', portalArgOf(given))).toBe(command);
  });

  it('quotes what a shell would split or expand, and a quote inside', () => {
    expect(b24cfgCommand('apply', "it's mine.yaml", '--portal', 'a b')).toBe(
      `b24cfg apply 'it'\\''s mine.yaml' --portal 'a b'`,
    );
  });
});

describe('plan --out says how to apply the plan', () => {
  it('with the portal and the destructive flags it was made with', async () => {
    const ws = new Workspace('b24cfg-hint-plan-');
    const spec = ws.path('b24cfg.yaml');
    expect((await ws.run(['init', '--template', 'b2b-b2c', '--out', spec])).code).toBe(0);
    const r = await ws.run(['plan', spec, '--portal', ws.portal, '--out', 'plan.json', '--prune']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `Plan saved: plan.json (apply it: b24cfg apply plan.json --portal ${ws.portal} --prune)`,
    );
  });

  it('for a webhook URL, by the variable and never by its secret', async () => {
    const ws = new Workspace('b24cfg-hint-url-');
    const spec = ws.path('b24cfg.yaml');
    expect((await ws.run(['init', '--template', 'b2b-b2c', '--out', spec])).code).toBe(0);
    const server = await startSandboxServer({ emulator: createEmulator({ state: freshPortalState() }) });
    try {
      const r = await cli(['plan', spec, '--portal', server.url, '--out', 'plan.json', '--lang', 'en'], {
        cwd: ws.dir,
      });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('(apply it: b24cfg apply plan.json --portal "$B24_WEBHOOK_URL")');
      const secret = new URL(server.url).pathname.split('/')[3] as string;
      expect(`${r.stdout}${r.stderr}`).not.toContain(secret);
    } finally {
      await server.close();
    }
  });
});

describe('--resume says what to run when there is nothing to resume (issue 16, item 13)', () => {
  it('no apply from here yet: apply the spec (not --resume last), with the portal', async () => {
    const ws = new Workspace('b24cfg-hint-resume-');
    const spec = ws.path('b24cfg.yaml');
    expect((await ws.run(['init', '--template', 'b2b-b2c', '--out', spec])).code).toBe(0);
    const r = await ws.run(['apply', 'b24cfg.yaml', '--portal', ws.portal, '--yes', '--resume', 'last']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[JOURNAL_NOT_FOUND]');
    expect(r.stderr).toContain(`Apply the spec: b24cfg apply b24cfg.yaml --portal ${ws.portal}`);
    expect(r.stderr).not.toContain('--resume last');
  });

  it('an unknown run: the runs there are, and the command that continues the latest', async () => {
    const ws = new Workspace('b24cfg-hint-resume-id-');
    const spec = ws.path('b24cfg.yaml');
    expect((await ws.run(['init', '--template', 'b2b-b2c', '--out', spec])).code).toBe(0);
    expect((await ws.run(['apply', 'b24cfg.yaml', '--portal', ws.portal, '--yes'])).code).toBe(0);
    const r = await ws.run(['apply', 'b24cfg.yaml', '--portal', ws.portal, '--yes', '--resume', 'nope']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Available runs: \d{8}-\d{6}Z-[0-9a-f]{4}\./);
    expect(r.stderr).toContain(
      `To continue the latest: b24cfg apply b24cfg.yaml --portal ${ws.portal} --resume last`,
    );
  });
});
