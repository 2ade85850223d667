import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';

const FOUR = 'test/fixtures/specs/four-errors.yaml';
/** The four problems of the fixture: a key typo, a 25-character code, a tunnel to nowhere, an undefined variable. */
const EXPECTED = [
  { line: 12, col: 5, rule: 'schema', messageId: 'unknownKeySuggest' },
  { line: 14, col: 15, rule: 'stage-code-length', messageId: 'tooLong' },
  { line: 22, col: 21, rule: 'tunnel-target', messageId: 'missingDirection' },
  { line: 24, col: 21, rule: 'substitution', messageId: 'undefinedVar' },
];

describe('b24cfg validate: the four-error spec', () => {
  it('pretty: each error with file:line:col, the source line and a caret, exit 1', async () => {
    const r = await cli(['validate', FOUR, '--lang', 'en']);
    expect(r.code).toBe(1);
    for (const e of EXPECTED) expect(r.stdout).toContain(`${FOUR}:${e.line}:${e.col}  error  `);
    expect(r.stdout.match(/ error {2}/g)).toHaveLength(4);
    expect(r.stdout).toContain('unknown key "stges" — did you mean "stages"?  [schema]');
    expect(r.stdout).toContain('    12 │     stges: []\n       │     ^^^^^\n');
    expect(r.stdout).toContain('^'.repeat(25));
    expect(r.stdout).toContain('✖ 4 errors, 0 warnings · 1 file checked');
    expect(r.stderr).toBe('');
  });

  it('pretty in Russian by default', async () => {
    const r = await cli(['validate', FOUR]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('неизвестный ключ «stges» — возможно, имелся в виду «stages»?');
    expect(r.stdout).toContain('переменная «line_suffix» не задана в variables');
    expect(r.stdout).toContain('✖ 4 ошибки, 0 предупреждений · 1 файл проверен');
  });

  it('json: a versioned object with exactly those four problems', async () => {
    const r = await cli(['validate', FOUR, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(1);
    expect(out.ok).toBe(false);
    expect(out.summary).toEqual({ files: 1, errors: 4, warnings: 0 });
    expect(out.files).toEqual([
      expect.objectContaining({ file: FOUR, ok: false, errors: 4, warnings: 0, sources: [FOUR] }),
    ]);
    expect(
      out.problems.map((p: Record<string, unknown>) => ({
        line: p.line,
        col: p.col,
        rule: p.rule,
        messageId: p.messageId,
      })),
    ).toEqual(EXPECTED);
    expect(
      out.problems.every((p: Record<string, unknown>) => p.file === FOUR && p.severity === 'error'),
    ).toBe(true);
    expect(out.problems[3].message).toBe('variable "line_suffix" is not defined in variables');
  });

  it('sarif: 2.1.0 with rules from the metas and results on the YAML lines', async () => {
    const r = await cli(['validate', FOUR, '--format', 'sarif', '--lang', 'en']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    const ruleIds = run.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ruleIds).toEqual(
      expect.arrayContaining([
        'schema',
        'substitution',
        'stage-code-length',
        'tunnel-target',
        'task-complete',
      ]),
    );
    expect(run.results).toHaveLength(4);
    interface SarifResult {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: { physicalLocation: { artifactLocation: unknown; region: unknown } }[];
    }
    run.results.forEach((res: SarifResult, i: number) => {
      const e = EXPECTED[i]!;
      expect(res.ruleId).toBe(e.rule);
      expect(ruleIds[res.ruleIndex]).toBe(e.rule);
      expect(res.level).toBe('error');
      const loc = res.locations[0]!.physicalLocation;
      expect(loc.artifactLocation).toEqual({ uri: FOUR, uriBaseId: '%SRCROOT%' });
      expect(loc.region).toMatchObject({ startLine: e.line, startColumn: e.col });
    });
  });
});

describe('b24cfg validate', () => {
  it('exits 0 for the templates and examples together', async () => {
    const r = await cli([
      'validate',
      'templates/b2b-b2c.yaml',
      'examples/minimal.yaml',
      'examples/1c-scenario.yaml',
      'examples/client-overlay.yaml',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ templates/b2b-b2c.yaml');
    expect(r.stdout).toContain('✔ 0 errors, 0 warnings · 4 files checked');
  });

  it('exits 0 with warnings only and shows them', async () => {
    const r = await cli(['validate', 'test/fixtures/specs/warnings-only.yaml', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning');
    expect(r.stdout).toContain('SD-22');
    expect(r.stdout).toMatch(/✔ 0 errors, 2 warnings/);
  });

  it('reports a missing file as a problem of that file, exit 1', async () => {
    const r = await cli(['validate', 'no/such/spec.yaml', '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.problems).toEqual([
      expect.objectContaining({ file: 'no/such/spec.yaml', rule: 'spec-file', line: null }),
    ]);
  });

  it('a binary or non-UTF-8 file is named as such, never echoed back (issue 16.13)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'b24cfg-binary-'));
    writeFileSync(join(dir, 'app.yaml'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0x1b, 0x5b]));
    // "version: 1\nname: Продажи" in Windows-1251, as an old editor saves it.
    const cp1251 = Buffer.concat([Buffer.from('version: 1\nname: '), Buffer.from([0xcf, 0xf0, 0xee])]);
    writeFileSync(join(dir, 'cp1251.yaml'), cp1251);
    const r = await cli(['validate', 'app.yaml', 'cp1251.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('"app.yaml" is not a text file (a zero byte at offset 7)');
    expect(r.stdout).toContain('"cp1251.yaml" is not UTF-8 text (an invalid byte sequence near offset 17)');
    expect(r.stdout).toContain('Save the file as UTF-8');
    const control = [...r.stdout].filter((c) => c.charCodeAt(0) < 9 || c === '\x1b' || c === '\x7f');
    expect(control).toEqual([]);
  });

  it('refuses a format it does not produce', async () => {
    const r = await cli(['validate', FOUR, '--format', 'markdown', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('USAGE_FORMAT_NOT_SUPPORTED');
  });

  it('has an example in its help', async () => {
    const r = await cli(['validate', '--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('b24cfg validate b24cfg.yaml --format sarif');
  });
});
