import type { Lang, Text } from '../core/i18n.js';
import type { ManualChange } from '../resources/plan.js';
import { resolvedText } from '../resources/plan-text.js';
import {
  describeDeadline,
  describeResponsible,
  robotTypeName,
  triggerTypeName,
} from '../resources/manual/wording.js';
import { tryParseDuration } from '../spec/duration.js';
import type {
  Direction,
  EmailTemplate,
  OpenLine,
  PermissionRole,
  Robot,
  Spec,
  Task,
  Trigger,
} from '../spec/spec.generated.js';
import { htmlToText } from './html-text.js';
import type { Checklist, ChecklistBody, ChecklistGroup, ChecklistItem, ChecklistSection } from './types.js';
import { WHERE } from './where.js';

export interface ChecklistInput {
  spec: Spec;
  specFile: string;
  /** The plan's manual changes (or, without a portal, those of the spec alone). */
  manual: readonly ManualChange[];
  /** E-mail bodies by `body_file` as written in the spec (relative to the spec folder). */
  bodies: ReadonlyMap<string, string>;
  /** With a portal: its host and the roles whose e-mail it does not know. */
  portal?: { host: string; unknownRoles: ReadonlySet<string> };
  now: Date;
}

const t = (ru: string, en: string): Text => ({ ru, en });
const both = (f: (l: Lang) => string): Text => ({ ru: f('ru'), en: f('en') });
const same = (s: string): Text => ({ ru: s, en: s });

/** Builds the checklist: one item per manual change, placed where the consultant meets it. */
export function buildChecklist(input: ChecklistInput): Checklist {
  const b = new Builder(input);
  for (const c of input.manual) b.place(c);
  const sections = b.sections();
  return {
    client: input.spec.client,
    portal: input.portal?.host,
    specFile: input.specFile,
    generatedAt: input.now.toISOString(),
    sections,
    total: sections.reduce((n, s) => n + s.groups.reduce((m, g) => m + g.items.length, 0), 0),
  };
}

interface Placed {
  section: string;
  sectionOrder: number[];
  group: string;
  groupOrder: number[];
  groupTitle?: Text;
  groupWhere?: Text;
  itemOrder: number[];
  item: ChecklistItem;
}

const SECTION_ORDER = ['structure', 'email', 'direction', 'openLines', 'permissions', 'salesPlan', 'other'];

class Builder {
  private placed: Placed[] = [];
  private sectionMeta = new Map<string, { title: Text; where: Text }>();

  constructor(private readonly input: ChecklistInput) {}

  private get spec(): Spec {
    return this.input.spec;
  }

  place(c: ManualChange): void {
    const p = c.specPointer ?? '';
    const item: ChecklistItem = {
      id: c.id,
      title: resolvedText(c.summary),
      fields: [],
      bodies: [],
      warnings: [],
      reason: resolvedText(c.reason),
    };
    let m: RegExpExecArray | null;
    if ((m = /^\/directions\/(\d+)\/(stages\/(\d+)|won|lost)\/(.+)$/.exec(p))) {
      this.placeDirection(
        item,
        Number(m[1]),
        m[2] as string,
        m[3] === undefined ? undefined : Number(m[3]),
        m[4] as string,
      );
    } else if ((m = /^\/email_templates\/(\d+)$/.exec(p))) {
      const tpl = this.spec.email_templates?.[Number(m[1])];
      if (tpl) this.fillEmailTemplate(item, tpl);
      this.add('email', [0], 'email', [0], undefined, undefined, [Number(m[1])], item);
    } else if ((m = /^\/open_lines\/(\d+)\/(.+)$/.exec(p))) {
      const i = Number(m[1]);
      const line = this.spec.open_lines?.[i];
      const isKpi = (m[2] as string).startsWith('kpi');
      if (line) this.fillOpenLine(item, line, isKpi);
      const name = line?.name ?? String(i);
      this.add(
        'openLines',
        [0],
        `line:${i}`,
        [i],
        both((l) => (l === 'ru' ? `Линия «${name}»` : `Line “${name}”`)),
        isKpi ? WHERE.kpi(name) : WHERE.quickAnswers(name),
        [isKpi ? 1 : 0],
        item,
      );
    } else if ((m = /^\/permissions\/roles\/(\d+)$/.exec(p))) {
      const role = this.spec.permissions?.roles?.[Number(m[1])];
      if (role) this.fillRole(item, role);
      this.add('permissions', [0], 'roles', [0], undefined, undefined, [Number(m[1])], item);
    } else if (p === '/sales_plan') {
      this.fillSalesPlan(item);
      this.add('salesPlan', [0], 'plan', [0], undefined, undefined, [0], item);
    } else if (c.kind === 'department' || p.startsWith('/departments') || p.startsWith('/users/')) {
      this.add('structure', [0], 'structure', [0], undefined, undefined, [this.placed.length], item);
    } else {
      this.add('other', [0], 'other', [0], undefined, undefined, [this.placed.length], item);
    }
  }

