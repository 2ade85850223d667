import { fill, fmt, type Lang, type Text } from '../core/i18n.js';
import { describeResponsible, robotTypeName, triggerTypeName } from '../resources/manual/wording.js';
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
import {
  BUILTIN_FIELD_LABELS,
  CHECKLIST_LABELS as L,
  CHECKLIST_TITLES as T,
  CHECKLIST_VALUES as V,
  SALES_PERIODS,
} from './messages.js';
import type { ChecklistBody, ChecklistItem } from './types.js';
import {
  both,
  deadlineText,
  delayText,
  durationText,
  entityText,
  money,
  permissionText,
  same,
} from './wording.js';

/**
 * What the item fillers read: the spec, the e-mail bodies, and the portal's unknown people (each
 * named person who is not on the portal gets a warning on the item that names them).
 */
export class ItemFiller {
  constructor(
    private readonly spec: Spec,
    private readonly bodies: ReadonlyMap<string, string>,
    private readonly portal?: { host: string; unknownRoles: ReadonlySet<string> },
  ) {}

  task(item: ChecklistItem, task: Task): void {
    item.title = fill(T.task, { title: task.title });
    const f = item.fields;
    f.push({ label: L.rule, value: both((l) => robotTypeName('create_task', l)) });
    f.push({ label: L.taskTitle, value: same(task.title) });
    if (task.description) f.push({ label: L.description, value: same(task.description) });
    f.push({ label: L.responsible, value: this.person(task.responsible, item) });
    if (task.observers?.length) f.push({ label: L.observers, value: this.people(task.observers, item) });
    f.push({ label: L.deadline, value: deadlineText(task.deadline) });
    if (task.priority === 'high') f.push({ label: L.priority, value: V.highPriority });
    if (task.require_result) f.push({ label: L.result, value: V.requireResult });
    if (task.checklist?.length)
      item.bodies.push({ label: L.taskChecklist, text: task.checklist.map((x) => `☐ ${x}`).join('\n') });
  }

  robot(item: ChecklistItem, r: Robot): void {
    const titled = r.title ? `: ${r.title}` : '';
    item.title = both((l) => fmt(T.robot, l, { type: robotTypeName(r.type, l), title: titled }));
    const f = item.fields;
    f.push({ label: L.rule, value: both((l) => robotTypeName(r.type, l)) });
    if (r.title) f.push({ label: L.title, value: same(r.title) });
    if (r.to) f.push({ label: L.to, value: this.person(r.to, item) });
    if (r.responsible) f.push({ label: L.responsible, value: this.person(r.responsible, item) });
    if (r.target) {
      const dir = this.spec.directions?.find((d) => d.key === r.target?.direction);
      const stage = dir?.stages?.find((s) => s.code === r.target?.stage)?.name ?? r.target.stage;
      f.push({
        label: L.target,
        value: same(`${dir?.name ?? r.target.direction}${stage ? ` / ${stage}` : ''}`),
      });
    }
    if (r.template && r.type === 'send_email') {
      const tpl = this.spec.email_templates?.find((e) => e.key === r.template);
      f.push({ label: L.emailTemplate, value: same(tpl ? `${tpl.title} — ${tpl.subject}` : r.template) });
      if (tpl) this.emailBody(item, tpl);
    } else if (r.template) {
      f.push({ label: L.documentTemplate, value: same(r.template) });
    }
    f.push({ label: L.when, value: delayText(r.delay) });
    if (r.condition) f.push({ label: L.condition, value: same(r.condition) });
    if (r.text) item.bodies.push({ label: L.text, text: r.text });
  }

  trigger(item: ChecklistItem, tr: Trigger): void {
    const titled = tr.title ? `: ${tr.title}` : '';
    item.title = both((l) => fmt(T.trigger, l, { type: triggerTypeName(tr.type, l), title: titled }));
    item.fields.push({ label: L.trigger, value: both((l) => triggerTypeName(tr.type, l)) });
    if (tr.title) item.fields.push({ label: L.title, value: same(tr.title) });
    if (tr.condition) item.fields.push({ label: L.condition, value: same(tr.condition) });
  }

  tunnel(
    item: ChecklistItem,
    dir: Direction,
    tunnel: NonNullable<NonNullable<Direction['won']>['tunnel']>,
  ): void {
    const target = this.spec.directions?.find((d) => d.key === tunnel.to);
    const stage = target?.stages?.find((s) => s.code === tunnel.stage)?.name ?? tunnel.stage;
    item.title = fill(T.tunnel, { to: target?.name ?? tunnel.to });
    item.fields.push({ label: L.from, value: same(`${dir.name} / ${dir.won?.name ?? 'WON'}`) });
    item.fields.push({ label: L.tunnelTo, value: same(`${target?.name ?? tunnel.to} / ${stage}`) });
    item.fields.push({ label: L.deal, value: tunnel.mode === 'move' ? V.moveDeal : V.copyDeal });
  }

