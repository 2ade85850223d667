import { describe, expect, it } from 'vitest';
import { createEmulator, freshPortalState } from '../../src/sandbox/index.js';

/**
 * crm.lead.list / crm.contact.list / crm.company.list: the legacy lists b24cfg uses to count records
 * that hold a user-field value before it deletes that field ('!UF_X' with an empty value = not empty,
 * the Bitrix list-filter idiom) — docs/bitrix24/user-fields.md#delete-removes-values.
 */
// docs/bitrix24/paging.md#pages-of-50, docs/bitrix24/user-fields.md#delete-removes-values
describe('legacy lead/contact/company lists', () => {
  async function seeded() {
    const state = freshPortalState();
    const em = createEmulator({ state });
    const add = await em.handle({
      method: 'crm.contact.userfield.add',
      params: { fields: { FIELD_NAME: 'CHANNEL', USER_TYPE_ID: 'string', EDIT_FORM_LABEL: 'Channel' } },
    });
    expect(add.status).toBe(200);
    for (let i = 1; i <= 60; i++) {
      state.contacts.push({
        id: i,
        name: `N${i}`,
        lastName: `L${i}`,
        typeId: i % 2 ? 'CLIENT' : null,
        sourceId: null,
        assignedById: 1,
        companyId: null,
        dateCreate: 0,
        uf: i <= 3 ? { UF_CRM_CHANNEL: 'mail' } : {},
      });
    }
    state.companies.push({
      id: 1,
      title: 'ACME',
      companyType: 'CUSTOMER',
      industry: null,
      assignedById: 1,
      dateCreate: 0,
      uf: {},
    });
    return em;
  }

  it('counts records holding a value with {"!UF_CRM_X": ""} and start 0 → total', async () => {
    const em = await seeded();
    const r = await em.handle({
      method: 'crm.contact.list',
      params: { filter: { '!UF_CRM_CHANNEL': '' }, select: ['ID'], start: 0 },
    });
    expect(r.status).toBe(200);
    expect((r.body as { total: number }).total).toBe(3);
  });

  it('pages 50 rows with next and total, and start=-1 drops both', async () => {
    const em = await seeded();
    const first = (await em.handle({ method: 'crm.contact.list', params: { select: ['ID', 'TYPE_ID'] } }))
      .body as Record<string, unknown>;
    expect((first.result as unknown[]).length).toBe(50);
    expect(first.next).toBe(50);
    expect(first.total).toBe(60);
    const fast = (
      await em.handle({
        method: 'crm.contact.list',
        params: { filter: { '>ID': 50 }, order: { ID: 'ASC' }, start: -1 },
      })
    ).body as Record<string, unknown>;
    expect((fast.result as Array<{ ID: string }>).map((r) => r.ID)).toEqual([
      '51',
      '52',
      '53',
      '54',
      '55',
      '56',
      '57',
      '58',
      '59',
      '60',
    ]);
    expect(fast.total).toBeUndefined();
    expect(fast.next).toBeUndefined();
  });

  it('answers crm.company.list and crm.lead.list in the legacy upper-case shape', async () => {
    const em = await seeded();
    const companies = (
      await em.handle({ method: 'crm.company.list', params: { select: ['ID', 'TITLE', 'COMPANY_TYPE'] } })
    ).body as { result: unknown[] };
    expect(companies.result).toEqual([{ ID: '1', TITLE: 'ACME', COMPANY_TYPE: 'CUSTOMER' }]);
    const leads = (await em.handle({ method: 'crm.lead.list', params: {} })).body as {
      result: unknown[];
      total: number;
    };
    expect(leads.total).toBe(0);
  });
});
