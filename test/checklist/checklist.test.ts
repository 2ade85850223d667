import { dirname, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/checklist/build.js';
import { loadEmailBodies } from '../../src/checklist/files.js';
import { checklistToHtml } from '../../src/checklist/html.js';
import { htmlToText } from '../../src/checklist/html-text.js';
import { checklistToMarkdown } from '../../src/checklist/markdown.js';
import type { Checklist } from '../../src/checklist/types.js';
import type { ManualChange } from '../../src/resources/plan.js';
import { manualChangesOf } from '../../src/resources/manual/index.js';
import { loadSpec } from '../../src/spec/index.js';
import { robots, stages, tasks } from '../../src/spec/rules/walk.js';
import type { Spec } from '../../src/spec/spec.generated.js';

const TEMPLATE = resolve('templates/b2b-b2c.yaml');
const NOW = new Date('2026-11-24T10:00:00Z');

let spec: Spec;
let manual: ManualChange[];
let checklist: Checklist;

beforeAll(async () => {
  const r = await loadSpec(TEMPLATE, { env: {}, cwd: process.cwd() });
  if (!r.spec) throw new Error('template does not load');
  spec = r.spec;
  manual = manualChangesOf(spec);
  checklist = buildChecklist({
    spec,
    specFile: 'b2b-b2c.yaml',
    manual,
    bodies: await loadEmailBodies(spec, dirname(TEMPLATE)),
    now: NOW,
  });
});

const items = (c: Checklist) => c.sections.flatMap((s) => s.groups.flatMap((g) => g.items));

describe('the handover checklist of templates/b2b-b2c.yaml', () => {
  it('covers every manual item of the plan exactly once', () => {
    const ids = items(checklist).map((i) => i.id);
    expect(ids.length).toBe(manual.length);
    expect(new Set(ids)).toEqual(new Set(manual.map((m) => m.id)));
    expect(checklist.total).toBe(manual.length);
    // Everything the template asks for by hand: tasks, robots, triggers, tunnels, required fields,
    // e-mail templates, quick answers, KPI recipients, roles, the sales plan.
    const count = (re: RegExp) => manual.filter((m) => re.test(m.key)).length;
    expect({
      tasks: count(/#(task|supervisor-task)$/),
      robots: count(/#robot-\d+$/),
      triggers: count(/#trigger-\d+$/),
      tunnels: count(/#tunnel$/),
      required: count(/#required$/),
      email: count(/^email:/),
      quick: count(/^quick:/),
      kpi: count(/^kpi-alert:/),
      roles: count(/^role:/),
      plan: count(/^sales-plan$/),
    }).toEqual({
      // Counted from the spec by the validator's walkers, independently of src/resources/manual/diff.ts.
      tasks: tasks(spec).length,
      robots: robots(spec).length,
      triggers: stages(spec).reduce((n, s) => n + (s.stage.triggers?.length ?? 0), 0),
      tunnels: (spec.directions ?? []).filter((d) => d.won?.tunnel).length,
      required: stages(spec).filter((s) => s.stage.required_fields?.length).length,
      email: spec.email_templates?.length,
      quick: (spec.open_lines ?? []).filter((l) => l.quick_answers?.length).length,
      kpi: (spec.open_lines ?? []).filter((l) => l.kpi?.alert_to?.length).length,
      roles: spec.permissions?.roles?.length,
      plan: 1,
    });
    expect(tasks(spec).length).toBe(36);
  });

  it('is ordered for one pass: e-mail templates (robots send them), each pipeline stage by stage, then the rest', () => {
    expect(checklist.sections.map((s) => s.title.en)).toEqual([
      'E-mail templates',
      'Pipeline “B2B: новые клиенты”',
      'Pipeline “B2B: постоянные клиенты”',
      'Pipeline “B2C: новые клиенты”',
      'Pipeline “B2C: постоянные клиенты”',
      'Pipeline “Прогрев потенциальных клиентов”',
      'Open lines',
      'Access permissions',
      'Sales targets',
    ]);
    const b2b = checklist.sections[1]!;
    expect(b2b.where.ru).toBe(
      'CRM → Сделки → направление «B2B: новые клиенты» (переключатель над канбаном) → Роботы',
    );
    expect(b2b.groups.map((g) => g.title?.ru)).toEqual([
      'Стадия «Новая заявка»',
      'Стадия «Выявление потребностей»',
      'Стадия «Презентация»',
      'Стадия «Коммерческое предложение»',
      'Стадия «Согласование условий»',
      'Стадия «Договор»',
      'Стадия «Счёт и оплата»',
      'Стадия «Сделка успешна»',
      'Стадия «Сделка провалена»',
      'Туннели продаж',
      'Обязательные поля по стадиям',
    ]);
    // Within a stage: the task first, then robots, then triggers.
    expect(b2b.groups[0]!.items.map((i) => i.title.en)).toEqual([
      'Task “Связаться с клиентом и подтвердить интерес”',
      'Rule “Notification”',
      'Trigger “CRM form filled”: Заявка с сайта',
      'Trigger “Missed call”: Пропущенный звонок от нового клиента',
    ]);
  });

  it('says exactly what to enter: robot type, title, responsible, deadline, condition, template text', () => {
    const all = items(checklist);
    const field = (id: string, label: string) =>
      all.find((i) => i.id === id)?.fields.find((f) => f.label.en === label)?.value;
    const task = 'manual:b2b-repeat/LOSE#supervisor-task';
    expect(field(task, 'Rule')?.ru).toBe('Поставить задачу');
    expect(field(task, 'Task title')?.ru).toBe('Позвонить постоянному клиенту и выяснить причину отказа');
    expect(field(task, 'Responsible')?.en).toBe('Руководитель отдела продаж (head@example.com)');
    expect(field(task, 'Deadline')?.en).toBe('2 d after entering the stage');
    expect(field('manual:default/NEW#task', 'Deadline')?.ru).toBe(
      '2 ч после входа на этап (в рабочее время)',
    );
    const mail = 'manual:default/PROPOSAL#robot-1';
    expect(field(mail, 'E-mail template')?.ru).toBe(
      'Коммерческое предложение — Коммерческое предложение по вашему запросу',
    );
    expect(field(mail, 'When')?.en).toBe('10 min after the deal enters the stage');
    const body = all.find((i) => i.id === mail)?.bodies[0];
    expect(body?.file).toBe('mail/proposal-sent.html');
    expect(body?.text.split('\n')[0]).toBe('Здравствуйте, {=Contact:NAME}!');
    expect(field('manual:default/CONTRACT#robot-1', 'To')?.ru).toBe(
      'Руководитель отдела продаж (head@example.com)',
    );
    expect(all.find((i) => i.id === 'manual:default/CONTRACT#robot-1')?.bodies[0]?.text).toBe(
      'Сделка дошла до договора — проверьте условия.',
    );
    expect(field('manual:default/WON#tunnel', 'To')?.ru).toBe('B2B: постоянные клиенты / Новый заказ');
    expect(field('manual:default/CONTRACT#required', 'Required fields')?.en).toBe(
      'Contract number (UF_CRM_CONTRACT_NUMBER)',
    );
    expect(field('manual:role:Оператор чатов', 'Deny')?.ru).toContain('удаление лидов (lead.delete)');
    expect(field('manual:sales-plan', 'Period')?.ru).toBe('месяц');
    const quick = all.find((i) => i.id === 'manual:quick:Мессенджеры: продажи');
    expect(quick?.bodies.map((b) => b.label.ru)).toEqual([
      '1. Приветствие · Первое сообщение',
      '2. Цены · Запрос цены',
      '3. Оплата · Способы оплаты',
      '4. Завершение · Прощание',
    ]);
  });

  it('warns at people the portal does not know (apply --checklist)', () => {
    const c = buildChecklist({
      spec,
      specFile: 'b2b-b2c.yaml',
      manual,
      bodies: new Map(),
      portal: { host: 'client.bitrix24.ru', unknownRoles: new Set(['head_of_sales']) },
      now: NOW,
    });
    const warned = items(c).filter((i) => i.warnings.length > 0);
    expect(warned.length).toBeGreaterThan(5);
    expect(warned[0]?.warnings[0]?.en).toBe(
      'head@example.com (head_of_sales) is not on portal client.bitrix24.ru: invite the person or fix the e-mail first',
    );
  });
});

describe('rendering', () => {
  it('Markdown: one task box per manual item, in Russian and in English', () => {
    const ru = checklistToMarkdown(checklist, 'ru');
    const en = checklistToMarkdown(checklist, 'en');
    expect(ru.match(/^- \[ \] /gm)?.length).toBe(manual.length);
    expect(en.match(/^- \[ \] /gm)?.length).toBe(manual.length);
    expect(ru).toContain('# Чек-лист ручной настройки Bitrix24');
    expect(ru).toContain('## 2. Направление «B2B: новые клиенты» (24 пункта)');
    expect(ru).toContain('- [ ] **Задача «Связаться с клиентом и подтвердить интерес»**');
    expect(en).toContain('# Bitrix24 hand-setup checklist');
    expect(en).toContain(
      '**Where:** CRM → Deals → pipeline “B2B: новые клиенты” (the switcher above the Kanban) → Automation rules',
    );
    expect(en).toContain(
      '  - *Why by hand: robots and stage tasks can only be set by hand: REST has no methods for them*',
    );
    // E-mail bodies as text and as HTML source, fenced under the item.
    expect(ru).toContain('  ```text\n  Здравствуйте, {=Contact:NAME}!');
    expect(ru).toContain('  ```html\n  <p>Здравствуйте, {=Contact:NAME}!</p>');
  });

  it('HTML: self-contained (no external resources, no scripts) and escaped', () => {
    for (const lang of ['ru', 'en'] as const) {
      const html = checklistToHtml(checklist, lang);
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html.match(/<input type="checkbox">/g)?.length).toBe(manual.length);
      expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
      expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
      // Every href is an anchor inside the page.
      for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^#s\d+$/);
      // The e-mail HTML is shown as source, never rendered.
      expect(html).toContain('&lt;p&gt;Здравствуйте, {=Contact:NAME}!&lt;/p&gt;');
    }
  });

  it('escapes what a spec could inject, in both formats', () => {
    const evil: Spec = {
      version: 1,
      sales_plan: {
        period: 'month',
        metric: 'count',
        by: 'employee',
        note: '<img src="https://x/y.png"> `code` *b*',
      },
    };
    const c = buildChecklist({
      spec: evil,
      specFile: 's.yaml',
      manual: manualChangesOf(evil),
      bodies: new Map(),
      now: NOW,
    });
    const html = checklistToHtml(c, 'en');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=&quot;https://x/y.png&quot;&gt;');
    expect(checklistToMarkdown(c, 'en')).toContain('\\<img src="https://x/y.png"\\> \\`code\\` \\*b\\*');
  });

  it('a spec with nothing manual says so', () => {
    const c = buildChecklist({
      spec: { version: 1 },
      specFile: 's.yaml',
      manual: [],
      bodies: new Map(),
      now: NOW,
    });
    expect(checklistToMarkdown(c, 'en')).toContain(
      'Nothing to do by hand: REST sets everything in the spec.',
    );
    expect(checklistToHtml(c, 'ru')).toContain('Ручных пунктов нет');
  });
});

describe('htmlToText', () => {
  it.each<[string, string]>([
    ['<p>Здравствуйте!</p><p>Вторая строка<br>третья</p>', 'Здравствуйте!\nВторая строка\nтретья'],
    ['<ul><li>один</li><li>два</li></ul>', '• один\n• два'],
    ['A&nbsp;&amp;&nbsp;B &laquo;x&raquo; &#8212; &#x41;', 'A & B «x» — A'],
    ['<style>p{color:red}</style><b>{=Contact:NAME}</b>', '{=Contact:NAME}'],
  ])('%s', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
