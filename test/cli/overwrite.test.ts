import { describe, expect, it } from 'vitest';
import { commandToPaste } from '../../src/cli/command-line.js';
import { EXIT } from '../../src/core/exit-codes.js';
import { Workspace } from '../helpers/workspace.js';

const HAND_WRITTEN = '# hand-written: robots, tasks and templates export cannot read back\nversion: 1\n';

/**
 * Issue 16.2: `export --out spec.yaml` replaced a hand-written spec, and `checklist spec.yaml --out
 * spec.yaml` and `audit --out spec.yaml` overwrote their input. Now an existing file needs --force (as
 * `init` does), and the input is never the output.
 */
describe('--out never replaces a file silently', () => {
  it('export --out over an existing file: exit 1 before the portal is read, the file kept; --force writes', async () => {
    const ws = new Workspace('b24cfg-out-');
    ws.write('spec.yaml', HAND_WRITTEN);
    const r = await ws.run(['export', '--portal', ws.portal, '--out', 'spec.yaml']);
    expect(r.code).toBe(EXIT.findings);
    expect(r.stderr).toContain('[OUT_EXISTS] the file "spec.yaml" already exists');
    expect(r.stderr).toContain(
      `overwrite it: b24cfg export --portal ${ws.portal} --out spec.yaml --lang en --force`,
    );
    expect(r.stderr).not.toContain('Portal requests');
    expect(ws.read('spec.yaml')).toBe(HAND_WRITTEN);
    const forced = await ws.run(['export', '--portal', ws.portal, '--out', 'spec.yaml', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(ws.read('spec.yaml')).toContain('directions:');
  });

  it('checklist: its own spec is never the output, even with --force; another existing file needs --force', async () => {
    const ws = new Workspace('b24cfg-out-');
    expect((await ws.run(['init', '--out', 'spec.yaml'])).code).toBe(0);
    const spec = ws.read('spec.yaml');
    for (const extra of [[], ['--force']]) {
      const r = await ws.run(['checklist', 'spec.yaml', '--out', './spec.yaml', ...extra]);
      expect(r.code).toBe(EXIT.findings);
      expect(r.stderr).toContain('[OUT_IS_INPUT]');
      expect(ws.read('spec.yaml')).toBe(spec);
    }
    ws.write('handover.md', 'my notes\n');
    const r = await ws.run(['checklist', 'spec.yaml', '--out', 'handover.md']);
    expect(r.code).toBe(EXIT.findings);
    expect(r.stderr).toContain('[OUT_EXISTS]');
    expect(ws.read('handover.md')).toBe('my notes\n');
    expect((await ws.run(['checklist', 'spec.yaml', '--out', 'handover.md', '-f'])).code).toBe(0);
    expect(ws.read('handover.md')).toContain('# ');
  });

  it('audit: neither the spec nor the snapshot it reads, nor an existing report without --force', async () => {
    const ws = new Workspace('b24cfg-out-');
    expect((await ws.run(['init', '--out', 'spec.yaml'])).code).toBe(0);
    const spec = ws.read('spec.yaml');
    const onSpec = await ws.run(['audit', 'spec.yaml', '--out', 'spec.yaml', '--force']);
    expect(onSpec.code).toBe(EXIT.findings);
    expect(onSpec.stderr).toContain('[OUT_IS_INPUT]');
    expect(ws.read('spec.yaml')).toBe(spec);

    const saved = await ws.run(['audit', '--portal', ws.portal, '--save-snapshot', 'snap.json']);
    expect(saved.code, saved.stderr).toBe(0);
    const snapshot = ws.read('snap.json');
    const onSnapshot = await ws.run(['audit', '--snapshot', 'snap.json', '--out', 'snap.json']);
    expect(onSnapshot.stderr).toContain('[OUT_IS_INPUT]');
    expect(ws.read('snap.json')).toBe(snapshot);

    ws.write('audit.html', '<p>last week</p>');
    const again = await ws.run(['audit', '--snapshot', 'snap.json', '--out', 'audit.html']);
    expect(again.code).toBe(EXIT.findings);
    expect(again.stderr).toContain('[OUT_EXISTS]');
    expect(ws.read('audit.html')).toBe('<p>last week</p>');
    expect((await ws.run(['audit', '--snapshot', 'snap.json', '--out', 'audit.html', '--force'])).code).toBe(
      0,
    );
    expect(ws.read('audit.html')).toContain('<html');
  });

  it('init says the same, with the command to paste', async () => {
    const ws = new Workspace('b24cfg-out-');
    expect((await ws.run(['init', '--out', 'spec.yaml'])).code).toBe(0);
    const r = await ws.run(['init', '--out', 'spec.yaml']);
    expect(r.code).toBe(EXIT.findings);
    expect(r.stderr).toContain('overwrite them: b24cfg init --out spec.yaml --lang en --force');
  });
});

describe('the command a hint offers to paste', () => {
  it.each([
    [['plan', 'b24cfg.yaml', '--portal', 'acme'], 'b24cfg plan b24cfg.yaml --portal acme'],
    [
      ['doctor', '--portal', 'https://acme.bitrix24.ru/rest/1/s3cretS3cret/'],
      'b24cfg doctor --portal "$B24_WEBHOOK_URL"',
    ],
    [
      ['doctor', '--portal=https://acme.bitrix24.ru/rest/1/s3cretS3cret/'],
      'b24cfg doctor --portal="$B24_WEBHOOK_URL"',
    ],
    [['attest', 'SD-04', '--note', "it's done"], "b24cfg attest SD-04 --note 'it'\\''s done'"],
  ])('%j → %s', (argv, line) => {
    expect(commandToPaste(argv)).toBe(line);
  });
});
