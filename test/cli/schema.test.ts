import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';

describe('b24cfg schema', () => {
  it('prints the spec JSON Schema to stdout, exit 0', async () => {
    const r = await cli(['schema']);
    expect(r.code).toBe(0);
    const committed = JSON.parse(
      readFileSync(new URL('../../src/spec/spec.schema.json', import.meta.url), 'utf8'),
    );
    expect(JSON.parse(r.stdout)).toEqual(committed);
    expect(JSON.parse(r.stdout).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(r.stderr).toBe('');
  });

  it('documents the manage.protect key syntax for editors', async () => {
    const schema = JSON.parse((await cli(['schema'])).stdout);
    expect(schema.properties.manage.properties.protect.description).toContain('direction/STAGE');
  });

  it('has an example in its help', async () => {
    const r = await cli(['schema', '--help', '--lang', 'en']);
    expect(r.stdout).toContain('b24cfg schema > b24cfg.schema.json');
  });
});
