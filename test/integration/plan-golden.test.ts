import { describe, expect, it } from 'vitest';
import { Workspace } from '../helpers/workspace.js';

/**
 * Golden files of the plan output (pretty and json) for the cases a consultant meets most, issue #5.
 * Each case starts from a portal that matches BASE, then changes the spec or the portal.
 * Update with `npx vitest run test/integration/plan-golden.test.ts -u` and review the diff.
 */
const BASE = `version: 1
directions:
  - key: default
    name: Продажи
    stages:
      - { code: NEW, name: Новая заявка }
      - { code: QUAL, name: Квалификация }
      - { code: OFFER, name: Коммерческое предложение }
    won: { name: Сделка успешна }
    lost: { name: Сделка провалена, reasons: [ { code: EXPENSIVE, name: Дорого }, { code: SILENT, name: Не отвечает } ] }
  - key: repeat
    name: Повторные продажи
    stages:
      - { code: NEW, name: Новый заказ }
      - { code: ORDER, name: Заказ }
    won: { name: Выполнен }
    lost: { name: Отказ }
fields:
  deal:
    - code: NPS
      type: enumeration
      label: { ru: Оценка NPS, en: NPS score }
      items: [ { xml_id: N0, value: '0' }, { xml_id: N5, value: '5' }, { xml_id: N10, value: '10' } ]
    - { code: SITE, type: url, label: Сайт }
manage:
  prune: true
  protect: [default, default/QUAL]
`;

async function prepared(): Promise<Workspace> {
  const ws = new Workspace('b24cfg-golden-');
  ws.write('spec.yaml', BASE);
  // Prune the portal's own default stages too, so that the base is exactly the spec.
  const r = await ws.run(['apply', 'spec.yaml', '--portal', ws.portal, '--yes', '--prune']);
  if (r.code !== 0) throw new Error(`base apply failed:\n${r.stdout}\n${r.stderr}`);
  return ws;
}

async function golden(name: string, ws: Workspace, spec: string, extra: string[] = []) {
  ws.write('spec.yaml', spec);
  const pretty = await ws.run(['plan', 'spec.yaml', '--portal', ws.portal, '--hide-manual', ...extra]);
  expect(pretty.code, pretty.stderr).toBe(0);
  await expect(pretty.stdout).toMatchFileSnapshot(`__golden__/${name}.pretty.txt`);
  const json = await ws.run(['plan', 'spec.yaml', '--portal', ws.portal, '--format', 'json', ...extra]);
  const plan = JSON.parse(json.stdout) as { createdAt: string };
  await expect(`${JSON.stringify(plan, null, 2)}\n`).toMatchFileSnapshot(`__golden__/${name}.json`);
  return pretty.stdout;
}

describe('plan output (golden files)', () => {
  it('fresh portal', async () => {
    const ws = new Workspace('b24cfg-golden-');
    const out = await golden('fresh-portal', ws, BASE, ['--prune']);
    expect(out).toContain('+ pipeline “Повторные продажи”');
  });

  it('a renamed stage is an update of its name, not delete + create', async () => {
    const ws = await prepared();
    const out = await golden('renamed-stage', ws, BASE.replace('Коммерческое предложение', 'Отправка КП'), [
      '--prune',
    ]);
    expect(out).toContain('NAME: "Коммерческое предложение" → "Отправка КП"');
  });

  it('a reordered pipeline moves stages with the fewest SORT updates', async () => {
    const ws = await prepared();
    const spec = BASE.replace(
      '      - { code: QUAL, name: Квалификация }\n      - { code: OFFER, name: Коммерческое предложение }',
      '      - { code: OFFER, name: Коммерческое предложение }\n      - { code: QUAL, name: Квалификация }',
    );
    const out = await golden('reordered-pipeline', ws, spec, ['--prune']);
    expect(out).toContain('SORT:');
  });

  it('a changed stage code without deals: delete the old stage, create the new one', async () => {
    const ws = await prepared();
    const out = await golden('changed-code-no-deals', ws, BASE.replace('code: OFFER', 'code: PROPOSAL'), [
      '--prune',
    ]);
    expect(out).toContain('- stage “Коммерческое предложение” (OFFER)');
    expect(out).toContain('+ stage “Коммерческое предложение” (PROPOSAL)');
  });

  it('a changed stage code with deals on the old stage is refused', async () => {
    const ws = await prepared();
    await ws.editPortal((s) => {
      for (let i = 1; i <= 3; i++) {
        s.deals.push({
          id: 900 + i,
          title: `Deal ${i}`,
          typeId: 'SALE',
          categoryId: 0,
          stageId: 'OFFER',
          opportunity: 1000,
          currencyId: 'RUB',
          isManualOpportunity: false,
          assignedById: 1,
          createdById: 1,
          dateCreate: 0,
          dateModify: 0,
          beginDate: 0,
          closeDate: null,
          closed: false,
          contactId: null,
          companyId: null,
          sourceId: null,
          leadId: null,
          uf: {},
        });
      }
    });
    const out = await golden('changed-code-with-deals', ws, BASE.replace('code: OFFER', 'code: PROPOSAL'), [
      '--prune',
    ]);
    expect(out).toContain('✗ stage “Коммерческое предложение” (OFFER) (3 deal(s) sit here)');
  });

  it('added and removed list items keep the IDs of the others', async () => {
    const ws = await prepared();
    const spec = BASE.replace(
      "items: [ { xml_id: N0, value: '0' }, { xml_id: N5, value: '5' }, { xml_id: N10, value: '10' } ]",
      "items: [ { xml_id: N0, value: '0' }, { xml_id: N7, value: '7' }, { xml_id: N10, value: '10' } ]",
    );
    const out = await golden('list-items', ws, spec, ['--prune']);
    expect(out).toContain('+ list item “7” of UF_CRM_NPS');
    expect(out).toContain('- list item “5” of UF_CRM_NPS');
  });

  it('prune with protect: protected keys stay, the rest outside the spec is deleted', async () => {
    const ws = await prepared();
    const spec = BASE.replace('      - { code: QUAL, name: Квалификация }\n', '').replace(
      ', { code: SILENT, name: Не отвечает }',
      '',
    );
    const out = await golden('prune-protect', ws, spec, ['--prune']);
    expect(out).toContain('- stage “Не отвечает” (SILENT)');
    expect(out).not.toContain('(QUAL)');
  });

  it('a field type change is refused with a hint', async () => {
    const ws = await prepared();
    const out = await golden(
      'field-type-change',
      ws,
      BASE.replace('{ code: SITE, type: url, label: Сайт }', '{ code: SITE, type: string, label: Сайт }'),
      ['--prune'],
    );
    expect(out).toContain('✗ field UF_CRM_SITE');
    expect(out).toContain('USER_TYPE_ID: "url" → "string"');
  });
});
