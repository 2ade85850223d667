import type {
  DictItem,
  Direction,
  Field,
  LeadStatus,
  LocalizedText,
  Numerator,
  OpenLine,
  Spec,
  User,
  Department,
} from '../spec/spec.generated.js';
import { emptyStateFile, type StateFile } from '../portal/state-file.js';
import { CRM_ENTITIES, type PortalUserField } from '../resources/user-fields/read.js';
import { dealStageEntityId, stripStagePrefix } from '../resources/crm-status/stage-ids.js';
import type { PortalState } from '../resources/state.js';
import { slugify, uniqueKey } from '../resources/slug.js';
import { keptSettings } from '../spec/rules/field-settings.js';

/** Sections `export --sections` can name. */
export const EXPORT_SECTIONS = [
  'directions',
  'fields',
  'segments',
  'lead_sources',
  'lead_statuses',
  'open_lines',
  'numerators',
  'departments',
] as const;
export type ExportSection = (typeof EXPORT_SECTIONS)[number];

/** Field types the spec can express (src/spec/spec.schema.json); others are listed as skipped. */
const SPEC_FIELD_TYPES = new Set([
  'string',
  'integer',
  'double',
  'boolean',
  'enumeration',
  'date',
  'datetime',
  'money',
  'url',
  'address',
  'file',
  'employee',
  'crm',
  'crm_status',
  'iblock_element',
  'iblock_section',
]);

export interface ExportResult {
  spec: Spec;
  binding: StateFile;
  /** Things the export could not express, for the header comment. */
  skipped: string[];
}

/**
 * Turns a portal into a spec: deterministic (stable order), with keys taken from the state file when
 * the portal was exported or applied before, else derived from names. Planning the result against the
 * same portal must show no changes (test/export/round-trip.test.ts).
 */
export function portalToSpec(
  state: PortalState,
  opts: { sections?: readonly ExportSection[]; binding?: StateFile } = {},
): ExportResult {
  const want = new Set(opts.sections ?? EXPORT_SECTIONS);
  const old = opts.binding ?? emptyStateFile(state.info.host);
  const binding = emptyStateFile(state.info.host);
  const skipped: string[] = [];
  const roles = new RoleNamer(state);
  const spec: Spec = { version: 1, standards: 'sales-dept@1', client: state.info.host };

  if (want.has('directions')) spec.directions = exportDirections(state, old, binding);
  if (want.has('fields')) spec.fields = exportFields(state, skipped);
  const dict = (entityId: string): DictItem[] =>
    state.statuses
      .filter((s) => s.entityId === entityId)
      .sort((a, b) => a.sort - b.sort || a.id - b.id)
      .map((s) => ({ code: s.statusId, name: s.name }));
  if (want.has('segments'))
    spec.segments = { contact_types: dict('CONTACT_TYPE'), company_types: dict('COMPANY_TYPE') };
  if (want.has('lead_sources')) spec.lead_sources = dict('SOURCE');
  if (want.has('lead_statuses')) {
    spec.lead_statuses = state.statuses
      .filter((s) => s.entityId === 'STATUS')
      .sort((a, b) => a.sort - b.sort || a.id - b.id)
      .map((s): LeadStatus => {
        const out: LeadStatus = { code: s.statusId, name: s.name };
        if (s.color) out.color = s.color;
        if (s.semantics === 'S') out.semantics = 'success';
        if (s.semantics === 'F') out.semantics = 'failure';
        return out;
      });
  }
  if (want.has('open_lines') && !state.unreadable.openLines)
    spec.open_lines = exportOpenLines(state, roles, binding);
  if (want.has('numerators') && !state.unreadable.numerators) {
    spec.numerators = state.numerators.map((n): Numerator => {
      // Keep the record that b24cfg created it over REST (only then may REST change it, rest-map §8).
      const viaRest = Object.values(old.numerators).some((b) => b.id === n.id && b.viaRest === true);
      binding.numerators[n.name] = { id: n.id, lastName: n.name, ...(viaRest ? { viaRest } : {}) };
      const out: Numerator = { name: n.name, template: n.template };
      if (n.start !== 1) out.start = n.start;
      if (n.step !== 1) out.step = n.step;
      if (n.length !== 0) out.length = n.length;
      if (n.padString !== '0' && n.padString !== '') out.pad = n.padString.slice(0, 1);
      if (n.periodicBy) out.period = n.periodicBy as Numerator['period'];
      return out;
    });
  }
  for (const t of state.documentTemplates) {
    const prev = old.documentTemplates[t.name];
    binding.documentTemplates[t.name] = {
      id: t.id,
      lastName: t.name,
      ...(prev?.fileHash ? { fileHash: prev.fileHash } : {}),
    };
  }
  if (want.has('departments') && !state.unreadable.departments)
    spec.departments = exportDepartments(state, roles);
  const users = roles.users();
  if (Object.keys(users).length > 0) spec.users = users;
  spec.manage = {
    prune: false,
    protect: spec.directions?.some((d) => d.key === 'default') ? ['default'] : [],
  };
  return { spec: orderSpec(spec), binding, skipped };
}

