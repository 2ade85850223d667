import { plural, text, type Text } from '../core/i18n.js';
import type { Change, ManualChange } from '../plan/types.js';
import { describeRobot, describeTask, triggerTypeName } from './describe.js';
import type { SalesPlan, Spec } from '../spec/spec.generated.js';
import type { PlanContext } from './context.js';

/**
 * What the spec asks for that no REST method can set or read (rest-map §4–§6, §11): robots and
 * triggers on stages, permissions, e-mail templates, quick answers, the sales plan, required-by-stage
 * fields. Each becomes a `!` line in the plan and an entry of the handover checklist; it is never
 * reported as applied.
 */
const WHY_ROBOTS = text(
  'роботы и задачи на стадиях настраиваются только вручную: у REST нет методов для них',
  'robots and stage tasks can only be set by hand: REST has no methods for them',
);
const WHY_TRIGGERS = text(
  'триггеры привязываются к стадии только в интерфейсе Bitrix24',
  'triggers are bound to a stage only in the Bitrix24 interface',
);
const WHY_PERMS = text(
  'права ролей CRM недоступны через REST',
  'CRM role permissions are not available over REST',
);
const WHY_MAIL = text(
  'шаблоны писем CRM недоступны через REST',
  'CRM e-mail templates are not available over REST',
);
const WHY_QA = text(
  'быстрые ответы открытых линий не читаются и не пишутся через REST',
  'open-line quick answers cannot be read or written over REST',
);
const PERIOD_RU: Record<SalesPlan['period'], string> = {
  month: 'на месяц',
  quarter: 'на квартал',
  half_year: 'на полгода',
  year: 'на год',
};
const WHY_KPI_LIST = text(
  'получателей уведомлений KPI b24cfg не записывает: формат поля KPI_*_LIST не документирован, запись нельзя проверить',
  'b24cfg does not write KPI alert recipients: the KPI_*_LIST format is undocumented, so a write could not be verified',
);
const WHY_PLAN = text(
  'план продаж настраивается только в интерфейсе',
  'the sales plan is set in the interface only',
);
const WHY_REQ = text(
  'обязательность полей по стадиям не читается через REST',
  'required-by-stage fields cannot be read over REST',
);

function manual(
  id: string,
  key: string,
  path: string[],
  pointer: string,
  reason: Text,
  summary: Text,
): ManualChange {
  return {
    id: `manual:${id}`,
    kind: 'manual',
    key,
    path,
    specPointer: pointer,
    op: 'manual',
    reason,
    summary,
  };
}

const both = (f: (lang: 'ru' | 'en') => string): Text => ({ ru: f('ru'), en: f('en') });

export function diffManual(ctx: PlanContext): { changes: Change[] } {
  return { changes: manualChangesOf(ctx.spec) };
}

