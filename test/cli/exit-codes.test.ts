import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/core/exit-codes.js';
import { cli } from '../helpers/run-cli.js';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

/** The codes README's "Exit codes" table lists, in order. */
function readmeCodes(): number[] {
  const section = README.slice(README.indexOf('## Exit codes'));
  const table = section.slice(0, section.indexOf('\n## ', 3));
  return [...table.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
}

describe('the exit-code contract', () => {
  it('README lists every code the CLI defines, and no other', () => {
    expect(readmeCodes()).toEqual(Object.values(EXIT).sort((a, b) => a - b));
  });

  it.each(['ru', 'en'])('--help (%s) names every code', async (lang) => {
    const r = await cli(['--help', '--lang', lang]);
    const listed = [...r.stdout.matchAll(/(\d+) [^\d·]+/g)].map((m) => Number(m[1]));
    for (const code of Object.values(EXIT)) expect(listed).toContain(code);
  });
});
