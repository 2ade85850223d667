import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { cli } from '../helpers/run-cli.js';

it('scratch', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kinds-'));
  cpSync('templates', dir, { recursive: true });
  const portal = `sandbox:${join(dir, 'portal.json')}`;
  const r1 = await cli(['plan', 'b2b-b2c.yaml', '--portal', portal, '--no-color', '--hide-manual'], {
    cwd: dir,
  });
  console.log(r1.code, r1.stdout, r1.stderr);
  const r2 = await cli(['apply', 'b2b-b2c.yaml', '--portal', portal, '--yes', '--no-color'], { cwd: dir });
  console.log(r2.code, r2.stdout.slice(-3000), r2.stderr);
});
