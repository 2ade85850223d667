import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { AuditReport } from '../../src/report/audit/types.js';
import { cli } from '../helpers/run-cli.js';

const NOW = () => new Date('2026-01-15T09:00:00Z');
const tmp = () => mkdtempSync(join(tmpdir(), 'b24cfg-attest-'));
const file = (dir: string) =>
  parse(readFileSync(join(dir, '.b24cfg/attestations.yaml'), 'utf8')) as Record<
    string,
    Array<Record<string, string>>
  >;

describe('b24cfg attest', () => {
  it('appends an attestation with today’s date', async () => {
    const dir = tmp();
    const r = await cli(
      [
        'attest',
        'SD-13',
        '--by',
        'Мария Петрова',
        '--note',
        'удаление запрещено всем ролям',
        '--evidence',
        'https://example.com/roles.png',
        '--expires',
        '2026-12-31',
      ],
      { cwd: dir, now: NOW },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SD-13');
    expect(r.stdout).toContain('.b24cfg/attestations.yaml');
    const again = await cli(
      ['attest', 'sd-14', '--by', 'auditor', '--note', 'подключено', '--lang', 'en', '--format', 'json'],
      { cwd: dir, now: NOW },
    );
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({
      file: '.b24cfg/attestations.yaml',
      attestation: { standard: 'SD-14', by: 'auditor', at: '2026-01-15', note: 'подключено' },
    });
    expect(file(dir).attestations).toEqual([
      {
        standard: 'SD-13',
        by: 'Мария Петрова',
        at: '2026-01-15',
        note: 'удаление запрещено всем ролям',
        evidence: 'https://example.com/roles.png',
        expires: '2026-12-31',
      },
      { standard: 'SD-14', by: 'auditor', at: '2026-01-15', note: 'подключено' },
    ]);
  });

  it('--spec keeps the file next to the spec', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'client'));
    writeFileSync(join(dir, 'client/b24cfg.yaml'), 'version: 1\n');
    const r = await cli(['attest', 'SD-19', '--by', 'a', '--note', 'n', '--spec', 'client/b24cfg.yaml'], {
      cwd: dir,
      now: NOW,
    });
    expect(r.code).toBe(0);
    expect(file(join(dir, 'client')).attestations).toHaveLength(1);
  });

  it('--suppress records a waiver that the audit leaves out of the score', async () => {
    const dir = tmp();
    // The sandbox portal runs on the real clock, so the waiver must outlive today.
    const until = `${new Date().getUTCFullYear() + 1}-03-31`;
    const r = await cli(
      [
        'attest',
        'SD-02',
        '--suppress',
        '--reason',
        'одна воронка до весны',
        '--expires',
        until,
        '--by',
        'auditor',
      ],
      { cwd: dir, now: NOW },
    );
    expect(r.code).toBe(0);
    expect(file(dir).suppressions).toEqual([
      { standard: 'SD-02', reason: 'одна воронка до весны', expires: until, by: 'auditor' },
    ]);
    const audit = await cli(['audit', '--portal', 'sandbox', '--format', 'json', '--fail-on', 'SD-02'], {
      cwd: dir,
      now: NOW,
    });
    expect(audit.code).toBe(0);
    const report = JSON.parse(audit.stdout) as AuditReport;
    const sd02 = report.results.find((x) => x.id === 'SD-02');
    expect(sd02?.status).toBe('fail');
    expect(sd02?.suppression).toMatchObject({
      reason: 'одна воронка до весны',
      expired: false,
      source: 'attestations',
    });
  });

  it('a suppressed standard does not look failed: greyed "suppressed", no fix, no attest hint (issue 16.9)', async () => {
    const dir = tmp();
    const until = `${new Date().getUTCFullYear() + 1}-03-31`;
    for (const id of ['SD-02', 'SD-13'])
      await cli(
        ['attest', id, '--suppress', '--reason', 'not this quarter', '--expires', until, '--by', 'a'],
        {
          cwd: dir,
        },
      );
    expect(readFileSync(join(dir, '.b24cfg/attestations.yaml'), 'utf8')).toMatch(/[^\n]\n$/);
    const pretty = await cli(['audit', '--portal', 'sandbox', '--lang', 'en'], { cwd: dir });
    const rows = pretty.stdout.split('\n');
    for (const id of ['SD-02', 'SD-13']) {
      const at = rows.findIndex((l) => l.startsWith(`${id} `));
      expect(rows[at]).toMatch(new RegExp(`^${id} +⊘ suppressed `));
      const block = rows.slice(
        at + 1,
        rows.findIndex((l, i) => i > at && /^SD-/.test(l)),
      );
      expect(block.join('\n')).toContain('suppressed until');
      expect(block.join('\n')).not.toContain('→');
      expect(block.join('\n')).not.toContain(`b24cfg attest ${id}`);
    }
    expect(pretty.stdout).toMatch(/suppressed: 2/);
    const html = await cli(['audit', '--portal', 'sandbox', '--format', 'html', '--lang', 'en'], {
      cwd: dir,
    });
    const article = /<article class="std s-suppressed" id="SD-13"[\s\S]*?<\/article>/.exec(html.stdout)?.[0];
    expect(article).toContain('⊘ suppressed');
    expect(article).not.toContain('How to fix');
    const quiet = await cli(['audit', '--portal', 'sandbox', '-q'], { cwd: dir });
    expect(quiet.stdout).not.toMatch(/^SD-(02|13) /m);
  });

  it.each([
    [['SD-99', '--by', 'a', '--note', 'n'], /there is no standard "SD-99"/],
    [['SD-02', '--by', 'a', '--note', 'n'], /checked automatically/],
    [['SD-13', '--note', 'n'], /--by and --note are required/],
    [['SD-13', '--by', 'a', '--note', 'n', '--expires', '2026-13-01'], /not a YYYY-MM-DD date/],
    [['SD-13', '--by', 'a', '--note', 'n', '--expires', '2025-12-31'], /already past/],
    [['SD-16', '--suppress', '--expires', '2026-05-01'], /needs --reason/],
    [['SD-16', '--suppress', '--reason', 'telephony later'], /needs --expires/],
  ])('refuses %j (exit 1) and writes nothing', async (args, message) => {
    const dir = tmp();
    const r = await cli(['attest', ...args, '--lang', 'en'], { cwd: dir, now: NOW });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(() => readFileSync(join(dir, '.b24cfg/attestations.yaml'))).toThrow();
  });

  it('a hand-broken file is reported with the entry to fix', async () => {
    const dir = tmp();
    mkdirSync(join(dir, '.b24cfg'));
    writeFileSync(
      join(dir, '.b24cfg/attestations.yaml'),
      'attestations:\n  - { standard: SD-13, by: "", at: 2026-01-01, note: x }\n',
    );
    const r = await cli(['attest', 'SD-14', '--by', 'a', '--note', 'n', '--lang', 'en'], {
      cwd: dir,
      now: NOW,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('attestations[0]');
  });

  it('help shows examples', async () => {
    const r = await cli(['attest', '--help']);
    expect(r.stdout).toContain('Примеры:');
  });
});