function exportDirections(state: PortalState, old: StateFile, binding: StateFile): Direction[] {
  const taken = new Set<string>(['default']);
  const keyById = new Map<number, string>();
  // Keep keys a previous export or apply bound (stable across exports), then derive the rest.
  for (const [key, b] of Object.entries(old.pipelines).sort(([a], [c]) => a.localeCompare(c))) {
    if (state.pipelines.some((p) => p.id === b.id && p.id !== 0) && !taken.has(key)) {
      keyById.set(b.id, key);
      taken.add(key);
    }
  }
  return [...state.pipelines]
    .sort((a, b) => a.sort - b.sort || a.id - b.id)
    .map((p) => {
      const key =
        p.id === 0 ? 'default' : (keyById.get(p.id) ?? uniqueKey(slugify(p.name, `pipeline-${p.id}`), taken));
      if (p.id !== 0) binding.pipelines[key] = { id: p.id, lastName: p.name };
      const stages = state.statuses
        .filter((s) => s.entityId === dealStageEntityId(p.id))
        .sort((a, b) => a.sort - b.sort || a.id - b.id);
      const dir: Direction = { key, name: p.name };
      const process = stages.filter((s) => s.semantics === null);
      if (process.length > 0) {
        dir.stages = process.map((s) =>
          withColor({ code: stripStagePrefix(s.statusId), name: s.name }, s.color),
        );
      }
      const won = stages.find((s) => s.semantics === 'S');
      if (won) dir.won = withColor({ name: won.name }, won.color);
      const lose = stages.find((s) => s.semantics === 'F' && stripStagePrefix(s.statusId) === 'LOSE');
      const reasons = stages.filter((s) => s.semantics === 'F' && stripStagePrefix(s.statusId) !== 'LOSE');
      if (lose || reasons.length > 0) {
        dir.lost = {};
        if (lose) Object.assign(dir.lost, withColor({ name: lose.name }, lose.color));
        if (reasons.length > 0)
          dir.lost.reasons = reasons.map((s) =>
            withColor({ code: stripStagePrefix(s.statusId), name: s.name }, s.color),
          );
      }
      return dir;
    });
}

function withColor<T extends object>(o: T, color: string | null): T & { color?: string } {
  return color ? { ...o, color } : o;
}

function exportLabel(f: PortalUserField): LocalizedText {
  const langs = Object.keys(f.labels).sort();
  const values = langs.map((l) => f.labels[l] as string);
  if (values.length === 0) return f.fieldName;
  if (values.every((v) => v === values[0])) return values[0] === '' ? f.fieldName : (values[0] as string);
  return Object.fromEntries(langs.map((l) => [l, f.labels[l] as string]));
}

function exportFields(state: PortalState, skipped: string[]): NonNullable<Spec['fields']> {
  const out: NonNullable<Spec['fields']> = {};
  for (const entity of CRM_ENTITIES) {
    if (state.unreadable.userFields) continue;
    out[entity] = state.userFields[entity].flatMap((f): Field[] => {
      if (!SPEC_FIELD_TYPES.has(f.type)) {
        skipped.push(`${entity}.${f.fieldName} (${f.type})`);
        return [];
      }
      const field: Field = {
        code: f.fieldName.replace(/^UF_CRM_/, ''),
        type: f.type as Field['type'],
        label: exportLabel(f),
      };
      if (f.multiple) field.multiple = true;
      if (f.mandatory) field.mandatory = true;
      if (!f.showFilter) field.show_filter = false;
      if (!f.showInList) field.show_in_list = false;
      if (f.sort !== 100) field.sort = f.sort;
      // Only what a portal keeps over REST: any other stored key would be refused by validate.
      const settings = keptSettings(f.type, f.settings);
      if (Object.keys(settings).length > 0) field.settings = settings;
      if (f.type === 'enumeration') {
        field.items = f.list.map((i) =>
          i.def ? { xml_id: i.xmlId, value: i.value, default: true } : { xml_id: i.xmlId, value: i.value },
        );
      }
      return [field];
    });
  }
  return out;
}

