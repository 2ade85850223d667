import { describe, expect, it } from 'vitest';
import { Workspace } from '../helpers/workspace.js';

/**
 * Issue 16.8: a converged plan printed every manual item (90 on the sales template) before "No changes".
 * Now one line counts them with the command that lists them; --show-manual (on plan and apply) lists
 * them, --hide-manual drops even the count. Issue 16.13: -v names each object left as it is.
 */
describe('manual items in a plan', () => {
  it('a converged plan counts them on one line; --show-manual lists them, on plan and on apply', async () => {
    const ws = new Workspace('b24cfg-manual-');
    expect((await ws.run(['init', '--out', 'spec.yaml'])).code).toBe(0);
    const applied = await ws.run(['apply', 'spec.yaml', '--portal', ws.portal, '--yes']);
    expect(applied.code, applied.stderr).toBe(0);

    const plan = await ws.run(['plan', 'spec.yaml', '--portal', ws.portal]);
    expect(plan.code, plan.stderr).toBe(0);
    const m =
      /Items done by hand \(REST cannot do these\): (\d+)\. .*b24cfg checklist spec\.yaml; .*--show-manual/.exec(
        plan.stdout,
      );
    expect(m, plan.stdout).not.toBeNull();
    const manual = Number(m?.[1]);
    expect(manual).toBeGreaterThan(5);
    expect(plan.stdout).toContain('No changes');
    expect(plan.stdout.split('\n').length).toBeLessThan(15);

    // Items that depend on the portal are shown anyway: the sandbox's people hold other positions than
    // the template's users (docs/spec-coverage.md), two lines the count leaves out.
    const shown = plan.stdout.split('\n').filter((l) => /^\s+! /.test(l)).length;
    expect(shown).toBe(2);
    const listed = await ws.run(['plan', 'spec.yaml', '--portal', ws.portal, '--show-manual']);
    expect(listed.stdout.split('\n').filter((l) => /^\s+! /.test(l))).toHaveLength(manual + shown);
    expect(listed.stdout).not.toContain('Items done by hand');

    const hidden = await ws.run(['plan', 'spec.yaml', '--portal', ws.portal, '--hide-manual']);
    expect(hidden.stdout).not.toMatch(/^\s+! /m);
    expect(hidden.stdout).not.toContain('Items done by hand');

    const again = await ws.run(['apply', 'spec.yaml', '--portal', ws.portal, '--yes', '--show-manual']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.split('\n').filter((l) => /^\s+! /.test(l))).toHaveLength(manual + shown);
  });

  it('-v names the portal objects left as they are, not only their count', async () => {
    const ws = new Workspace('b24cfg-manual-');
    ws.write(
      'spec.yaml',
      'version: 1\ndirections:\n  - key: default\n    name: Продажи\n    stages:\n      - { code: NEW, name: Новая }\n    won: { name: Успех }\n    lost: { name: Провал }\n',
    );
    const quiet = await ws.run(['plan', 'spec.yaml', '--portal', ws.portal]);
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stdout).toMatch(/left as they are .*stage/);
    expect(quiet.stdout).not.toMatch(/^ {2,}= /m);
    const verbose = await ws.run(['plan', 'spec.yaml', '--portal', ws.portal, '-v']);
    expect(verbose.stdout).toMatch(/^ {2,}= .*PREPARATION/m);
  });
});
