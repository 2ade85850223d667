import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../src/spec/index.js';
import { tmpTree } from './helpers.js';

const BASE = `version: 1
users:
  head_of_sales: { email: head@example.com }
directions:
  - key: b2b
    name: B2B
    stages:
      - code: NEW
        name: Новая
        colour: "#FFFFFF"
`;

const CHILD = `version: 1
extends: base.yaml
directions:
  - key: b2b
    name: B2B
    stages:
      - code: offer
        name: КП
        task: { title: Позвонить, responsible: boss, deadline: { days_after_entry: two } }
    won:
      name: Успех
      tunnel: { to: b2c, stage: NEW }
open_lines:
  - name: Чат
    kpi: { first_answer: "\${env:KPI_FIRST}" }
`;

describe('problem locations', () => {
  it('points each kind of problem at file:line:col of the exact node, in the file it came from', async () => {
    const dir = await tmpTree({ 'base.yaml': BASE, 'child.yaml': CHILD });
    const r = await loadSpec('child.yaml', { env: {}, cwd: dir });
    const got = r.problems.map((p) => ({
      at: `${p.location!.file.slice(dir.length + 1)}:${p.location!.line}:${p.location!.col}`,
      rule: p.rule,
      id: p.messageId,
    }));
    expect(got).toEqual([
      // child.yaml first (the root spec), in line then column order
      { at: 'child.yaml:7:15', rule: 'stage-code-format', id: 'lowercase' },
      { at: 'child.yaml:9:48', rule: 'role-refs', id: 'unknownRole' },
      { at: 'child.yaml:9:84', rule: 'schema', id: 'type' },
      { at: 'child.yaml:12:21', rule: 'tunnel-target', id: 'missingDirection' },
      // the quoted scalar holds a bad duration; the ${env:…} inside it is pointed at exactly
      { at: 'child.yaml:15:26', rule: 'duration-format', id: 'bad' },
      { at: 'child.yaml:15:27', rule: 'substitution', id: 'undefinedEnv' },
      // then the base: an unknown key points at the key itself
      { at: 'base.yaml:10:9', rule: 'schema', id: 'unknownKeySuggest' },
    ]);
    expect(r.ok).toBe(false);
  });

  it('maps pointers of the merged spec back to their files, keys and values separately', async () => {
    const dir = await tmpTree({ 'base.yaml': BASE, 'child.yaml': CHILD });
    const r = await loadSpec('child.yaml', { env: {}, cwd: dir });
    expect(r.locate('/directions/0/stages/0/code')).toMatchObject({
      file: join(dir, 'base.yaml'),
      line: 8,
      col: 15,
    });
    expect(r.locate('/directions/0/stages/1/code')).toMatchObject({
      file: join(dir, 'child.yaml'),
      line: 7,
      col: 15,
    });
    expect(r.locate('/directions/0/stages/0/colour', 'key')).toMatchObject({ line: 10, col: 9, endCol: 15 });
    expect(r.locate('/directions/0/stages/0/colour')).toMatchObject({ line: 10, col: 17 });
    // a pointer to something absent falls back to its nearest parent
    expect(r.locate('/directions/0/won/task')).toMatchObject({
      file: join(dir, 'child.yaml'),
      line: 11,
      col: 7,
    });
    expect(r.files).toEqual([join(dir, 'child.yaml'), join(dir, 'base.yaml')]);
  });
});