/** Seconds → the shortest exact duration string (900 → "15m", 7200 → "2h"). */
export function durationOf(seconds: number): string | number {
  if (seconds > 0 && seconds % 86400 === 0) return `${seconds / 86400}d`;
  if (seconds > 0 && seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds > 0 && seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

function exportOpenLines(state: PortalState, roles: RoleNamer, binding: StateFile): OpenLine[] {
  return state.openLines.map((l) => {
    binding.openLines[l.name] = { id: l.id, lastName: l.name };
    const line: OpenLine = {
      name: l.name,
      active: l.active,
      crm: { enabled: l.crm, create: l.crmCreate, forward_to_responsible: l.crmForward },
      queue: {
        type: l.queueType,
        users: l.queue.map((id) => roles.roleOf(id)),
        time: durationOf(l.queueTime),
        no_answer_time: durationOf(l.noAnswerTime),
        check_available: l.checkAvailable,
      },
      kpi: {
        first_answer: durationOf(l.kpiFirstAnswerTime),
        further_answer: durationOf(l.kpiFurtherAnswerTime),
        // The spec has one alert switch for both KPIs: written only when the portal's two agree.
        alert: l.kpiFirstAnswerAlert === l.kpiFurtherAnswerAlert ? l.kpiFirstAnswerAlert : undefined,
        check_operator_activity: l.kpiCheckOperatorActivity,
      },
    };
    if (l.crmSource) line.crm!.source = l.crmSource;
    if (l.welcomeMessage) line.welcome_message = l.welcomeMessage;
    return line;
  });
}

function exportDepartments(state: PortalState, roles: RoleNamer): Department[] {
  const byId = new Map(state.departments.map((d) => [d.id, d]));
  return state.departments.map((d) => {
    const out: Department = { name: d.name };
    if (d.headUserId) out.head = roles.roleOf(d.headUserId);
    const parent = d.parentId ? byId.get(d.parentId) : undefined;
    if (parent) out.parent = parent.name;
    return out;
  });
}

/** Users referenced by the export become roles keyed by the local part of their e-mail. */
class RoleNamer {
  private byId = new Map<number, string>();
  private taken = new Set<string>();
  private out: Record<string, User> = {};
  constructor(private state: PortalState) {}
  roleOf(userId: number): string {
    const known = this.byId.get(userId);
    if (known) return known;
    const u = this.state.users.find((x) => x.id === userId);
    const base = slugify((u?.email.split('@')[0] ?? '').replace(/[.-]/g, '_'), `user_${userId}`).replace(
      /-/g,
      '_',
    );
    const role = uniqueKey(/^[a-z]/.test(base) ? base : `user_${base}`, this.taken);
    this.byId.set(userId, role);
    const user: User = { email: u?.email || `user${userId}@unknown.invalid` };
    const name = [u?.name, u?.lastName].filter(Boolean).join(' ');
    if (name) user.name = name;
    this.out[role] = user;
    return role;
  }
  users(): Record<string, User> {
    return Object.fromEntries(Object.entries(this.out).sort(([a], [b]) => a.localeCompare(b)));
  }
}

/** Top-level keys in the order DESIGN.md §2 shows them. */
function orderSpec(spec: Spec): Spec {
  const order: Array<keyof Spec> = [
    'version',
    'standards',
    'client',
    'users',
    'departments',
    'directions',
    'fields',
    'segments',
    'lead_sources',
    'lead_statuses',
    'open_lines',
    'numerators',
    'manage',
  ];
  const out: Record<string, unknown> = {};
  for (const k of order) if (spec[k] !== undefined) out[k] = spec[k];
  return out as unknown as Spec;
}
