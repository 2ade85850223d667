import type { PortalOpenLine } from './read.js';
import type { PortalState } from '../state.js';
import type { OpenLine, Spec } from '../../spec/spec.generated.js';
import { tryParseDuration } from '../../spec/duration.js';
import type { FieldDiff } from '../change.js';
import type { PlanContext } from '../context.js';
import type { KindDiff } from '../kind.js';
import { namedBase, refuseAll, unmatchedNamed, updateOrRename } from '../named-changes.js';
import { matchNamed, type NamedMatch } from '../named-match.js';
import { joinedText, say, type PlanMessage } from '../plan-text.js';
import { unknownPeopleReason, UNKNOWN_PERSON_HINT } from '../users/problems.js';
import { OPEN_LINE_MESSAGES as M } from './messages.js';
import type { DesiredLine, OpenLineChange } from './types.js';

/**
 * Open lines of the contact center: imopenlines.config.* (docs/bitrix24/open-lines.md#methods). A line has no writable
 * stable key (XML_ID is never written by Config::prepareFields), so it is matched by name through
 * the state file. Only what the spec names is managed; KPI times and queue times are seconds on the
 * portal and durations in the spec. The portal silently coerces some values (QUEUE_TYPE `all` →
 * `evenly` without the plan feature), which the verification re-plan reports with the reason.
 */
/** One managed attribute: the PARAMS key, the wanted value (normalised) and how to read it back. */
interface Attr {
  field: string;
  want: unknown;
  have: (l: PortalOpenLine) => unknown;
}

export function desiredLines(spec: Spec): DesiredLine[] {
  return (spec.open_lines ?? []).map((l, i) => ({
    name: l.name,
    renamedFrom: l.renamed_from ?? [],
    pointer: `/open_lines/${i}`,
    line: l,
  }));
}

export function matchLines(
  state: Pick<PortalState, 'openLines'>,
  bindings: PlanContext['binding']['openLines'],
  desired: DesiredLine[],
): Array<NamedMatch<DesiredLine, PortalOpenLine>> {
  return matchNamed(state.openLines, bindings, desired);
}

function seconds(v: string | number | undefined): number | undefined {
  return v === undefined ? undefined : tryParseDuration(v);
}

/** The attributes the spec sets, in the order the plan shows them (QUEUE is handled separately). */
function attrsOf(l: OpenLine): Attr[] {
  const out: Attr[] = [];
  const add = (field: string, want: unknown, have: Attr['have']) => {
    if (want !== undefined) out.push({ field, want, have });
  };
  add('ACTIVE', l.active, (p) => p.active);
  if (l.crm) {
    add('CRM', l.crm.enabled ?? true, (p) => p.crm);
    add('CRM_CREATE', l.crm.create, (p) => p.crmCreate);
    add('CRM_SOURCE', l.crm.source, (p) => p.crmSource);
    add('CRM_FORWARD', l.crm.forward_to_responsible, (p) => p.crmForward);
  }
  const q = l.queue;
  add('QUEUE_TYPE', q?.type, (p) => p.queueType);
  add('QUEUE_TIME', seconds(q?.time), (p) => p.queueTime);
  add('NO_ANSWER_TIME', seconds(q?.no_answer_time), (p) => p.noAnswerTime);
  add('CHECK_AVAILABLE', q?.check_available, (p) => p.checkAvailable);
  const k = l.kpi;
  add('KPI_FIRST_ANSWER_TIME', seconds(k?.first_answer), (p) => p.kpiFirstAnswerTime);
  add('KPI_FURTHER_ANSWER_TIME', seconds(k?.further_answer), (p) => p.kpiFurtherAnswerTime);
  // `alert` switches both KPI notifications (the spec has one switch; export writes it only when both agree).
  add('KPI_FIRST_ANSWER_ALERT', k?.alert, (p) => p.kpiFirstAnswerAlert);
  add('KPI_FURTHER_ANSWER_ALERT', k?.alert, (p) => p.kpiFurtherAnswerAlert);
  add('KPI_CHECK_OPERATOR_ACTIVITY', k?.check_operator_activity, (p) => p.kpiCheckOperatorActivity);
  // A greeting in the spec is one that is sent: the switch is written with the text, so it is compared too.
  add('WELCOME_MESSAGE', l.welcome_message === undefined ? undefined : true, (p) => p.welcomeOn ?? true);
  add('WELCOME_MESSAGE_TEXT', l.welcome_message, (p) => p.welcomeMessage);
  return out;
}

/** PARAMS as imopenlines.config.add/update take them: Y/N flags, seconds, QUEUE entries (docs/bitrix24/open-lines.md#kpi, #queue). */
function paramValue(field: string, v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 'Y' : 'N';
  if (field === 'QUEUE' && Array.isArray(v))
    return (v as unknown[]).map((id) => ({ ENTITY_TYPE: 'user', ENTITY_ID: id }));
  return v;
}

function paramsOf(name: string, attrs: Array<{ field: string; want: unknown }>): Record<string, unknown> {
  const params: Record<string, unknown> = { LINE_NAME: name };
  for (const a of attrs) {
    params[a.field] = paramValue(a.field, a.want);
    // The greeting is sent only when switched on; the spec gives the text, so switch it on.
    if (a.field === 'WELCOME_MESSAGE_TEXT') params.WELCOME_MESSAGE = 'Y';
  }
  return params;
}