  sections(): ChecklistSection[] {
    const ordered = [...this.placed].sort(
      (a, b) =>
        SECTION_ORDER.indexOf(a.section.split(':')[0] as string) -
          SECTION_ORDER.indexOf(b.section.split(':')[0] as string) ||
        cmp(a.sectionOrder, b.sectionOrder) ||
        cmp(a.groupOrder, b.groupOrder) ||
        cmp(a.itemOrder, b.itemOrder),
    );
    const out: ChecklistSection[] = [];
    let section: ChecklistSection | undefined;
    let group: ChecklistGroup | undefined;
    let groupKey = '';
    for (const p of ordered) {
      if (!section || section.id !== p.section) {
        const meta = this.meta(p.section);
        section = { id: p.section, title: meta.title, where: meta.where, groups: [] };
        out.push(section);
        group = undefined;
      }
      if (!group || groupKey !== p.group) {
        group = { title: p.groupTitle, where: p.groupWhere, items: [] };
        groupKey = p.group;
        section.groups.push(group);
      }
      group.items.push(p.item);
    }
    return out;
  }

  private meta(section: string): { title: Text; where: Text } {
    const known = this.sectionMeta.get(section);
    if (known) return known;
    switch (section) {
      case 'structure':
        return { title: t('Структура компании', 'Company structure'), where: WHERE.structure };
      case 'email':
        return { title: t('Шаблоны писем', 'E-mail templates'), where: WHERE.emailTemplates };
      case 'openLines':
        return { title: t('Открытые линии', 'Open lines'), where: WHERE.openLines };
      case 'permissions':
        return { title: t('Права доступа', 'Access permissions'), where: WHERE.permissions };
      case 'salesPlan':
        return { title: t('План продаж', 'Sales targets'), where: WHERE.salesPlan };
      default:
        return { title: t('Прочее', 'Other'), where: WHERE.other };
    }
  }

  private add(
    section: string,
    sectionOrder: number[],
    group: string,
    groupOrder: number[],
    groupTitle: Text | undefined,
    groupWhere: Text | undefined,
    itemOrder: number[],
    item: ChecklistItem,
  ): void {
    this.placed.push({ section, sectionOrder, group, groupOrder, groupTitle, groupWhere, itemOrder, item });
  }

  // --- directions -----------------------------------------------------------------------------

