import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BufferWriter } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { cli } from '../helpers/run-cli.js';

/**
 * A hint is a command to paste: where the value is known when it is printed, it is in the command, not a
 * placeholder (`--portal …`, `--portal <url>`). Values b24cfg cannot know (a webhook URL it never saw, who
 * attests) stay placeholders.
 */
describe('hints carry the values known when they are printed', () => {
  it.each([
    [['--portal', 'acme'], '--portal acme'],
    [['--portal', 'sandbox:my portal.json'], "--portal 'sandbox:my portal.json'"],
    [['--portal', 'https://acme.bitrix24.ru/rest/1/hintSecret12345/'], '--portal "$B24_WEBHOOK_URL"'],
    [[], '--portal "$B24_WEBHOOK_URL"'],
  ])('apply without a spec %j: both commands name the portal as given', async (portal, shown) => {
    const r = await cli(['apply', ...portal, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `hint: b24cfg apply b24cfg.yaml ${shown} or b24cfg apply plan.json ${shown}\n`,
    );
    expect(r.stderr).not.toContain('hintSecret12345');
  });

  it('sandbox serve: the example command has the URL it serves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'b24cfg-serve-hint-'));
    const out = new BufferWriter();
    const err = new BufferWriter();
    const interrupt = new AbortController();
    const running = runCli(['sandbox', 'serve', '--lang', 'en'], {
      out,
      err,
      env: {},
      cwd: dir,
      homeDir: dir,
      signal: interrupt.signal,
    });
    for (let i = 0; i < 3000 && !err.text().includes('Stop with Ctrl+C'); i++)
      await new Promise((r) => setTimeout(r, 10));
    interrupt.abort('SIGINT');
    expect(await running).toBe(0);
    const url = out.text().trim();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/rest\/1\/\w+\/$/);
    expect(err.text()).toContain(`try: b24cfg plan b24cfg.yaml --portal ${url}\n`);
  });
});