/** Why the portal holds a different value than the one written, for values it silently coerces. */
function coercionNote(field: string, want: unknown, have: unknown): PlanMessage | undefined {
  if (field === 'QUEUE_TYPE' && want === 'all' && have === 'evenly') {
    // Without the imopenlines_can_use_queue_all feature the type is silently stored as evenly
    // (docs/bitrix24/open-lines.md#queue-type).
    return say(M, 'queueAllCoerced');
  }
  return undefined;
}

export function diffOpenLines(
  desired: DesiredLine[] | undefined,
  portal: PortalOpenLine[],
  ctx: PlanContext,
): KindDiff<OpenLineChange> {
  if (desired === undefined) return { changes: [], kept: [] };
  const unreadable = ctx.state.unreadable.openLines;
  if (unreadable !== undefined) {
    const reason = say(M, 'unreadable', { code: unreadable });
    return { changes: refuseAll('openLine', desired, reason, say(M, 'unreadableHint')), kept: [] };
  }
  const matches = matchLines({ openLines: portal }, ctx.binding.openLines, desired);
  const changes = matches.flatMap((m) => lineChange(m, ctx) ?? []);
  const left = unmatchedNamed('openLine', portal, matches, ctx, { current: (p) => ({ name: p.name }) });
  return { changes: [...changes, ...left.deletes], kept: left.kept };
}

/** The change one spec line needs: refused while a queue member is missing, else create or update. */
function lineChange(
  m: NamedMatch<DesiredLine, PortalOpenLine>,
  ctx: PlanContext,
): OpenLineChange | undefined {
  const d = m.desired;
  const base = namedBase('openLine', d);
  const roles = d.line.queue?.users;
  const queue = roles?.map((role) => ({ role, id: ctx.users.get(role) }));
  const missing = (queue ?? []).filter((q) => q.id === undefined);
  if (missing.length > 0) {
    return { ...base, op: 'blocked', wanted: m.portal ? 'update' : 'create', ...missingPeople(missing, ctx) };
  }
  const attrs = attrsOf(d.line);
  const queueIds = queue?.map((q) => q.id as number);
  if (!m.portal) {
    const all: Array<{ field: string; want: unknown }> = [...attrs];
    if (queueIds) all.push({ field: 'QUEUE', want: queueIds });
    return { ...base, op: 'create', desired: { name: d.name, params: paramsOf(d.name, all) } };
  }
  return lineUpdate(d, m.portal, attrs, queueIds, ctx);
}

/** Why a line whose queue names people the portal lacks (or whose users cannot be read) is refused. */
function missingPeople(missing: ReadonlyArray<{ role: string }>, ctx: PlanContext) {
  const code = ctx.state.unreadable.users;
  if (code !== undefined)
    return { reason: say(M, 'usersUnreadable', { code }), hint: say(M, 'usersUnreadableHint') };
  const people = missing.map((q) => ({ role: q.role, email: ctx.spec.users?.[q.role]?.email ?? '?' }));
  return { reason: unknownPeopleReason(people, ctx.state.info.host), hint: UNKNOWN_PERSON_HINT };
}

/** An existing line: the attributes the spec sets that differ, and the queue. */
function lineUpdate(
  d: DesiredLine,
  p: PortalOpenLine,
  attrs: readonly Attr[],
  queueIds: number[] | undefined,
  ctx: PlanContext,
): OpenLineChange | undefined {
  const diffs: FieldDiff[] = [];
  const changed: Array<{ field: string; want: unknown }> = [];
  const notes: PlanMessage[] = [];
  if (p.name !== d.name) diffs.push({ field: 'LINE_NAME', before: p.name, after: d.name });
  for (const a of attrs) {
    const have = a.have(p);
    if (have === a.want) continue;
    diffs.push({ field: a.field, before: have, after: a.want });
    changed.push(a);
    const n = coercionNote(a.field, a.want, have);
    if (n) notes.push(n);
  }
  if (queueIds && queueIds.join(',') !== p.queue.join(',')) {
    if (queueIds.length === 0) {
      // Config::update refuses an empty QUEUE and then writes nothing at all
      // (docs/bitrix24/parity.md#openline-config): the whole update would be lost.
      return {
        ...namedBase('openLine', d),
        op: 'blocked',
        wanted: 'update',
        reason: say(M, 'emptyQueue'),
        hint: say(M, 'emptyQueueHint'),
      };
    }
    diffs.push({
      field: 'QUEUE',
      before: p.queue.map((id) => roleOrId(ctx, id)),
      after: d.line.queue?.users,
    });
    changed.push({ field: 'QUEUE', want: queueIds });
  }
  if (diffs.length === 0) return undefined;
  const note = notes.length === 0 ? undefined : notes.length === 1 ? notes[0] : joinedText(notes);
  return updateOrRename(
    namedBase('openLine', d),
    p,
    diffs,
    { name: d.name, params: paramsOf(d.name, changed) },
    note,
    ctx,
    { reason: say(M, 'protectedRename'), hint: say(M, 'protectedRenameHint') },
  );
}

/** A queue member as the plan shows it: the role that has this user, else the portal id. */
function roleOrId(ctx: PlanContext, id: number): string {
  for (const role of Object.keys(ctx.spec.users ?? {})) if (ctx.users.get(role) === id) return role;
  const u = ctx.state.users.find((x) => x.id === id);
  return u?.email ? u.email : `#${id}`;
}