  private placeDirection(
    item: ChecklistItem,
    di: number,
    part: string,
    si: number | undefined,
    rest: string,
  ): void {
    const dir = this.spec.directions?.[di];
    if (!dir) {
      this.add('other', [0], 'other', [0], undefined, undefined, [this.placed.length], item);
      return;
    }
    const section = `direction:${di}`;
    this.sectionMeta.set(section, {
      title: both((l) => (l === 'ru' ? `Направление «${dir.name}»` : `Pipeline “${dir.name}”`)),
      where: WHERE.robots(dir.name),
    });
    const stageCount = dir.stages?.length ?? 0;
    const stageIndex = part === 'won' ? stageCount : part === 'lost' ? stageCount + 1 : (si as number);
    const stageName =
      part === 'won'
        ? (dir.won?.name ?? 'WON')
        : part === 'lost'
          ? (dir.lost?.name ?? 'LOSE')
          : (dir.stages?.[si as number]?.name ?? '?');
    const stageGroup = (order: number) =>
      this.add(
        section,
        [di],
        `stage:${stageIndex}`,
        [0, stageIndex],
        both((l) => (l === 'ru' ? `Стадия «${stageName}»` : `Stage “${stageName}”`)),
        WHERE.stageRobots(stageName),
        [order],
        item,
      );
    let m: RegExpExecArray | null;
    if (rest === 'task' || rest === 'supervisor_task') {
      const task =
        part === 'won'
          ? dir.won?.task
          : part === 'lost'
            ? dir.lost?.supervisor_task
            : dir.stages?.[si as number]?.task;
      if (task) this.fillTask(item, task);
      stageGroup(0);
    } else if ((m = /^robots\/(\d+)$/.exec(rest))) {
      const k = Number(m[1]);
      const list =
        part === 'won'
          ? dir.won?.robots
          : part === 'lost'
            ? dir.lost?.robots
            : dir.stages?.[si as number]?.robots;
      const robot = list?.[k];
      if (robot) this.fillRobot(item, robot);
      stageGroup(1 + k);
    } else if ((m = /^triggers\/(\d+)$/.exec(rest))) {
      const k = Number(m[1]);
      const trigger = dir.stages?.[si as number]?.triggers?.[k];
      if (trigger) this.fillTrigger(item, trigger);
      stageGroup(1000 + k);
    } else if (rest === 'tunnel' && dir.won?.tunnel) {
      this.fillTunnel(item, dir, dir.won.tunnel);
      this.add(section, [di], 'tunnels', [1], t('Туннели продаж', 'Sales tunnels'), WHERE.tunnels, [0], item);
    } else if (rest === 'required_fields') {
      const fields = dir.stages?.[si as number]?.required_fields ?? [];
      item.title = t(`Обязательные поля на стадии «${stageName}»`, `Fields required at stage “${stageName}”`);
      item.fields.push({ label: t('Стадия', 'Stage'), value: same(stageName) });
      item.fields.push({
        label: t('Обязательные поля', 'Required fields'),
        value: both((l) => fields.map((f) => this.fieldLabel(f, l)).join(', ')),
      });
      this.add(
        section,
        [di],
        'required',
        [2],
        t('Обязательные поля по стадиям', 'Fields required by stage'),
        WHERE.requiredFields(dir.name),
        [stageIndex],
        item,
      );
    } else {
      stageGroup(2000);
    }
  }

  private fillTask(item: ChecklistItem, task: Task): void {
    item.title = t(`Задача «${task.title}»`, `Task “${task.title}”`);
    const f = item.fields;
    f.push({ label: t('Робот', 'Rule'), value: both((l) => robotTypeName('create_task', l)) });
    f.push({ label: t('Название задачи', 'Task title'), value: same(task.title) });
    if (task.description) f.push({ label: t('Описание', 'Description'), value: same(task.description) });
    f.push({ label: t('Ответственный', 'Responsible'), value: this.person(task.responsible, item) });
    if (task.observers?.length)
      f.push({ label: t('Наблюдатели', 'Observers'), value: this.people(task.observers, item) });
    f.push({ label: t('Крайний срок', 'Deadline'), value: deadlineText(task.deadline) });
    if (task.priority === 'high')
      f.push({ label: t('Важность', 'Priority'), value: t('важная задача', 'high') });
    if (task.require_result)
      f.push({
        label: t('Результат', 'Result'),
        value: t('требовать результат при закрытии', 'require a result to close it'),
      });
    if (task.checklist?.length)
      item.bodies.push({
        label: t('Чек-лист задачи', 'Task checklist'),
        text: task.checklist.map((x) => `☐ ${x}`).join('\n'),
      });
  }

  private fillRobot(item: ChecklistItem, r: Robot): void {
    item.title = both((l) =>
      l === 'ru'
        ? `Робот «${robotTypeName(r.type, l)}»${r.title ? `: ${r.title}` : ''}`
        : `Rule “${robotTypeName(r.type, l)}”${r.title ? `: ${r.title}` : ''}`,
    );
    const f = item.fields;
    f.push({ label: t('Робот', 'Rule'), value: both((l) => robotTypeName(r.type, l)) });
    if (r.title) f.push({ label: t('Название', 'Title'), value: same(r.title) });
    if (r.to) f.push({ label: t('Кому', 'To'), value: this.person(r.to, item) });
    if (r.responsible)
      f.push({ label: t('Ответственный', 'Responsible'), value: this.person(r.responsible, item) });
    if (r.target) {
      const dir = this.spec.directions?.find((d) => d.key === r.target?.direction);
      const stage = dir?.stages?.find((s) => s.code === r.target?.stage)?.name ?? r.target.stage;
      f.push({
        label: t('Куда', 'Target'),
        value: same(`${dir?.name ?? r.target.direction}${stage ? ` / ${stage}` : ''}`),
      });
    }
    if (r.template && r.type === 'send_email') {
      const tpl = this.spec.email_templates?.find((e) => e.key === r.template);
      f.push({
        label: t('Шаблон письма', 'E-mail template'),
        value: same(tpl ? `${tpl.title} — ${tpl.subject}` : r.template),
      });
      if (tpl) this.addEmailBody(item, tpl);
    } else if (r.template) {
      f.push({ label: t('Шаблон документа', 'Document template'), value: same(r.template) });
    }
    f.push({ label: t('Когда', 'When'), value: delayText(r.delay) });
    if (r.condition) f.push({ label: t('Условие', 'Condition'), value: same(r.condition) });
    if (r.text) item.bodies.push({ label: t('Текст', 'Text'), text: r.text });
  }

