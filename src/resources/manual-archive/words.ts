import { fmt, LANGS, type Lang, type Text } from '../../core/i18n.js';
import type { RobotFact, RobotKind } from '../../portal/crm-settings/types.js';
import type { Robot } from '../../spec/spec.generated.js';
import { ROBOT_NAMES, TRIGGER_NAMES } from '../manual/wording-messages.js';
import {
  ARCHIVE_STATUS_LABELS,
  DIFFERENCE_LABELS,
  DIFFERENCE_LINE,
  FOUND_WORDS as F,
  UNPROVABLE_LABELS,
  VALUE_PHRASES as P,
  VALUE_WORDS,
} from './messages.js';
import type { ArchiveEvidence, ArchiveItem, Difference } from './types.js';

/** How a comparison with the CRM settings archive reads, shared by the plan, the checklist and the audit. */
function both(f: (lang: Lang) => string): Text {
  return Object.fromEntries(LANGS.map((l) => [l, f(l)])) as unknown as Text;
}

/** A neutral value (`2d after entry`, `missing`, `UF_CRM_X: not required`) in the reader's language. */
export function valueText(v: string, lang: Lang): string {
  if (lang === 'en') return v;
  const whole = (VALUE_WORDS as Record<string, Text>)[v];
  if (whole) return whole[lang];
  let out = v;
  for (const phrase of Object.values(P) as Text[]) out = out.split(phrase.en).join(phrase[lang]);
  return out;
}

/** "deadline: 5d after entry in the spec, 2d after entry on the portal". */
export function differenceText(d: Difference, lang: Lang): string {
  return fmt(DIFFERENCE_LINE.line, lang, {
    field: DIFFERENCE_LABELS[d.field][lang],
    expected: valueText(d.expected, lang),
    actual: valueText(d.actual, lang),
  });
}

/** Why an item is not shown as matching or differing: not in the archive, or the reason it cannot be told. */
export function notProvenText(item: Pick<ArchiveItem, 'status' | 'reason' | 'detail'>, lang: Lang): string {
  if (item.status === 'unprovable' && item.reason)
    return fmt(UNPROVABLE_LABELS[item.reason], lang, { detail: item.detail ?? '' });
  return ARCHIVE_STATUS_LABELS[item.status][lang];
}

/** When the archive was written: "archive of 2026-12-01, 3 days old". */
export function archiveAgeText(writtenAt: string | null, ageDays: number | null, lang: Lang): string {
  if (writtenAt === null || ageDays === null) return fmt(F.unknownDate, lang);
  return fmt(DIFFERENCE_LINE.archiveAge, lang, { date: writtenAt.slice(0, 10), days: ageDays });
}

/** The spec's robot type a robot the archive shows stands for, for its name in the designer's words. */
const SPEC_TYPE: Readonly<Record<Exclude<RobotKind, 'tunnel' | 'unknown'>, Robot['type']>> = {
  create_task: 'create_task',
  send_email: 'send_email',
  send_sms: 'send_sms',
  notify: 'notify',
  generate_document: 'generate_document',
  change_stage: 'change_stage',
  change_responsible: 'change_responsible',
  create_call: 'create_call',
  create_meeting: 'create_meeting',
  create_todo: 'create_todo',
  webhook: 'webhook',
};

/** What tells a robot apart: a task's title, an e-mail's subject, a message, a target. */
function robotDetail(r: RobotFact, documentName: (id: number | null) => string | undefined): string {
  switch (r.kind) {
    case 'create_task':
      return r.taskTitle;
    case 'send_email':
      return r.subject;
    case 'send_sms':
    case 'notify':
      return r.text.length > 60 ? `${r.text.slice(0, 57)}…` : r.text;
    case 'generate_document':
      return documentName(r.templateId) ?? `#${r.templateId ?? '?'}`;
    case 'create_call':
    case 'create_meeting':
    case 'create_todo':
      return r.subject;
    case 'change_stage':
      return r.statusId;
    case 'tunnel':
      return r.statusId;
    default:
      return r.title;
  }
}

export function robotText(
  r: RobotFact,
  stage: string,
  documentName: (id: number | null) => string | undefined = () => undefined,
): Text {
  if (r.kind === 'unknown') return both((l) => fmt(DIFFERENCE_LINE.unknownRobot, l, { type: r.type, stage }));
  const type: Robot['type'] =
    r.kind === 'tunnel' ? (r.mode === 'move' ? 'move_to_direction' : 'copy_deal') : SPEC_TYPE[r.kind];
  const text = robotDetail(r, documentName);
  return both((l) =>
    fmt(F.robot, l, { type: ROBOT_NAMES[type][l], detail: text ? fmt(F.detail, l, { text }) : '' }),
  );
}

/** What the archive shows for an item: a robot, a trigger, required fields or a role, on its stage. */
export function evidenceText(
  e: ArchiveEvidence,
  stage: string,
  documentName?: (id: number | null) => string | undefined,
): Text {
  switch (e.kind) {
    case 'robot':
      return robotText(e.robot, stage, documentName);
    case 'trigger': {
      const t = e.trigger;
      if (t.type === null)
        return both((l) => fmt(DIFFERENCE_LINE.unknownTrigger, l, { code: t.code, stage }));
      const type = TRIGGER_NAMES[t.type as keyof typeof TRIGGER_NAMES];
      return both((l) =>
        fmt(F.trigger, l, { type: type[l], detail: t.title ? fmt(F.detail, l, { text: t.title }) : '' }),
      );
    }
    case 'required':
      return both((l) =>
        e.required
          .map((r) =>
            fmt(F.required, l, {
              field: r.field,
              from: valueText(
                r.scope === 'all'
                  ? 'all stages'
                  : r.scope === 'lost'
                    ? 'lost stages'
                    : `${r.from ?? '?'}..${r.to ?? '?'}`,
                l,
              ),
            }),
          )
          .join(', '),
      );
    case 'role':
      return both((l) => fmt(F.role, l, { name: e.role.name }));
  }
}
