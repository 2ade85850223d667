import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { Workspace } from '../helpers/workspace.js';
import { allElements, parseStrictXml } from '../helpers/xml-strict.js';

/**
 * Data outputs keep portal and spec text whole, but a character a terminal acts on (the 8-bit CSI
 * U+009B, NEL U+0085) or that reorders what it shows (RIGHT-TO-LEFT OVERRIDE U+202E) is written as an
 * escape of the format: `\u009b` in JSON and SARIF, `\x9B` in a double-quoted YAML string, `&#x9B;` in
 * JUnit XML. Each output goes through the real command against the sandbox and is read back by a parser
 * of its format to exactly the original text (src/core/data-text.ts).
 */
const NAME = 'Прогрев <i>&amp; \u009b31m\u202eexe.txt\u0085 конец';
const STAGE = 'Этап \u009b2J\u202e\u2066\u0085';
/** What must never stand raw in a data output: DEL, C1, bidi marks, embeddings, overrides, isolates. */

const RAW = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function rawCodePoints(text: string): string[] {
  return [...text.matchAll(RAW)].map(
    (m) => `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${m.index}`,
  );
}

/** Every string of a parsed value, keys included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

/** Every attribute value and text of a JUnit file, as an XML parser reads them. */
function xmlStrings(xml: string): string[] {
  return allElements(parseStrictXml(xml)).flatMap((e) => [e.text, ...Object.values(e.attrs)]);
}

describe('data outputs carry hostile portal and spec text escaped, and read back the same', () => {
  const ws = new Workspace('b24cfg-data-out-');
  const portal = ['--portal', ws.portal];

  beforeAll(async () => {
    await ws.run(['init', '--template', 'b2b-b2c', '--out', 'b24cfg.yaml']);
    const applied = await ws.run(['apply', 'b24cfg.yaml', '--yes', ...portal]);
    expect(applied.code, applied.stderr).toBe(0);
    // Someone renamed the warm-up pipeline (SD-31 lists it by name) and a stage on the portal.
    await ws.editPortal((s) => {
      const nurture = s.pipelines.find((p) => p.name.startsWith('Прогрев'));
      const stage = s.statuses.find((x) => x.entityId.startsWith('DEAL_STAGE_') && !x.system);
      if (!nurture || !stage) throw new Error('the template creates a warm-up pipeline with stages');
      nurture.name = NAME;
      stage.name = STAGE;
    });
  }, 120_000);

  it.each([
    ['export (YAML)', ['export'], (t: string) => strings(parseYaml(t))],
    ['export --format json', ['export', '--format', 'json'], (t: string) => strings(JSON.parse(t))],
    [
      'plan --format json',
      ['plan', 'b24cfg.yaml', '--format', 'json'],
      (t: string) => strings(JSON.parse(t)),
    ],
    ['audit --format json', ['audit', '--format', 'json'], (t: string) => strings(JSON.parse(t))],
    ['audit --format junit', ['audit', '--format', 'junit'], xmlStrings],
  ])('%s', async (_name, args, readBack) => {
    const r = await ws.run([...args, ...portal]);
    expect([0, 1, 2], r.stderr).toContain(r.code);
    expect(rawCodePoints(r.stdout)).toEqual([]);
    const values = readBack(r.stdout);
    if (args[0] === 'audit' && args[2] === 'junit') {
      // SD-31 names the warm-up pipelines it found in its finding's text.
      expect(values.some((v) => v.includes(`: ${NAME}.`))).toBe(true);
    } else {
      expect(values).toContain(NAME);
      if (args[0] !== 'audit') expect(values).toContain(STAGE);
    }
  });

  it('the YAML export writes such names double-quoted with YAML escapes', async () => {
    const r = await ws.run(['export', ...portal]);
    expect(r.stdout).toContain('name: "Прогрев <i>&amp; \\x9B31m\\u202Eexe.txt\\x85 конец"');
    // b24cfg's own YAML reader takes the escapes back: the exported spec is the portal, no drift.
    const saved = await ws.run(['export', '--out', 'exported.yaml', ...portal]);
    expect(saved.code, saved.stderr).toBe(0);
    const plan = await ws.run(['plan', 'exported.yaml', '--format', 'json', ...portal]);
    expect(plan.code, plan.stdout).toBe(0);
  });

  it('the HTML report (a browser, not a terminal) writes the name as HTML text', async () => {
    const r = await ws.run(['audit', '--format', 'html', ...portal]);
    expect([0, 1], r.stderr).toContain(r.code);
    expect(r.stdout).toContain('Прогрев &lt;i&gt;&amp;amp; ');
    expect(r.stdout).not.toContain('<i>&amp;');
  });

  it('plan --out writes the plan file escaped, and apply reads it back', async () => {
    const r = await ws.run(['plan', 'b24cfg.yaml', '--out', 'plan.json', ...portal]);
    expect([0, 2], r.stderr).toContain(r.code);
    const file = ws.read('plan.json');
    expect(rawCodePoints(file)).toEqual([]);
    expect(strings(JSON.parse(file))).toContain(NAME);
    expect(file).toContain('\\u009b31m\\u202eexe.txt\\u0085');
    // The saved plan is still the plan: apply takes it as it was saved.
    const applied = await ws.run(['apply', 'plan.json', '--yes', '--format', 'json', ...portal]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(rawCodePoints(applied.stdout)).toEqual([]);
    const names = (await ws.portalState()).pipelines.map((p) => p.name);
    expect(names).toContain('Прогрев потенциальных клиентов');
    // The snapshot it took before writing holds the renamed pipeline, escaped, and restore reads it.
    const { snapshot: snapshotPath } = JSON.parse(applied.stdout) as { snapshot: string };
    const snapshot = readFileSync(resolve(ws.dir, snapshotPath), 'utf8');
    expect(rawCodePoints(snapshot)).toEqual([]);
    expect(strings(JSON.parse(snapshot))).toContain(NAME);
    const restored = await ws.run(['restore', 'last', '--yes', ...portal]);
    expect(restored.code, restored.stderr).toBe(0);
    expect((await ws.portalState()).pipelines.map((p) => p.name)).toContain(NAME);
  });

  it.each([
    ['validate --format json', 'json', (t: string) => strings(JSON.parse(t))],
    ['validate --format sarif', 'sarif', (t: string) => strings(JSON.parse(t))],
  ])('%s: spec text is escaped the same way', async (_name, format, readBack) => {
    const boss = 'boss \u009b31m\u202eexe.txt\u0085 end';
    ws.write(
      'hostile.yaml',
      ws
        .read('b24cfg.yaml')
        .replace(/supervisor: head_of_sales/, 'supervisor: "boss \\x9B31m\\u202Eexe.txt\\x85 end"'),
    );
    const r = await ws.run(['validate', 'hostile.yaml', '--format', format]);
    expect(r.code, r.stderr).toBe(1);
    expect(rawCodePoints(r.stdout)).toEqual([]);
    expect(readBack(r.stdout).some((v) => v.includes(`"${boss}"`))).toBe(true);
  });
});