  private fillTrigger(item: ChecklistItem, tr: Trigger): void {
    item.title = both((l) =>
      l === 'ru'
        ? `Триггер «${triggerTypeName(tr.type, l)}»${tr.title ? `: ${tr.title}` : ''}`
        : `Trigger “${triggerTypeName(tr.type, l)}”${tr.title ? `: ${tr.title}` : ''}`,
    );
    item.fields.push({ label: t('Триггер', 'Trigger'), value: both((l) => triggerTypeName(tr.type, l)) });
    if (tr.title) item.fields.push({ label: t('Название', 'Title'), value: same(tr.title) });
    if (tr.condition) item.fields.push({ label: t('Условие', 'Condition'), value: same(tr.condition) });
  }

  private fillTunnel(
    item: ChecklistItem,
    dir: Direction,
    tunnel: NonNullable<NonNullable<Direction['won']>['tunnel']>,
  ): void {
    const target = this.spec.directions?.find((d) => d.key === tunnel.to);
    const stage = target?.stages?.find((s) => s.code === tunnel.stage)?.name ?? tunnel.stage;
    const to = target?.name ?? tunnel.to;
    item.title = t(`Туннель в направление «${to}»`, `Tunnel to pipeline “${to}”`);
    item.fields.push({ label: t('Откуда', 'From'), value: same(`${dir.name} / ${dir.won?.name ?? 'WON'}`) });
    item.fields.push({ label: t('Куда', 'To'), value: same(`${target?.name ?? tunnel.to} / ${stage}`) });
    item.fields.push({
      label: t('Сделка', 'Deal'),
      value:
        tunnel.mode === 'move'
          ? t('перенести', 'move it')
          : t('скопировать (исходная остаётся)', 'copy it (the original stays)'),
    });
  }

  private fillEmailTemplate(item: ChecklistItem, tpl: EmailTemplate): void {
    item.title = t(`Шаблон письма «${tpl.title}»`, `E-mail template “${tpl.title}”`);
    item.fields.push({ label: t('Название', 'Title'), value: same(tpl.title) });
    item.fields.push({ label: t('Тема', 'Subject'), value: same(tpl.subject) });
    if (tpl.entity) item.fields.push({ label: t('Для', 'For'), value: entityText(tpl.entity) });
    if (tpl.attach_document)
      item.fields.push({
        label: t('Приложить документ', 'Attach document'),
        value: same(tpl.attach_document),
      });
    this.addEmailBody(item, tpl);
  }

  private addEmailBody(item: ChecklistItem, tpl: EmailTemplate): void {
    const source = tpl.body ?? (tpl.body_file ? this.input.bodies.get(tpl.body_file) : undefined);
    const body: ChecklistBody =
      source === undefined
        ? {
            label: t('Текст письма', 'E-mail body'),
            text: tpl.body_file ? `(${tpl.body_file})` : '',
            file: tpl.body_file,
          }
        : { label: t('Текст письма', 'E-mail body'), text: htmlToText(source), source, file: tpl.body_file };
    if (body.text !== '' && !item.bodies.some((b) => b.file !== undefined && b.file === body.file))
      item.bodies.push(body);
  }

