import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsFromFiles } from '../../src/portal/crm-settings/read.js';
import { readZipArchive } from '../../src/portal/crm-settings/zip-source.js';
import { DEFAULT_ARCHIVE_LIMITS } from '../../src/portal/crm-settings/entry-guard.js';
import { addRequiredField, addRobot, addRole, addTrigger } from '../../src/sandbox/handwork/api.js';
import { phpJson, writeCrmSettingsArchive } from '../../src/sandbox/handwork/archive-writer.js';
import { parseSandboxState } from '../../src/sandbox/persistence.js';
import { emulator, ok } from './helpers.js';

const AT = new Date(Date.UTC(2026, 11, 1, 10, 0, 0));

async function portalWithPipeline() {
  const em = emulator();
  const res = await ok(em, 'crm.category.add', { entityTypeId: 2, fields: { name: 'B2C: новые' } });
  return { em, pipelineId: Number(res.category.id) };
}

async function readBack(state: Parameters<typeof writeCrmSettingsArchive>[0]) {
  const zip = await writeCrmSettingsArchive(state, { now: AT });
  const { files, newest } = await readZipArchive(zip, 'configuration.zip', DEFAULT_ARCHIVE_LIMITS);
  return { files, facts: factsFromFiles(files, newest, 'configuration.zip') };
}

