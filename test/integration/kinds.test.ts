import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/resources/plan.js';
import type { StateFile } from '../../src/portal/state-file.js';
import { Workspace } from '../helpers/workspace.js';

/**
 * Issue #6 acceptance on the embedded sandbox: the template's open lines, document templates and
 * numerators, contact/company types and sources are created and verified; a second plan and an
 * export plan to no changes; the handover checklist covers every manual item of the plan.
 */
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('templates/b2b-b2c.yaml: the rest of the spec on a fresh sandbox', () => {
  const ws = new Workspace('b24cfg-kinds-');
  const spec = ws.path('b24cfg.yaml');
  let manualIds: string[] = [];

  it('apply creates everything, verifies it and writes the checklist in Markdown and HTML', async () => {
    expect((await ws.run(['init', '--template', 'b2b-b2c', '--out', spec])).code).toBe(0);
    const plan = await ws.run(['plan', spec, '--portal', ws.portal, '--format', 'json']);
    expect(plan.code, plan.stderr).toBe(0);
    const planned = JSON.parse(plan.stdout) as Plan;
    manualIds = planned.changes.filter((c) => c.op === 'manual').map((c) => c.id);
    const kinds = (k: string) =>
      planned.changes.filter((c) => c.kind === k && c.op === 'create').map((c) => c.key);
    expect(kinds('openLine')).toEqual(['Мессенджеры: продажи', 'Чат на сайте']);
    expect(kinds('numerator')).toEqual(['Коммерческие предложения', 'Договоры', 'Счета']);
    expect(kinds('documentTemplate')).toEqual([
      'Коммерческое предложение',
      'Договор поставки',
      'Счёт на оплату',
    ]);
    expect(kinds('dictionary')).toEqual([
      'SOURCE/MESSENGER',
      'SOURCE/EXHIBITION',
      'CONTACT_TYPE/POTENTIAL',
      'CONTACT_TYPE/NEW',
      'CONTACT_TYPE/REGULAR',
      'CONTACT_TYPE/FORMER',
      'COMPANY_TYPE/POTENTIAL',
      'COMPANY_TYPE/NEW',
      'COMPANY_TYPE/REGULAR',
      'COMPANY_TYPE/FORMER',
    ]);

    const r = await ws.run([
      'apply',
      spec,
      '--portal',
      ws.portal,
      '--yes',
      '--format',
      'json',
      '--checklist',
      'handover.md',
      '--checklist',
      'handover.html',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; notApplied: string[]; manual: string[] };
    expect(out.notApplied).toEqual([]);
    expect(out.manual.sort()).toEqual([...manualIds].sort());
    expect(r.stderr).toContain('Hand-setup checklist:');
  });

  it('the portal holds the open lines with their KPI times, queues and CRM source', async () => {
    const s = await ws.portalState();
    const lines = Object.fromEntries(s.openLines.map((l) => [String(l.config.LINE_NAME), l]));
    const m = lines['Мессенджеры: продажи']!;
    expect(m.config).toMatchObject({
      ACTIVE: 'Y',
      CRM: 'Y',
      CRM_CREATE: 'deal',
      CRM_SOURCE: 'MESSENGER',
      CRM_FORWARD: 'Y',
      QUEUE_TYPE: 'evenly',
      QUEUE_TIME: '120',
      NO_ANSWER_TIME: '600',
      KPI_FIRST_ANSWER_TIME: '900',
      KPI_FURTHER_ANSWER_TIME: '1800',
      KPI_FIRST_ANSWER_ALERT: 'Y',
      KPI_FURTHER_ANSWER_ALERT: 'Y',
      KPI_CHECK_OPERATOR_ACTIVITY: 'Y',
      WELCOME_MESSAGE: 'Y',
    });
    // manager1 and manager2 of the fresh sandbox are users 3 and 4.
    expect(m.queue).toEqual([
      { entityType: 'user', entityId: 3 },
      { entityType: 'user', entityId: 4 },
    ]);
    expect(lines['Чат на сайте']!.config).toMatchObject({ KPI_FIRST_ANSWER_TIME: '600', CRM_SOURCE: 'WEB' });
    expect(lines['Чат на сайте']!.queue.map((q) => q.entityId)).toEqual([5, 3, 4]);
  });

  it('… the numerators, and the document templates with their files, numerators and pipelines', async () => {
    const s = await ws.portalState();
    const numerators = Object.fromEntries(s.numerators.map((n) => [n.name, n]));
    expect(numerators['Счета']).toMatchObject({
      template: 'СЧ-{NUMBER}',
      createdViaRest: true,
      settings: { start: 1, step: 1, length: 5, padString: '0', periodicBy: 'year' },
    });
    const pipelines = Object.fromEntries(s.pipelines.map((p) => [p.name, p.id]));
    const templates = Object.fromEntries(s.documentTemplates.map((t) => [t.name, t]));
    const contract = templates['Договор поставки']!;
    expect(contract.numeratorId).toBe(numerators['Договоры']!.id);
    expect(contract.file?.sha256).toBe(sha256(ws.path('docs/contract.docx')));
    expect(contract.file?.name).toBe('contract.docx');
    expect([...contract.entityTypeId].sort()).toEqual(
      ['2', '2_category_0', `2_category_${pipelines['B2B: постоянные клиенты']}`].sort(),
    );
    expect(templates['Счёт на оплату']).toMatchObject({
      withStamps: true,
      entityTypeId: ['2'],
      users: ['UA'],
      region: 'ru',
    });
    // What the portal cannot tell (docs/bitrix24/document-generator.md) is in the state file.
    const state = JSON.parse(ws.read('.b24cfg/sandbox_portal.json.state.json')) as StateFile;
    expect(state.documentTemplates['Договор поставки']).toEqual({
      id: contract.id,
      lastName: 'Договор поставки',
      fileHash: sha256(ws.path('docs/contract.docx')),
    });
    expect(Object.values(state.numerators).every((b) => b.viaRest === true)).toBe(true);
  });

  it('… the contact and company types and the sources', async () => {
    const s = await ws.portalState();
    const codes = (entity: string) =>
      s.statuses
        .filter((x) => x.entityId === entity)
        .sort((a, b) => a.sort - b.sort)
        .map((x) => x.statusId);
    expect(codes('CONTACT_TYPE')).toEqual(
      expect.arrayContaining(['POTENTIAL', 'NEW', 'REGULAR', 'FORMER']) as string[],
    );
    const sources = codes('SOURCE');
    // The spec's order holds among the spec's items; the portal's own items stay.
    const specOrder = ['CALL', 'EMAIL', 'WEB', 'MESSENGER', 'RECOMMENDATION', 'EXHIBITION'];
    expect(sources.filter((c) => specOrder.includes(c))).toEqual(specOrder);
    expect(sources).toContain('TRADE_SHOW');
    expect(s.statuses.find((x) => x.entityId === 'SOURCE' && x.statusId === 'CALL')?.name).toBe(
      'Входящий звонок',
    );
  });

  it('a second plan shows no changes, nor does the plan of an export', async () => {
    const again = await ws.run([
      'plan',
      spec,
      '--portal',
      ws.portal,
      '--detailed-exitcode',
      '--format',
      'json',
    ]);
    expect(again.code, again.stdout).toBe(0);
    const plan = JSON.parse(again.stdout) as Plan;
    expect(plan.changes.filter((c) => c.op !== 'manual')).toEqual([]);
    const exp = await ws.run(['export', '--portal', ws.portal, '--out', 'exported.yaml']);
    expect(exp.code, exp.stderr).toBe(0);
    const exported = ws.read('exported.yaml');
    expect(exported).toContain('first_answer: 15m');
    expect(exported).toContain('source: MESSENGER');
    const p = await ws.run(['plan', 'exported.yaml', '--portal', ws.portal, '--detailed-exitcode']);
    expect(p.code, p.stdout).toBe(0);
    // The export keeps what only b24cfg knows: numerators it created remain changeable.
    const state = JSON.parse(ws.read('.b24cfg/sandbox_portal.json.state.json')) as StateFile;
    expect(Object.values(state.numerators).map((b) => b.viaRest)).toEqual([true, true, true]);
  });

  it('the checklist files cover every manual item, and the HTML loads nothing from outside', () => {
    const md = ws.read('handover.md');
    expect(md.match(/^- \[ \] /gm)?.length).toBe(manualIds.length);
    expect(md).toContain('# Bitrix24 hand-setup checklist');
    const html = ws.read('handover.html');
    expect(html.match(/<input type="checkbox">/g)?.length).toBe(manualIds.length);
    expect(html).not.toMatch(/<(script|link|img|iframe)\b|@import|url\(/i);
    for (const m of html.matchAll(/\b(?:href|src)="([^"]*)"/g)) expect(m[1]).toMatch(/^#/);
  });

  it('a changed .docx is uploaded again, and then the plan is clean', async () => {
    writeFileSync(
      ws.path('docs/contract.docx'),
      Buffer.concat([readFileSync(ws.path('docs/contract.docx')), Buffer.from('v2')]),
    );
    const plan = await ws.run(['plan', spec, '--portal', ws.portal, '--format', 'json']);
    const changes = (JSON.parse(plan.stdout) as Plan).changes.filter((c) => c.op !== 'manual');
    expect(changes.map((c) => `${c.op} ${c.id}`)).toEqual(['update documentTemplate:Договор поставки']);
    const apply = await ws.run(['apply', spec, '--portal', ws.portal, '--yes']);
    expect(apply.code, apply.stdout).toBe(0);
    const s = await ws.portalState();
    expect(s.documentTemplates.find((t) => t.name === 'Договор поставки')?.file?.sha256).toBe(
      sha256(ws.path('docs/contract.docx')),
    );
    const again = await ws.run(['plan', spec, '--portal', ws.portal, '--detailed-exitcode']);
    expect(again.code, again.stdout).toBe(0);
  });

  it('keeps the state file next to the spec', () => {
    const state = JSON.parse(
      readFileSync(join(ws.dir, '.b24cfg', 'sandbox_portal.json.state.json'), 'utf8'),
    ) as StateFile;
    expect(Object.keys(state.openLines).sort()).toEqual(['Мессенджеры: продажи', 'Чат на сайте']);
  });
});