  private fillOpenLine(item: ChecklistItem, line: OpenLine, kpi: boolean): void {
    if (kpi) {
      item.title = t('Кому приходят уведомления о нарушении KPI', 'Who gets KPI violation alerts');
      item.fields.push({
        label: t('Уведомлять', 'Notify'),
        value: this.people(line.kpi?.alert_to ?? [], item),
      });
      const times = [line.kpi?.first_answer, line.kpi?.further_answer].map((d) =>
        d === undefined ? undefined : tryParseDuration(d),
      );
      if (times.some((x) => x !== undefined))
        item.fields.push({
          label: t('Нормы KPI (b24cfg уже записал)', 'KPI limits (already set by b24cfg)'),
          value: both((l) =>
            [
              times[0] !== undefined
                ? `${l === 'ru' ? 'первый ответ' : 'first answer'} ${durationText(times[0], l)}`
                : '',
              times[1] !== undefined
                ? `${l === 'ru' ? 'следующие' : 'further answers'} ${durationText(times[1], l)}`
                : '',
            ]
              .filter(Boolean)
              .join(', '),
          ),
        });
      return;
    }
    const n = line.quick_answers?.length ?? 0;
    item.title = t(`Быстрые ответы линии (${n})`, `Quick answers of the line (${n})`);
    for (const [i, qa] of (line.quick_answers ?? []).entries()) {
      const head = [qa.category, qa.title].filter(Boolean).join(' · ');
      item.bodies.push({ label: same(`${i + 1}. ${head || '—'}`), text: qa.text });
    }
  }

  private fillRole(item: ChecklistItem, role: PermissionRole): void {
    item.title = t(`Роль «${role.name}»`, `Role “${role.name}”`);
    item.fields.push({ label: t('Роль', 'Role'), value: same(role.name) });
    if (role.description)
      item.fields.push({ label: t('Описание', 'Description'), value: same(role.description) });
    if (role.deny?.length)
      item.fields.push({
        label: t('Запретить', 'Deny'),
        value: both((l) => role.deny!.map((p) => permissionText(p, l)).join(', ')),
      });
    if (role.allow?.length)
      item.fields.push({
        label: t('Разрешить', 'Allow'),
        value: both((l) => role.allow!.map((p) => permissionText(p, l)).join(', ')),
      });
    if (role.members?.length)
      item.fields.push({ label: t('Кому назначить', 'Assign to'), value: this.people(role.members, item) });
  }

  private fillSalesPlan(item: ChecklistItem): void {
    const p = this.spec.sales_plan;
    if (!p) return;
    item.title = t('План продаж', 'Sales targets');
    const period: Record<string, Text> = {
      month: t('месяц', 'month'),
      quarter: t('квартал', 'quarter'),
      half_year: t('полугодие', 'half year'),
      year: t('год', 'year'),
    };
    item.fields.push({ label: t('Период', 'Period'), value: period[p.period] ?? same(p.period) });
    item.fields.push({
      label: t('Показатель', 'Metric'),
      value: p.metric === 'amount' ? t('сумма сделок', 'deal amount') : t('число сделок', 'number of deals'),
    });
    item.fields.push({
      label: t('В разрезе', 'Per'),
      value: p.by === 'employee' ? t('сотрудников', 'employee') : t('направлений', 'pipeline'),
    });
    if (p.currency) item.fields.push({ label: t('Валюта', 'Currency'), value: same(p.currency) });
    for (const target of p.targets ?? []) {
      const who =
        p.by === 'direction'
          ? same(this.spec.directions?.find((d) => d.key === target.who)?.name ?? target.who)
          : this.person(target.who, item);
      item.fields.push({
        label: t('Цель', 'Target'),
        value: {
          ru: `${who.ru}: ${money(target.amount, 'ru')}`,
          en: `${who.en}: ${money(target.amount, 'en')}`,
        },
      });
    }
    if (p.note) item.fields.push({ label: t('Примечание', 'Note'), value: same(p.note) });
  }

  // --- people and fields --------------------------------------------------------------------------

  private person(who: string | undefined, item: ChecklistItem): Text {
    if (who === undefined || who === 'deal.responsible' || who === 'deal.responsible.head')
      return both((l) => describeResponsible(who, l));
    if (who === 'client') return t('клиент', 'the client');
    const u = this.spec.users?.[who];
    if (!u) return same(who);
    if (this.input.portal?.unknownRoles.has(who)) {
      const w = both((l) =>
        l === 'ru'
          ? `${u.email} (${who}) нет на портале ${this.input.portal?.host ?? ''}: сначала пригласите сотрудника или исправьте e-mail`
          : `${u.email} (${who}) is not on portal ${this.input.portal?.host ?? ''}: invite the person or fix the e-mail first`,
      );
      if (!item.warnings.some((x) => x.en === w.en)) item.warnings.push(w);
    }
    return same(`${u.name ?? who} (${u.email})`);
  }