/** The manual items of a spec alone: the plan's `!` lines and `b24cfg checklist` without a portal. */
export function manualChangesOf(spec: Spec): ManualChange[] {
  const out: ManualChange[] = [];
  (spec.directions ?? []).forEach((dir, di) => {
    const dp = `/directions/${di}`;
    (dir.stages ?? []).forEach((st, si) => {
      const sp = `${dp}/stages/${si}`;
      const key = `${dir.key}/${st.code}`;
      const path = [dir.name, st.name];
      if (st.task)
        out.push(
          manual(
            `${key}#task`,
            `${key}#task`,
            path,
            `${sp}/task`,
            WHY_ROBOTS,
            both((l) => describeTask(st.task!, l)),
          ),
        );
      (st.robots ?? []).forEach((r, ri) =>
        out.push(
          manual(
            `${key}#robot-${ri}`,
            `${key}#robot-${ri}`,
            path,
            `${sp}/robots/${ri}`,
            WHY_ROBOTS,
            both((l) => describeRobot(r, l)),
          ),
        ),
      );
      (st.triggers ?? []).forEach((t, ti) =>
        out.push(
          manual(
            `${key}#trigger-${ti}`,
            `${key}#trigger-${ti}`,
            path,
            `${sp}/triggers/${ti}`,
            WHY_TRIGGERS,
            both(
              (l) =>
                `${l === 'ru' ? 'триггер' : 'trigger'} «${triggerTypeName(t.type, l)}»${t.condition ? ` (${t.condition})` : ''}`,
            ),
          ),
        ),
      );
      if (st.required_fields?.length) {
        out.push(
          manual(
            `${key}#required`,
            `${key}#required`,
            path,
            `${sp}/required_fields`,
            WHY_REQ,
            both(
              (l) =>
                `${l === 'ru' ? 'обязательные поля' : 'required fields'}: ${st.required_fields!.join(', ')}`,
            ),
          ),
        );
      }
    });
    const won = dir.won;
    if (won) {
      const key = `${dir.key}/WON`;
      const path = [dir.name, won.name];
      if (won.task)
        out.push(
          manual(
            `${key}#task`,
            `${key}#task`,
            path,
            `${dp}/won/task`,
            WHY_ROBOTS,
            both((l) => describeTask(won.task!, l)),
          ),
        );
      if (won.tunnel) {
        const t = won.tunnel;
        out.push(
          manual(
            `${key}#tunnel`,
            `${key}#tunnel`,
            path,
            `${dp}/won/tunnel`,
            WHY_ROBOTS,
            both((l) =>
              l === 'ru'
                ? `туннель: ${t.mode === 'move' ? 'перенести' : 'скопировать'} сделку в ${t.to} / ${t.stage}`
                : `tunnel: ${t.mode === 'move' ? 'move' : 'copy'} the deal to ${t.to} / ${t.stage}`,
            ),
          ),
        );
      }
      (won.robots ?? []).forEach((r, ri) =>
        out.push(
          manual(
            `${key}#robot-${ri}`,
            `${key}#robot-${ri}`,
            path,
            `${dp}/won/robots/${ri}`,
            WHY_ROBOTS,
            both((l) => describeRobot(r, l)),
          ),
        ),
      );
    }
    const lost = dir.lost;
    if (lost) {
      const key = `${dir.key}/LOSE`;
      const path = [dir.name, lost.name ?? 'LOSE'];
      if (lost.supervisor_task) {
        out.push(
          manual(
            `${key}#supervisor-task`,
            `${key}#supervisor-task`,
            path,
            `${dp}/lost/supervisor_task`,
            WHY_ROBOTS,
            both((l) => describeTask(lost.supervisor_task!, l)),
          ),
        );
      }
      (lost.robots ?? []).forEach((r, ri) =>
        out.push(
          manual(
            `${key}#robot-${ri}`,
            `${key}#robot-${ri}`,
            path,
            `${dp}/lost/robots/${ri}`,
            WHY_ROBOTS,
            both((l) => describeRobot(r, l)),
          ),
        ),
      );
    }
  });
  (spec.permissions?.roles ?? []).forEach((r, i) =>
    out.push(
      manual(
        `role:${r.name}`,
        `role:${r.name}`,
        [r.name],
        `/permissions/roles/${i}`,
        WHY_PERMS,
        both(
          (l) =>
            `${l === 'ru' ? 'роль' : 'role'} «${r.name}»${r.deny?.length ? `, ${l === 'ru' ? 'запретить' : 'deny'}: ${r.deny.join(', ')}` : ''}`,
        ),
      ),
    ),
  );
  (spec.email_templates ?? []).forEach((t, i) =>
    out.push(
      manual(
        `email:${t.key}`,
        `email:${t.key}`,
        [t.title],
        `/email_templates/${i}`,
        WHY_MAIL,
        both((l) => `${l === 'ru' ? 'шаблон письма' : 'e-mail template'} «${t.title}»: ${t.subject}`),
      ),
    ),
  );
  (spec.open_lines ?? []).forEach((ol, i) => {
    if (ol.quick_answers?.length) {
      out.push(
        manual(
          `quick:${ol.name}`,
          `quick:${ol.name}`,
          [ol.name],
          `/open_lines/${i}/quick_answers`,
          WHY_QA,
          both((l) => {
            const n = ol.quick_answers!.length;
            const what = plural(
              l,
              n,
              ['быстрый ответ', 'быстрых ответа', 'быстрых ответов'],
              ['quick answer', 'quick answers'],
            );
            return l === 'ru' ? `линия «${ol.name}»: ${n} ${what}` : `line “${ol.name}”: ${n} ${what}`;
          }),
        ),
      );
    }
  });
  (spec.open_lines ?? []).forEach((ol, i) => {
    const to = ol.kpi?.alert_to;
    if (to?.length) {
      out.push(
        manual(
          `kpi-alert:${ol.name}`,
          `kpi-alert:${ol.name}`,
          [ol.name],
          `/open_lines/${i}/kpi/alert_to`,
          WHY_KPI_LIST,
          both((l) =>
            l === 'ru'
              ? `линия «${ol.name}»: уведомления о нарушении KPI получают ${to.join(', ')}`
              : `line “${ol.name}”: KPI alerts go to ${to.join(', ')}`,
          ),
        ),
      );
    }
  });
  if (spec.sales_plan) {
    const p = spec.sales_plan;
    out.push(
      manual(
        'sales-plan',
        'sales-plan',
        ['sales_plan'],
        '/sales_plan',
        WHY_PLAN,
        both((l) =>
          l === 'ru'
            ? `план продаж ${PERIOD_RU[p.period]}, по ${p.metric === 'amount' ? 'сумме' : 'количеству'}, ${p.by === 'employee' ? 'по сотрудникам' : 'по направлениям'}`
            : `sales plan: per ${p.period.replace('_', ' ')}, by ${p.metric}, per ${p.by}`,
        ),
      ),
    );
  }
  return out;
}