  requiredFields(item: ChecklistItem, stageName: string, fields: readonly string[]): void {
    item.title = fill(T.requiredFields, { stage: stageName });
    item.fields.push({ label: L.stage, value: same(stageName) });
    item.fields.push({
      label: L.requiredFields,
      value: both((l) => fields.map((f) => this.fieldLabel(f, l)).join(', ')),
    });
  }

  emailTemplate(item: ChecklistItem, tpl: EmailTemplate): void {
    item.title = fill(T.emailTemplate, { title: tpl.title });
    item.fields.push({ label: L.title, value: same(tpl.title) });
    item.fields.push({ label: L.subject, value: same(tpl.subject) });
    if (tpl.entity) item.fields.push({ label: L.for, value: entityText(tpl.entity) });
    if (tpl.attach_document) item.fields.push({ label: L.attachDocument, value: same(tpl.attach_document) });
    this.emailBody(item, tpl);
  }

  private emailBody(item: ChecklistItem, tpl: EmailTemplate): void {
    const source = tpl.body ?? (tpl.body_file ? this.bodies.get(tpl.body_file) : undefined);
    const body: ChecklistBody =
      source === undefined
        ? { label: L.emailBody, text: tpl.body_file ? `(${tpl.body_file})` : '', file: tpl.body_file }
        : { label: L.emailBody, text: htmlToText(source), source, file: tpl.body_file };
    if (body.text !== '' && !item.bodies.some((b) => b.file !== undefined && b.file === body.file))
      item.bodies.push(body);
  }

  openLine(item: ChecklistItem, line: OpenLine, kpi: boolean): void {
    if (kpi) {
      item.title = T.kpiAlerts;
      item.fields.push({ label: L.notify, value: this.people(line.kpi?.alert_to ?? [], item) });
      const [first, further] = [line.kpi?.first_answer, line.kpi?.further_answer].map((d) =>
        d === undefined ? undefined : tryParseDuration(d),
      );
      if (first !== undefined || further !== undefined)
        item.fields.push({
          label: L.kpiLimits,
          value: both((l) =>
            [
              first !== undefined ? fmt(V.firstAnswer, l, { time: durationText(first, l) }) : '',
              further !== undefined ? fmt(V.furtherAnswers, l, { time: durationText(further, l) }) : '',
            ]
              .filter(Boolean)
              .join(', '),
          ),
        });
      return;
    }
    item.title = fill(T.quickAnswers, { n: line.quick_answers?.length ?? 0 });
    for (const [i, qa] of (line.quick_answers ?? []).entries()) {
      const head = [qa.category, qa.title].filter(Boolean).join(' · ');
      item.bodies.push({ label: same(`${i + 1}. ${head || '—'}`), text: qa.text });
    }
  }

  role(item: ChecklistItem, role: PermissionRole): void {
    item.title = fill(T.role, { name: role.name });
    item.fields.push({ label: L.role, value: same(role.name) });
    if (role.description) item.fields.push({ label: L.description, value: same(role.description) });
    const deny = role.deny ?? [];
    const allow = role.allow ?? [];
    if (deny.length)
      item.fields.push({
        label: L.deny,
        value: both((l) => deny.map((p) => permissionText(p, l)).join(', ')),
      });
    if (allow.length)
      item.fields.push({
        label: L.allow,
        value: both((l) => allow.map((p) => permissionText(p, l)).join(', ')),
      });
    if (role.members?.length) item.fields.push({ label: L.assignTo, value: this.people(role.members, item) });
  }

  salesPlan(item: ChecklistItem): void {
    const p = this.spec.sales_plan;
    if (!p) return;
    item.title = T.salesPlan;
    const period = (SALES_PERIODS as Readonly<Record<string, Text | undefined>>)[p.period];
    item.fields.push({ label: L.period, value: period ?? same(p.period) });
    item.fields.push({ label: L.metric, value: p.metric === 'amount' ? V.amount : V.count });
    item.fields.push({ label: L.per, value: p.by === 'employee' ? V.byEmployee : V.byDirection });
    if (p.currency) item.fields.push({ label: L.currency, value: same(p.currency) });
    for (const target of p.targets ?? []) {
      const who =
        p.by === 'direction'
          ? same(this.spec.directions?.find((d) => d.key === target.who)?.name ?? target.who)
          : this.person(target.who, item);
      item.fields.push({ label: L.salesTarget, value: both((l) => `${who[l]}: ${money(target.amount, l)}`) });
    }
    if (p.note) item.fields.push({ label: L.note, value: same(p.note) });
  }

  private person(who: string | undefined, item: ChecklistItem): Text {
    if (who === undefined || who === 'deal.responsible' || who === 'deal.responsible.head')
      return both((l) => describeResponsible(who, l));
    if (who === 'client') return V.client;
    const u = this.spec.users?.[who];
    if (!u) return same(who);
    if (this.portal?.unknownRoles.has(who)) {
      const w = fill(V.personNotOnPortal, { email: u.email, role: who, host: this.portal.host });
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
    const builtin = (BUILTIN_FIELD_LABELS as Readonly<Record<string, Text | undefined>>)[code];
    return builtin ? `${builtin[lang]} (${code})` : code;
  }
}
