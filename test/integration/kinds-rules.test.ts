import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshPortalState, saveSandboxState } from '../../src/sandbox/index.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * What the portal does on its own, end to end on the sandbox: a coerced open-line value is reported
 * as not applied with the reason; an unknown e-mail stops the apply before any write; a numerator
 * made in the UI is refused in the plan instead of failing on the portal.
 */
const SPEC = `version: 1
users:
  head: { email: head@example.com }
  m1: { email: manager1@example.com }
open_lines:
  - name: Чат
    queue: { type: all, users: [m1, head] }
    kpi: { first_answer: 5m, further_answer: 1h }
`;

async function workspace(
  edit: (s: ReturnType<typeof freshPortalState>) => void = () => {},
): Promise<Workspace> {
  const ws = new Workspace('b24cfg-rules-');
  const s = freshPortalState();
  edit(s);
  await saveSandboxState(s, ws.portalFile);
  return ws;
}

describe('portal rules on apply', () => {
  it('queue type all on a plan without it: applied as evenly, reported not applied with the reason (exit 4)', async () => {
    const ws = await workspace((s) => (s.settings.queueAllAllowed = false));
    ws.write('b24cfg.yaml', SPEC);
    const r = await ws.run(['apply', 'b24cfg.yaml', '--portal', ws.portal, '--yes', '--no-color']);
    expect(r.code, r.stdout + r.stderr).toBe(4);
    expect(r.stdout).toContain('✗ open line “Чат” — not applied');
    expect(r.stdout).toContain('the portal ignored QUEUE_TYPE: sent "all", read back "evenly"');
    expect(r.stdout).toContain(
      'the portal stored QUEUE_TYPE = evenly: Bitrix24 silently replaces all with evenly when the plan lacks the “all at once” queue feature (imopenlines_can_use_queue_all)',
    );
    // Everything else of the line was written.
    const line = (await ws.portalState()).openLines[0]!;
    expect(line.config).toMatchObject({
      QUEUE_TYPE: 'evenly',
      KPI_FIRST_ANSWER_TIME: '300',
      KPI_FURTHER_ANSWER_TIME: '3600',
    });
    const ru = await ws.run(['plan', 'b24cfg.yaml', '--portal', ws.portal, '--no-color', '--lang', 'ru']);
    expect(ru.stdout).toContain('портал хранит QUEUE_TYPE = evenly');
  });

  it('says in JSON which field the portal ignored, what was sent and what was read back (exit 4)', async () => {
    const ws = await workspace((s) => (s.settings.queueAllAllowed = false));
    ws.write('b24cfg.yaml', SPEC);
    const r = await ws.run(['apply', 'b24cfg.yaml', '--portal', ws.portal, '--yes', '--format', 'json']);
    expect(r.code, r.stdout + r.stderr).toBe(4);
    const out = JSON.parse(r.stdout) as { ignored: unknown[]; notApplied: string[] };
    expect(out.notApplied).toEqual(['openLine:Чат']);
    expect(out.ignored).toEqual([
      { change: 'openLine:Чат', field: 'QUEUE_TYPE', sent: 'all', read: 'evenly' },
    ]);
  });

  it('the same spec on a plan with the feature applies cleanly', async () => {
    const ws = await workspace();
    ws.write('b24cfg.yaml', SPEC);
    const r = await ws.run(['apply', 'b24cfg.yaml', '--portal', ws.portal, '--yes']);
    expect(r.code, r.stdout).toBe(0);
    expect((await ws.portalState()).openLines[0]?.config.QUEUE_TYPE).toBe('all');
  });

  it('an unknown e-mail in an open line queue stops the apply before any write, naming role, e-mail and portal', async () => {
    const ws = await workspace();
    ws.write(
      'b24cfg.yaml',
      SPEC.replace('head@example.com', 'nobody@example.com').concat('lead_sources: [{ code: X, name: X }]\n'),
    );
    const before = readFileSync(ws.portalFile, 'utf8');
    const r = await ws.run(['apply', 'b24cfg.yaml', '--portal', ws.portal, '--yes']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'portal sandbox:portal.json has no user for people a write needs: role head, e-mail nobody@example.com — the queue of open line “Чат”',
    );
    expect(readFileSync(ws.portalFile, 'utf8')).toBe(before);
  });

  it('people only named in manual items are a warning, not an error', async () => {
    const ws = await workspace();
    ws.write(
      'b24cfg.yaml',
      `version: 1
users:
  rop: { email: rop@nowhere.example }
permissions:
  roles: [{ name: Менеджер, members: [rop], deny: [deal.delete] }]
lead_sources: [{ code: FAIR, name: Ярмарка }]
`,
    );
    const r = await ws.run([
      'apply',
      'b24cfg.yaml',
      '--portal',
      ws.portal,
      '--yes',
      '--checklist',
      'todo.md',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Warning: portal sandbox:portal.json has no user rop (rop@nowhere.example)');
    expect(ws.read('todo.md')).toContain('⚠ rop@nowhere.example (rop) is not on portal sandbox:portal.json');
  });

  it('a numerator made in the UI is refused in the plan with the reason', async () => {
    const ws = await workspace((s) =>
      s.numerators.push({
        id: 1,
        name: 'Договоры',
        template: '{NUMBER}',
        code: null,
        createdViaRest: false,
        settings: {
          start: 1,
          step: 1,
          length: 0,
          padString: '0',
          periodicBy: null,
          timezone: null,
          isDirectNumeration: false,
        },
      }),
    );
    mkdirSync(ws.path('docs'));
    writeFileSync(ws.path('docs/c.docx'), 'PK docx');
    ws.write(
      'b24cfg.yaml',
      `version: 1
numerators: [{ name: Договоры, template: "Д-{NUMBER}" }]
documents: [{ name: Договор, file: docs/c.docx, numerator: Договоры }]
`,
    );
    const r = await ws.run(['plan', 'b24cfg.yaml', '--portal', ws.portal, '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✗ numerator “Договоры”');
    expect(r.stdout).toContain('Bitrix24 lets REST change only numerators REST created');
    // The template itself still uses the existing numerator.
    expect(r.stdout).toContain('+ document template “Договор”');
    const apply = await ws.run(['apply', 'b24cfg.yaml', '--portal', ws.portal, '--yes', '--skip-blocked']);
    expect(apply.code, apply.stdout).toBe(0);
    expect((await ws.portalState()).documentTemplates[0]?.numeratorId).toBe(1);
  });
});