  private people(list: readonly string[], item: ChecklistItem): Text {
    const ps = list.map((w) => this.person(w, item));
    return { ru: ps.map((p) => p.ru).join(', '), en: ps.map((p) => p.en).join(', ') };
  }

  private fieldLabel(code: string, lang: Lang): string {
    const bare = code.replace(/^UF_CRM_/i, '');
    const f = this.spec.fields?.deal?.find((x) => x.code.toUpperCase() === bare.toUpperCase());
    if (f) {
      const label =
        typeof f.label === 'string' ? f.label : (f.label[lang] ?? f.label.ru ?? f.label.en ?? code);
      return `${label} (${code})`;
    }
    const builtin = BUILTIN_LABELS[code];
    return builtin ? `${builtin[lang]} (${code})` : code;
  }
}

const BUILTIN_LABELS: Record<string, Text> = {
  TITLE: t('Название', 'Title'),
  OPPORTUNITY: t('Сумма', 'Amount'),
  BEGINDATE: t('Дата начала', 'Start date'),
  CLOSEDATE: t('Дата завершения', 'Close date'),
  SOURCE_ID: t('Источник', 'Source'),
  COMMENTS: t('Комментарий', 'Comment'),
  PRODUCTS: t('Товары', 'Products'),
  CLIENT: t('Клиент', 'Client'),
  CONTACT_ID: t('Контакт', 'Contact'),
  COMPANY_ID: t('Компания', 'Company'),
};

const PERMISSIONS: Record<string, Text> = {
  'lead.delete': t('удаление лидов', 'delete leads'),
  'deal.delete': t('удаление сделок', 'delete deals'),
  'contact.delete': t('удаление контактов', 'delete contacts'),
  'company.delete': t('удаление компаний', 'delete companies'),
  import: t('импорт', 'import'),
  export: t('экспорт', 'export'),
  settings: t('изменение настроек CRM', 'change CRM settings'),
};

function permissionText(code: string, lang: Lang): string {
  const known = PERMISSIONS[code];
  return known ? `${known[lang]} (${code})` : code;
}

function entityText(e: NonNullable<EmailTemplate['entity']>): Text {
  return {
    deal: t('сделки', 'deals'),
    lead: t('лиды', 'leads'),
    contact: t('контакты', 'contacts'),
    company: t('компании', 'companies'),
  }[e];
}

function durationText(seconds: number, lang: Lang): string {
  const units: Array<[number, string, string]> = [
    [86_400, 'дн.', 'd'],
    [3_600, 'ч', 'h'],
    [60, 'мин', 'min'],
    [1, 'с', 's'],
  ];
  if (seconds === 0) return lang === 'ru' ? '0 с' : '0 s';
  const parts: string[] = [];
  let rest = seconds;
  for (const [size, ru, en] of units) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      parts.push(`${n} ${lang === 'ru' ? ru : en}`);
      rest -= n * size;
    }
  }
  return parts.join(' ');
}

function deadlineText(d: Task['deadline']): Text {
  const after = d?.after_entry === undefined ? undefined : tryParseDuration(d.after_entry);
  return both((l) => {
    const base =
      after === undefined
        ? describeDeadline(d, l)
        : l === 'ru'
          ? `${durationText(after, l)} после входа на этап`
          : `${durationText(after, l)} after entering the stage`;
    return d?.work_time ? `${base}${l === 'ru' ? ' (в рабочее время)' : ' (working time)'}` : base;
  });
}

function delayText(delay: Robot['delay']): Text {
  const s = delay === undefined ? 0 : tryParseDuration(delay);
  if (s === undefined) return same(String(delay));
  if (s === 0) return t('сразу при входе сделки на стадию', 'right when the deal enters the stage');
  return both((l) =>
    l === 'ru'
      ? `через ${durationText(s, l)} после входа на стадию`
      : `${durationText(s, l)} after the deal enters the stage`,
  );
}

function money(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-US');
}

function cmp(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
