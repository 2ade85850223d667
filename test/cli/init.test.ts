import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/spec/index.js';
import { cli } from '../helpers/run-cli.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'b24cfg-init-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ASSETS = [
  'docs/contract.docx',
  'docs/invoice.docx',
  'docs/proposal.docx',
  'mail/invoice-sent.html',
  'mail/nurture-content.html',
  'mail/nurture-offer.html',
  'mail/nurture-welcome.html',
  'mail/present-invite.html',
  'mail/proposal-sent.html',
  'mail/thanks-nps.html',
];

describe('b24cfg init', () => {
  it('writes a valid starter spec with its files and prints the next steps', async () => {
    const r = await cli(['init', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote b24cfg.yaml from template b2b-b2c');
    expect(r.stdout).toContain('b24cfg validate b24cfg.yaml');
    expect(r.stdout).toContain('b24cfg plan b24cfg.yaml --portal sandbox');
    for (const f of ASSETS) expect(existsSync(join(dir, f)), f).toBe(true);
    const template = new URL('../../templates/docs/contract.docx', import.meta.url);
    expect(readFileSync(join(dir, 'docs/contract.docx'))).toEqual(readFileSync(template));
    const loaded = await loadSpec('b24cfg.yaml', { env: {}, cwd: dir });
    expect(loaded.problems).toEqual([]);
    const v = await cli(['validate', 'b24cfg.yaml'], { cwd: dir });
    expect(v.code).toBe(0);
  });

  it('writes into another folder with --out, files next to the spec', async () => {
    const r = await cli(['init', '--out', 'client/spec.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.written).toEqual(['client/spec.yaml', ...ASSETS.map((f) => `client/${f}`)]);
    expect(out.next).toEqual([
      'b24cfg validate client/spec.yaml',
      'b24cfg plan client/spec.yaml --portal sandbox',
    ]);
    expect((await loadSpec('client/spec.yaml', { env: {}, cwd: dir })).ok).toBe(true);
  });

  it('refuses to overwrite anything without --force and writes nothing then', async () => {
    await writeFile(join(dir, 'b24cfg.yaml'), 'mine\n');
    const r = await cli(['init', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[INIT_EXISTS]');
    expect(r.stderr).toContain('b24cfg.yaml');
    expect(r.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'b24cfg.yaml'), 'utf8')).toBe('mine\n');
    expect(existsSync(join(dir, 'docs'))).toBe(false);

    const forced = await cli(['init', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'b24cfg.yaml'), 'utf8')).toContain('version: 1');
  });

  it('lists the templates', async () => {
    const r = await cli(['init', '--list', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).templates).toEqual([
      expect.objectContaining({ name: 'b2b-b2c', description: expect.stringContaining('B2B') }),
    ]);
  });

  it('names the available templates when the one asked for does not exist', async () => {
    const r = await cli(['init', '--template', 'b2b-b2', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[INIT_UNKNOWN_TEMPLATE]');
    expect(r.stderr).toContain('Did you mean "b2b-b2c"?');
    expect(existsSync(join(dir, 'b24cfg.yaml'))).toBe(false);
  });
});
