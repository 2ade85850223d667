import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveAgeDays, readCrmSettings } from '../../../src/portal/crm-settings/read.js';
import type { CrmSettingsFacts, StageFacts } from '../../../src/portal/crm-settings/types.js';
import { folderEntries, zipOf } from './zip-build.js';

const FIXTURE = join(import.meta.dirname, '../../fixtures/crm-settings/handwritten');

async function tempFile(name: string, bytes: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'b24cfg-crm-'));
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

function stage(facts: CrmSettingsFacts, pipelineId: number, code: string): StageFacts {
  const s = facts.pipelines.find((p) => p.archiveId === pipelineId)?.stages.find((x) => x.code === code);
  if (!s) throw new Error(`no stage ${pipelineId}/${code}`);
  return s;
}

describe('readCrmSettings on a hand-written archive in the server’s shapes', () => {
  it('reads the same facts from the unpacked folder and from the zip', async () => {
    const fromFolder = await readCrmSettings(FIXTURE);
    const zipPath = await tempFile('configuration.zip', await zipOf(folderEntries(FIXTURE)));
    const fromZip = await readCrmSettings(zipPath);
    expect({ ...fromZip, archive: null }).toEqual({ ...fromFolder, archive: null });
    expect(fromZip.archive).toMatchObject({ manifestCode: 'vertical_crm', manifestVersion: 1 });
    expect(fromZip.archive.writtenAt).toEqual(new Date(Date.UTC(2026, 11, 1, 10, 0, 0)));
    expect(archiveAgeDays(fromZip, new Date(Date.UTC(2026, 11, 4, 9, 0, 0)))).toBe(2);
  });

  it('maps pipelines and stages, settling stages written without SEMANTICS', async () => {
    const facts = await readCrmSettings(FIXTURE);
    expect(facts.pipelines.map((p) => [p.archiveId, p.name])).toEqual([
      [0, 'Продажи'],
      [7, 'Повторные продажи'],
    ]);
    expect(facts.pipelines[0]!.stages.map((s) => [s.code, s.semantics])).toEqual([
      ['NEW', 'process'],
      ['PAYMENT', 'process'],
      ['WON', 'success'],
      ['LOSE', 'failure'],
      ['EXPENSIVE', 'failure'],
    ]);
  });

  it('walks robots as Template::convertTemplate does: delays, conditions, chains, old designer shapes', async () => {
    const robots = stage(await readCrmSettings(FIXTURE), 0, 'PAYMENT').robots;
    expect(robots.map((r) => [r.kind, r.type, r.afterPrevious])).toEqual([
      ['create_task', 'Task2Activity', false],
      ['generate_document', 'CrmGenerateEntityDocumentActivity', true],
      ['unknown', 'rest_42_notify_crm', false],
    ]);
    expect(robots[0]).toMatchObject({
      taskTitle: 'Проверить оплату',
      responsible: [{ kind: 'responsible' }],
      observers: [{ kind: 'user', id: 3 }, { kind: 'responsible_head' }],
      deadline: { kind: 'before_field', field: 'UF_CRM_PAYMENT_DUE', interval: { value: 1, unit: 'd' } },
      priority: 'high',
      delay: null,
      condition: null,
    });
    expect(robots[1]).toMatchObject({
      templateId: 4,
      delay: { kind: 'after', interval: { value: 36, unit: 'h' }, workTime: true },
      condition: {
        items: [
          { field: 'OPPORTUNITY', operator: '>', value: '5000', joiner: 'or' },
          { field: 'TYPE_ID', operator: '=', value: 'SALE', joiner: 'and' },
        ],
      },
    });
    expect(robots[2]).toMatchObject({
      delay: { kind: 'before_field', field: 'UF_CRM_PAYMENT_DUE', interval: { value: 2, unit: 'h' } },
    });
  });

  it('keeps switched-off robots and tunnels, skips business processes, names a template it cannot walk', async () => {
    const facts = await readCrmSettings(FIXTURE);
    expect(stage(facts, 0, 'WON').robots).toEqual([
      expect.objectContaining({
        kind: 'tunnel',
        mode: 'move',
        pipelineId: 7,
        statusId: 'C7:NEW',
        activated: true,
      }),
      expect.objectContaining({
        kind: 'notify',
        to: [{ kind: 'responsible_head' }],
        text: 'Сделка выиграна',
        activated: false,
      }),
    ]);
    const modified = stage(facts, 7, 'NEW');
    expect(modified.robots).toEqual([]);
    expect(modified.unreadable).toBe(
      'BIZPROC_MAIN/1.json: the root holds WhileActivity, not ParallelActivity',
    );
    expect(stage(facts, 0, 'NEW').robots).toEqual([]);
  });

  it('reads deal triggers by stage, keeping a code it does not map', async () => {
    const facts = await readCrmSettings(FIXTURE);
    expect(stage(facts, 0, 'PAYMENT').triggers).toEqual([
      {
        code: 'EMAIL_READ',
        type: 'email_opened',
        title: 'Письмо прочитано',
        allowBackwards: true,
        condition: { items: [{ field: 'SOURCE_ID', operator: '=', value: 'WEB', joiner: 'and' }] },
      },
    ]);
    expect(stage(facts, 7, 'NEW').triggers).toEqual([
      {
        code: 'OPENLINE',
        type: null,
        title: 'Обращение в открытую линию',
        allowBackwards: false,
        condition: null,
      },
    ]);
    // The lead trigger (ENTITY_TYPE_ID 1) on status NEW is not a deal's.
    expect(stage(facts, 0, 'NEW').triggers).toEqual([]);
  });

  it('reads required-by-stage fields per pipeline and ignores other attributes', async () => {
    const facts = await readCrmSettings(FIXTURE);
    expect(facts.pipelines[0]!.required).toEqual([
      { field: 'UF_CRM_PAYMENT_DUE', scope: 'range', from: 'PAYMENT', to: 'WON', stages: ['PAYMENT', 'WON'] },
      {
        field: 'OPPORTUNITY',
        scope: 'all',
        from: null,
        to: null,
        stages: ['NEW', 'PAYMENT', 'WON', 'LOSE', 'EXPENSIVE'],
      },
    ]);
    expect(facts.pipelines[1]!.required).toEqual([
      { field: 'UF_CRM_REASON', scope: 'lost', from: null, to: null, stages: ['LOSE'] },
    ]);
  });

  it('reads roles in the spec’s words; stage-level rows grant nothing', async () => {
    const [role] = (await readCrmSettings(FIXTURE)).roles;
    expect(role!.name).toBe('Менеджер');
    expect(role!.allow).toEqual(['deal.export', 'deal.read', 'export']);
    expect(role!.deny).toContain('deal.delete');
    expect(role!.deny).toContain('import');
    expect(role!.deny).toContain('settings');
  });

  it('keeps nothing of what it does not need: no web forms, no names', async () => {
    const facts = await readCrmSettings(FIXTURE);
    const text = JSON.stringify(facts);
    expect(text).not.toContain('Иванов');
    expect(text).not.toContain('ivanov@example.com');
    expect(text).not.toContain('Обратный звонок');
  });
});
