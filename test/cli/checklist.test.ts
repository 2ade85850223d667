import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';

const TEMPLATE = resolve('templates/b2b-b2c.yaml');
const now = () => new Date('2026-11-24T10:00:00Z');

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'b24cfg-checklist-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('b24cfg checklist', () => {
  it('prints the Markdown checklist of a spec without any portal', async () => {
    const r = await cli(['checklist', TEMPLATE], { cwd: dir, now });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('# Чек-лист ручной настройки Bitrix24\n')).toBe(true);
    expect(r.stdout).toContain('**Собран:** 2026-11-24 10:00 UTC');
    expect(r.stdout).toContain('## 1. Шаблоны писем (7 пунктов)');
    expect(r.stdout).not.toContain('Запросов к порталу');
  });

  it('speaks English with --lang en and writes HTML with --format html', async () => {
    const r = await cli(['checklist', TEMPLATE, '--lang', 'en', '--format', 'html'], { cwd: dir, now });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(r.stdout).toContain('<h1>Bitrix24 hand-setup checklist</h1>');
  });

  it('--out picks the format from the extension and says where it went', async () => {
    const r = await cli(['checklist', TEMPLATE, '--out', 'handover.html', '--lang', 'en'], { cwd: dir, now });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Checklist written: handover\.html \(\d+ items\)/);
    expect(readFileSync(join(dir, 'handover.html'), 'utf8')).toContain('<input type="checkbox">');
    const md = await cli(['checklist', TEMPLATE, '--out', 'handover.md'], { cwd: dir, now });
    expect(md.code).toBe(0);
    expect(readFileSync(join(dir, 'handover.md'), 'utf8')).toMatch(/^# Чек-лист/);
  });

  it('refuses formats it does not produce, and a spec with errors', async () => {
    const json = await cli(['checklist', TEMPLATE, '--format', 'json', '--lang', 'en'], { cwd: dir, now });
    expect(json.code).toBe(1);
    expect(json.stderr).toContain('json');
    const missing = await cli(['checklist', 'nope.yaml', '--lang', 'en'], { cwd: dir, now });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
  });

  it('has an example in its help', async () => {
    const r = await cli(['checklist', '--help', '--lang', 'en'], { cwd: dir, now });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('b24cfg checklist b24cfg.yaml --out checklist.html');
  });
});
