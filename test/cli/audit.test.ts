import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/report/audit/types.js';
import { generatePortal, saveSandboxState } from '../../src/sandbox/index.js';
import { STANDARDS } from '../../src/standards/registry.js';
import { cli } from '../helpers/run-cli.js';

const ROOT = join(import.meta.dirname, '../..');
const NOW = () => new Date('2026-01-15T09:00:00Z');

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'b24cfg-audit-'));
  cpSync(join(ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  return dir;
}

const json = (stdout: string) => JSON.parse(stdout) as AuditReport;

describe('b24cfg audit --portal sandbox', () => {
  it('a fresh portal scores low, and every standard is explained', async () => {
    const r = await cli(['audit', '--portal', 'sandbox', '--lang', 'en'], { cwd: workdir() });
    expect(r.code).toBe(0);
    const score = Number(/Score: ([\d.]+) \/ 100/.exec(r.stdout)?.[1]);
    expect(score).toBeLessThan(20);
    expect(r.stdout).toContain('Very poor');
    for (const s of STANDARDS) {
      // The standard's row, then at least one line saying what was found.
      expect(r.stdout).toMatch(new RegExp(`^${s.meta.id} .*\\n {7}\\S.*: \\S`, 'm'));
    }
    expect(r.stderr).toMatch(/HTTP/);
  });

  it('an empty measure in a data window says which window (issue 16.13)', async () => {
    const r = await cli(['audit', '--portal', 'sandbox', '--lang', 'en'], { cwd: workdir() });
    expect(r.stdout).toContain('Nothing to measure: won deals in the last 30 days — 0.');
    // Open deals are not windowed: no window named.
    expect(r.stdout).toContain('Nothing to measure: open deals — 0.');
  });

  it('after applying the b2b-b2c template and attesting the manual standards it scores high', async () => {
    const dir = workdir();
    const apply = await cli(['apply', 'templates/b2b-b2c.yaml', '--portal', 'sandbox:portal.json', '--yes'], {
      cwd: dir,
      now: NOW,
    });
    expect(apply.code, apply.stderr).toBe(0);
    for (const s of STANDARDS.filter((x) => x.meta.classes.includes('M'))) {
      const a = await cli(
        [
          'attest',
          s.meta.id,
          '--by',
          'Аудитор',
          '--note',
          'проверено на портале',
          '--spec',
          'templates/b2b-b2c.yaml',
        ],
        { cwd: dir, now: NOW },
      );
      expect(a.code, a.stderr).toBe(0);
    }
    const r = await cli(
      ['audit', 'templates/b2b-b2c.yaml', '--portal', 'sandbox:portal.json', '--format', 'json'],
      { cwd: dir, now: NOW },
    );
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    expect(report.score.value).toBeGreaterThanOrEqual(90);
    expect(report.score.grade).toBe('excellent');
    expect(report.results.filter((x) => x.status === 'fail' || x.status === 'manual-unattested')).toEqual([]);
    expect(report.source).toMatchObject({ kind: 'portal', spec: 'templates/b2b-b2c.yaml' });
  });
});

describe('gates', () => {
  it.each([
    [['--min-score', '80'], 3, /below --min-score 80/],
    [['--fail-on', 'SD-02,SD-06'], 3, /SD-02 \(--fail-on\)/],
    [['--fail-on', 'sd-06'], 0, undefined],
    [['--min-score', '0'], 0, undefined],
  ] as const)('%j exits %s', async (args, code, message) => {
    const r = await cli(['audit', '--portal', 'sandbox', '--lang', 'en', '--quiet', ...args], {
      cwd: workdir(),
    });
    expect(r.code).toBe(code);
    if (message) expect(r.stderr).toMatch(message);
  });

  it.each([
    [['--min-score', '101'], /invalid --min-score value: 101 \(a number from 0 to 100\)/],
    [['--fail-on', 'SD-99'], /unknown standards: SD-99/],
    [['--snapshot', 'x.json', '--portal', 'sandbox'], /do not go together/],
  ])('refuses %j before reading anything (exit 1)', async (args, message) => {
    const r = await cli(['audit', '--lang', 'en', ...args], { cwd: workdir() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('snapshots and the spec alone', () => {
  let dir: string;
  beforeAll(async () => {
    dir = workdir();
    await saveSandboxState(generatePortal({ seed: 5, deals: 400 }).state, join(dir, 'portal.json'));
  });

  it('the same snapshot gives a byte-identical JSON report, equal to the live one in score', async () => {
    const live = await cli(
      ['audit', '--portal', 'sandbox:portal.json', '--save-snapshot', 'snap.json', '--format', 'json'],
      { cwd: dir },
    );
    expect(live.code).toBe(0);
    expect(existsSync(join(dir, 'snap.json'))).toBe(true);
    const a = await cli(['audit', '--snapshot', 'snap.json', '--format', 'json'], { cwd: dir });
    const b = await cli(['audit', '--snapshot', 'snap.json', '--format', 'json', '--lang', 'en'], {
      cwd: dir,
    });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const fromLive = json(live.stdout);
    const fromSnap = json(a.stdout);
    expect(fromSnap.source.kind).toBe('snapshot');
    expect(fromSnap.source.hash).toBe(fromLive.source.hash);
    expect(fromSnap.score).toEqual(fromLive.score);
    expect(fromSnap.results.map((r) => r.status)).toEqual(fromLive.results.map((r) => r.status));
    expect(fromSnap.collection?.httpRequests).toBe(fromLive.collection?.httpRequests);
  });

  it('an apply snapshot (no data part) audits the configuration and says the data is missing', async () => {
    const { audit: _data, ...configOnly } = JSON.parse(
      readFileSync(join(dir, 'snap.json'), 'utf8'),
    ) as Record<string, unknown>;
    writeFileSync(join(dir, 'apply-snap.json'), JSON.stringify(configOnly));
    const r = await cli(['audit', '--snapshot', 'apply-snap.json', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    expect(report.collection).toBeUndefined();
    const sd16 = report.results.find((x) => x.id === 'SD-16');
    expect(sd16?.status).toBe('not-applicable');
    expect(sd16?.findings[0]?.messageId).toBe('noData');
    expect(report.results.find((x) => x.id === 'SD-02')?.status).toBe('pass');
  });

  it('a missing snapshot file is an input error', async () => {
    const r = await cli(['audit', '--snapshot', 'nope.json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('snapshot cannot be read');
  });

  it('a spec alone gets a design score', async () => {
    const r = await cli(['audit', 'templates/b2b-b2c.yaml', '--format', 'json'], { cwd: dir, now: NOW });
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    expect(report.source.kind).toBe('spec');
    expect(report.asOf).toBeNull();
    expect(report.score.value).toBeGreaterThanOrEqual(90);
    // Data standards need a portal; manual ones are for the portal's audit.
    expect(report.results.find((x) => x.id === 'SD-16')?.status).toBe('not-applicable');
  });

  it('a spec with errors stops the audit with the problems printed', async () => {
    const r = await cli(['audit', join(ROOT, 'test/fixtures/specs/does-not-exist.yaml'), '--lang', 'en'], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing was audited/);
  });

  it.each(['html', 'markdown', 'junit', 'sarif'] as const)(
    '--format %s --out writes the report',
    async (format) => {
      const file = `report.${format}`;
      const r = await cli(
        ['audit', '--snapshot', 'snap.json', '--format', format, '--out', file, '--lang', 'en'],
        { cwd: dir },
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`Report saved: ${file}`);
      expect(readFileSync(join(dir, file), 'utf8').length).toBeGreaterThan(1000);
    },
  );

  it('--out report.html without --format writes the HTML report', async () => {
    const r = await cli(['audit', '--snapshot', 'snap.json', '--out', 'out/report.html', '--lang', 'en'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'out/report.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('help shows examples', async () => {
    const r = await cli(['audit', '--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('b24cfg audit --portal sandbox');
  });
});