describe('sandbox handwork → CRM settings archive → reader', () => {
  it('reads back robots with their kinds, delays, conditions and chaining', async () => {
    const { em, pipelineId } = await portalWithPipeline();
    const at = { pipelineId, stageCode: 'NEW' };
    addRobot(em.state, at, {
      kind: 'task',
      taskTitle: 'Связаться с клиентом',
      responsible: ['responsible'],
      observers: ['responsible_head'],
      deadline: { afterEntryMinutes: 2880 },
      checklist: ['Бюджет'],
    });
    addRobot(em.state, at, {
      kind: 'email',
      subject: 'Приглашение',
      delay: { afterMinutes: 10 },
      afterPrevious: true,
    });
    addRobot(em.state, at, {
      kind: 'notify',
      to: [{ userId: 5 }],
      text: 'Новая заявка',
      condition: [
        { field: 'OPPORTUNITY', operator: '>', value: '1000' },
        { field: 'SOURCE_ID', operator: '=', value: 'WEB', joiner: 'or' },
      ],
    });
    addRobot(
      em.state,
      { pipelineId, stageCode: 'WON' },
      { kind: 'tunnel', mode: 'copy', pipelineId: 0, statusId: 'NEW' },
    );
    addRobot(
      em.state,
      { pipelineId: 0, stageCode: 'NEW' },
      { kind: 'raw', type: 'CrmSetObserverField', properties: {} },
    );

    const { facts } = await readBack(em.state);
    expect(facts.archive).toEqual({
      source: 'configuration.zip',
      manifestCode: 'vertical_crm',
      manifestVersion: 1,
      writtenAt: AT,
    });
    const pipeline = facts.pipelines.find((p) => p.archiveId === pipelineId)!;
    expect(pipeline.name).toBe('B2C: новые');
    const stage = pipeline.stages.find((s) => s.code === 'NEW')!;
    expect(stage.statusId).toBe(`C${pipelineId}:NEW`);
    expect(stage.unreadable).toBeNull();
    expect(stage.robots.map((r) => [r.kind, r.afterPrevious])).toEqual([
      ['create_task', false],
      ['send_email', true],
      ['notify', false],
    ]);
    expect(stage.robots[0]).toMatchObject({
      taskTitle: 'Связаться с клиентом',
      responsible: [{ kind: 'responsible' }],
      observers: [{ kind: 'responsible_head' }],
      deadline: { kind: 'after_entry', interval: { value: 2, unit: 'd' }, workTime: false },
      checklist: ['Бюджет'],
    });
    expect(stage.robots[1]).toMatchObject({
      subject: 'Приглашение',
      delay: { kind: 'after', interval: { value: 10, unit: 'i' }, workTime: false },
    });
    expect(stage.robots[2]).toMatchObject({
      to: [{ kind: 'user', id: 5 }],
      condition: {
        items: [
          { field: 'OPPORTUNITY', operator: '>', value: '1000', joiner: 'or' },
          { field: 'SOURCE_ID', operator: '=', value: 'WEB', joiner: 'and' },
        ],
      },
    });
    const won = pipeline.stages.find((s) => s.code === 'WON')!;
    expect(won.semantics).toBe('success');
    expect(won.robots[0]).toMatchObject({ kind: 'tunnel', mode: 'copy', pipelineId: 0, statusId: 'NEW' });
    const defaultNew = facts.pipelines.find((p) => p.archiveId === 0)!.stages.find((s) => s.code === 'NEW')!;
    expect(defaultNew.robots).toEqual([
      expect.objectContaining({ kind: 'unknown', type: 'CrmSetObserverField' }),
    ]);
  });

  it('reads back triggers, required fields and roles', async () => {
    const { em, pipelineId } = await portalWithPipeline();
    addTrigger(em.state, { pipelineId, stageCode: 'NEW' }, { code: 'WEBFORM', name: 'Заявка с сайта' });
    addTrigger(em.state, { pipelineId, stageCode: 'NEW' }, { code: 'QR', name: 'QR-код' });
    addRequiredField(em.state, { pipelineId, fromStage: 'EXECUTING' }, 'UF_CRM_CONTRACT');
    addRole(em.state, { name: 'Менеджер', deny: ['deal.delete', 'lead.delete', 'import', 'export'] });
    const { facts } = await readBack(em.state);
    const pipeline = facts.pipelines.find((p) => p.archiveId === pipelineId)!;
    const stage = pipeline.stages.find((s) => s.code === 'NEW')!;
    expect(stage.triggers.map((t) => [t.code, t.type, t.title])).toEqual([
      ['WEBFORM', 'webform_filled', 'Заявка с сайта'],
      ['QR', null, 'QR-код'],
    ]);
    expect(pipeline.required).toEqual([
      {
        field: 'UF_CRM_CONTRACT',
        scope: 'range',
        from: 'EXECUTING',
        to: 'WON',
        stages: ['EXECUTING', 'FINAL_INVOICE', 'WON'],
      },
    ]);
    expect(facts.roles).toHaveLength(1);
    expect(facts.roles[0]!.name).toBe('Менеджер');
    expect(facts.roles[0]!.deny).toEqual(
      expect.arrayContaining([
        'deal.delete',
        'lead.delete',
        'import',
        'export',
        'deal.import',
        'lead.export',
      ]),
    );
    expect(facts.roles[0]!.deny).not.toContain('deal.read');
    expect(facts.roles[0]!.allow).toEqual(
      expect.arrayContaining(['deal.read', 'settings', 'contact.delete']),
    );
  });

  it('writes the layout the server writes: manifest, entity folders, step-numbered files, no directories', async () => {
    const { em, pipelineId } = await portalWithPipeline();
    addRobot(em.state, { pipelineId, stageCode: 'NEW' }, { kind: 'sms', text: 'Привет' });
    addTrigger(em.state, { pipelineId: 0, stageCode: 'NEW' }, { code: 'CALL', name: 'Звонок' });
    const { files } = await readBack(em.state);
    const names = [...files.keys()].sort();
    expect(names).toContain('manifest.json');
    expect(names).toContain('CRM_STATUS/DEAL_STAGE.json');
    expect(names).toContain(`CRM_STATUS/DEAL_STAGE_${pipelineId}.json`);
    expect(names).toContain('CRM_FIELDS/CRM_DEAL.json');
    expect(names).toContain('BIZPROC_MAIN/0.json');
    expect(names).toContain('BIZPROC_CRM_TRIGGER/0.json');
    expect(names.every((n) => !n.endsWith('/'))).toBe(true);
    expect(files.get('manifest.json')!.toString()).toBe(
      '{"CODE":"vertical_crm","VERSION":1,"USES":["app","crm","crm_form","bizproc_crm","intranet_setting"]}',
    );
    const tpl = JSON.parse(files.get('BIZPROC_MAIN/0.json')!.toString());
    expect(tpl).toMatchObject({ MODULE_ID: 'crm', ENTITY: 'CCrmDocumentDeal', AUTO_EXECUTE: 8 });
    expect(tpl.TEMPLATE_DATA.TEMPLATE[0].Children[0].Type).toBe('ParallelActivity');
    // A lone sequence gets an empty sibling, as Template::unConvertTemplate writes it.
    expect(tpl.TEMPLATE_DATA.TEMPLATE[0].Children[0].Children).toHaveLength(2);
  });

  it('encodes JSON as Bitrix Json::encode does', () => {
    expect(phpJson({ a: 'x/y <b> & "q" \'s\' \\ é\n', n: 1, e: [] })).toBe(
      '{"a":"x\\/y \\u003Cb\\u003E \\u0026 \\u0022q\\u0022 \\u0027s\\u0027 \\\\ é\\n","n":1,"e":[]}',
    );
  });

  it('keeps handwork in the state file and loads older files without it', async () => {
    const { em, pipelineId } = await portalWithPipeline();
    addRobot(em.state, { pipelineId, stageCode: 'NEW' }, { kind: 'sms', text: 'Привет' });
    const saved = parseSandboxState(JSON.stringify(em.state), 'state.json');
    expect(saved.handwork?.robotTemplates).toHaveLength(1);
    const older = { ...em.state };
    delete older.handwork;
    expect(parseSandboxState(JSON.stringify(older), 'state.json').handwork).toBeUndefined();
  });

  it('names a missing stage or pipeline in its error', async () => {
    const { em } = await portalWithPipeline();
    expect(() =>
      addRobot(em.state, { pipelineId: 99, stageCode: 'NEW' }, { kind: 'sms', text: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'SANDBOX_HANDWORK_NO_PIPELINE' }));
    expect(() =>
      addRobot(em.state, { pipelineId: 0, stageCode: 'NOPE' }, { kind: 'sms', text: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'SANDBOX_HANDWORK_NO_STAGE', where: '0 ▸ NOPE' }));
  });

  it('exposes handwork through no REST handler, as on a real portal', () => {
    const dir = join(import.meta.dirname, '../../src/sandbox/handlers');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/handwork/);
    }
  });
});
