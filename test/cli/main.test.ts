import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';

describe('cli shell', () => {
  it('prints help in Russian by default and in English with --lang en, exit 0', async () => {
    const ru = await cli(['--help']);
    expect(ru.code).toBe(0);
    expect(ru.stdout).toContain('Использование:');
    expect(ru.stdout).toContain('Коды выхода');
    const en = await cli(['--help', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Usage:');
    expect(en.stdout).toContain('Exit codes');
  });

  it('reports an unknown command as a usage error with a hint and no stack trace, exit 1', async () => {
    const r = await cli(['frobnicate', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[USAGE]');
    expect(r.stderr).toContain('hint:');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects an unknown --format value', async () => {
    const r = await cli(['--format', 'yaml', '--help']);
    expect(r.code).toBe(1);
  });
});
