import { describe, expect, it } from 'vitest';
import { loadSpec, type Spec } from '../../src/spec/index.js';

const root = new URL('../../', import.meta.url).pathname;
let cached: Spec | undefined;
async function template(): Promise<Spec> {
  cached ??= (await loadSpec('templates/b2b-b2c.yaml', { env: {}, cwd: root })).spec;
  return cached!;
}

/** The starter spec expresses the 33 standards as far as a spec can (standards/README.md). */
describe('templates/b2b-b2c.yaml', () => {
  it('names the standards pack and the sandbox users by role (SD-06)', async () => {
    const s = await template();
    expect(s.standards).toBe('sales-dept@1');
    expect(Object.fromEntries(Object.entries(s.users!).map(([role, u]) => [role, u!.email]))).toEqual({
      head_of_sales: 'head@example.com',
      manager_1: 'manager1@example.com',
      manager_2: 'manager2@example.com',
      operator: 'operator@example.com',
    });
    for (const role of ['manager_1', 'manager_2', 'operator'])
      expect(s.users![role]!.supervisor).toBe('head_of_sales');
    expect(s.departments).toEqual([expect.objectContaining({ name: 'Отдел продаж', head: 'head_of_sales' })]);
    expect(s.sales_plan).toMatchObject({ period: 'month', by: 'employee' });
  });

  it('has four sales directions plus a nurture funnel (SD-02, SD-31)', async () => {
    const s = await template();
    expect(s.directions!.map((d) => [d.key, d.purpose])).toEqual([
      ['default', 'sales'],
      ['b2b-repeat', 'repeat'],
      ['b2c-new', 'sales'],
      ['b2c-repeat', 'repeat'],
      ['nurture', 'nurture'],
    ]);
  });

  it('gives every direction 4–7 stages, each with a task, deadline and responsible (SD-03/04/05)', async () => {
    for (const d of (await template()).directions!) {
      const sales = d.purpose !== 'nurture';
      expect(d.stages!.length).toBeGreaterThanOrEqual(sales ? 5 : 4);
      expect(d.stages!.length).toBeLessThanOrEqual(7);
      for (const st of d.stages!) {
        expect(st.code.length, st.code).toBeLessThanOrEqual(17);
        expect(st.task?.deadline, `${d.key}/${st.code}`).toBeDefined();
        expect(st.task?.responsible, `${d.key}/${st.code}`).toBeDefined();
      }
    }
  });

  it('uses robots, e-mail templates and triggers on stages (SD-25/26)', async () => {
    const stages = (await template()).directions!.flatMap((d) => d.stages!);
    const robots = stages.flatMap((st) => st.robots ?? []);
    expect(robots.some((r) => r.type === 'send_email' && r.template)).toBe(true);
    expect(robots.some((r) => r.type === 'notify')).toBe(true);
    const triggers = new Set(stages.flatMap((st) => st.triggers ?? []).map((t) => t.type));
    expect(triggers).toContain('email_opened');
    expect(triggers).toContain('link_clicked');
    expect(stages.some((st) => (st.fields ?? []).length > 0)).toBe(true);
  });

  it('asks for NPS on won, tunnels new → repeat, and reviews losses (SD-09/10/11/12)', async () => {
    const s = await template();
    const byKey = new Map(s.directions!.map((d) => [d.key, d]));
    expect(byKey.get('default')!.won!.tunnel).toMatchObject({ to: 'b2b-repeat', stage: 'NEW' });
    expect(byKey.get('b2c-new')!.won!.tunnel).toMatchObject({ to: 'b2c-repeat', stage: 'NEW' });
    for (const d of s.directions!.filter((x) => x.purpose !== 'nurture')) {
      expect(d.won!.task!.title).toMatch(/NPS/);
      expect(d.won!.fields).toContain('UF_CRM_NPS');
    }
    for (const d of s.directions!) {
      expect(d.lost!.reasons!.length).toBeGreaterThanOrEqual(d.purpose === 'nurture' ? 3 : 4);
      expect(d.lost!.reasons!.length).toBeLessThanOrEqual(6);
      expect(d.lost!.supervisor_task!.responsible).toMatch(/head/);
    }
    const nps = s.fields!.deal!.find((f) => f.code === 'NPS')!;
    expect(nps.type).toBe('enumeration');
    expect(nps.items!.map((i) => i.value)).toEqual(Array.from({ length: 11 }, (_, i) => String(i)));
    expect(s.fields!.contact!.length).toBeGreaterThan(0);
    expect(s.fields!.company!.length).toBeGreaterThan(0);
  });

  it('segments clients and runs messengers through an open line with KPIs (SD-21/22/24/30)', async () => {
    const s = await template();
    const codes = ['POTENTIAL', 'NEW', 'REGULAR', 'FORMER'];
    expect(s.segments!.contact_types!.map((t) => t.code)).toEqual(codes);
    expect(s.segments!.company_types!.map((t) => t.code)).toEqual(codes);
    expect(s.lead_sources!.length).toBeGreaterThan(0);
    const line = s.open_lines![0]!;
    expect(line.crm).toMatchObject({ create: 'deal' });
    expect(line.queue).toMatchObject({ type: 'evenly', users: ['manager_1', 'manager_2'] });
    expect(line.kpi).toMatchObject({ first_answer: '15m', further_answer: '30m', alert: true });
    expect(line.quick_answers!.length).toBeGreaterThan(0);
  });

  it('keeps e-mail bodies in files, has the three documents with numerators and the no-delete role (SD-13/23/27/28/29)', async () => {
    const s = await template();
    for (const t of s.email_templates!) expect(t.body_file).toMatch(/^mail\/.+\.html$/);
    expect(s.documents!.map((d) => [d.kind, d.file])).toEqual([
      ['proposal', 'docs/proposal.docx'],
      ['contract', 'docs/contract.docx'],
      ['invoice', 'docs/invoice.docx'],
    ]);
    expect(s.documents!.every((d) => s.numerators!.some((n) => n.name === d.numerator))).toBe(true);
    const manager = s.permissions!.roles!.find((r) => r.name === 'Менеджер по продажам')!;
    expect(manager.deny).toEqual([
      'lead.delete',
      'deal.delete',
      'contact.delete',
      'company.delete',
      'import',
      'export',
    ]);
    expect(s.manage).toEqual({ prune: false, protect: ['default'] });
  });

  it('takes e-mails from the environment when given', async () => {
    const r = await loadSpec('templates/b2b-b2c.yaml', {
      env: { B24_HEAD_EMAIL: 'boss@client.ru' },
      cwd: root,
    });
    expect(r.spec!.users!.head_of_sales!.email).toBe('boss@client.ru');
    expect(r.ok).toBe(true);
  });
});
