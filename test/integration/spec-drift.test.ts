import { describe, expect, it } from 'vitest';
import { Workspace } from '../helpers/workspace.js';

/**
 * Attributes written on create and once never compared (docs/spec-coverage.md): after templates/b2b-b2c.yaml
 * is applied, someone changes them on the portal by hand; the plan sees each one (exit 2 with
 * --detailed-exitcode), apply writes them back, the verification reads them back, and the next plan is clean.
 */
describe('drift of attributes once only written on create, on the sandbox', () => {
  const ws = new Workspace('b24cfg-drift-');
  const spec = ws.path('b24cfg.yaml');

  it('apply the template, change help, a column label, stamps and a greeting switch by hand, plan sees them all', async () => {
    expect((await ws.run(['init', '--template', 'b2b-b2c', '--out', spec])).code).toBe(0);
    const r = await ws.run(['apply', spec, '--portal', ws.portal, '--yes']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const clean = await ws.run(['plan', spec, '--portal', ws.portal, '--detailed-exitcode']);
    expect(clean.code, clean.stdout).toBe(0);

    await ws.editPortal((s) => {
      const nps = s.userFields.find((f) => f.fieldName === 'UF_CRM_NPS');
      if (!nps) throw new Error('no NPS field');
      nps.labels.HELP_MESSAGE.en = 'edited by hand';
      nps.labels.LIST_COLUMN_LABEL.ru = 'NPS';
      const invoice = s.documentTemplates.find((t) => t.name === 'Счёт на оплату');
      if (!invoice) throw new Error('no invoice template');
      invoice.withStamps = false;
      const line = s.openLines.find((l) => l.config.LINE_NAME === 'Мессенджеры: продажи');
      if (!line) throw new Error('no open line');
      line.config.WELCOME_MESSAGE = 'N';
    });

    const plan = await ws.run(['plan', spec, '--portal', ws.portal, '--detailed-exitcode', '--no-color']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(2);
    // A long text is shown as a word diff: what goes and what comes.
    expect(plan.stdout).toContain('HELP_MESSAGE.en: [-edited by hand][+How likely the client');
    expect(plan.stdout).toContain('LIST_COLUMN_LABEL.ru: "NPS" → "Оценка NPS"');
    expect(plan.stdout).toContain('withStamps: false → true');
    expect(plan.stdout).toContain('WELCOME_MESSAGE: false → true');
    expect(plan.stdout).toContain('Summary: +0 to create, ~3 to update, ⇄0 to rename, -0 to delete');
  });

  it('apply writes them back, verified by the read-back, and the next plan is clean', async () => {
    const r = await ws.run(['apply', spec, '--portal', ws.portal, '--yes', '--no-color']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('verified by reading the portal back');
    const s = await ws.portalState();
    expect(s.userFields.find((f) => f.fieldName === 'UF_CRM_NPS')?.labels.HELP_MESSAGE.en).toBe(
      'How likely the client is to recommend us, 0 to 10',
    );
    expect(s.userFields.find((f) => f.fieldName === 'UF_CRM_NPS')?.labels.LIST_COLUMN_LABEL.ru).toBe(
      'Оценка NPS',
    );
    expect(s.documentTemplates.find((t) => t.name === 'Счёт на оплату')?.withStamps).toBe(true);
    expect(
      s.openLines.find((l) => l.config.LINE_NAME === 'Мессенджеры: продажи')?.config.WELCOME_MESSAGE,
    ).toBe('Y');
    const again = await ws.run(['plan', spec, '--portal', ws.portal, '--detailed-exitcode']);
    expect(again.code, again.stdout).toBe(0);
  });
});
