/**
 * crm.documentgenerator.template.* and .numerator.* (docs/bitrix24/parity.md#docgen-template,
 * #docgen-numerator). Engine errors of this module carry the code "0" (fixture
 * crm.documentgenerator.template.add.error.json). REST forces isDefault=N and moduleId=crm; the list is
 * an OBJECT keyed by template id; numerators made in the UI are read-only over REST.
 */
import { createHash } from 'node:crypto';
import { type HandlerContext, type MethodDef, ok } from '../context.js';
import { runList } from '../query/list.js';
import { createTable, projectRow, selectFields, type FieldDef } from '../query/table.js';
import { RestError } from '../rest-error.js';
import {
  nextId,
  type SandboxState,
  type SbDocumentTemplate,
  type SbNumerator,
  type SbNumeratorSettings,
} from '../state.js';
import { asList, asText, isRecord, isYes, param, toInt, yn, type Params } from '../values.js';

const GENERATOR_KEY = 'Bitrix_Main_Numerator_Generator_SequentNumberGenerator';

function docgenError(description: string): RestError {
  return new RestError(400, '0', description);
}

function fieldsOf(params: Params): Record<string, unknown> {
  const f = param(params, 'fields');
  return isRecord(f) ? f : {};
}

function numeratorSettings(raw: unknown, base?: SbNumeratorSettings): SbNumeratorSettings {
  const s = isRecord(raw) && isRecord(raw[GENERATOR_KEY]) ? raw[GENERATOR_KEY] : {};
  const text = (v: unknown, fallback: string | null): string | null => {
    if (v === undefined) return fallback;
    const t = asText(v) ?? '';
    return t === '' ? null : t;
  };
  return {
    start: s.start !== undefined ? toInt(s.start) : (base?.start ?? 1),
    step: s.step !== undefined ? toInt(s.step) : (base?.step ?? 1),
    length: s.length !== undefined ? toInt(s.length) : (base?.length ?? 0),
    padString: s.padString !== undefined ? (asText(s.padString) ?? '0') : (base?.padString ?? '0'),
    periodicBy: text(s.periodicBy, base?.periodicBy ?? null),
    timezone: text(s.timezone, base?.timezone ?? null),
    isDirectNumeration:
      s.isDirectNumeration !== undefined ? isYes(s.isDirectNumeration) : (base?.isDirectNumeration ?? false),
  };
}

function numeratorView(n: SbNumerator, idAsNumber = false): Record<string, unknown> {
  return {
    id: idAsNumber ? n.id : String(n.id),
    name: n.name,
    template: n.template,
    code: n.code,
    settings: { [GENERATOR_KEY]: { ...n.settings } },
  };
}

function findNumerator(state: SandboxState, params: Params): SbNumerator {
  const id = toInt(param(params, 'id'));
  const n = state.numerators.find((x) => x.id === id);
  if (!n) throw docgenError(`Numerator with id ${id} is not found`);
  return n;
}

/**
 * Only numerators created through REST can be changed or deleted through REST: the module keeps their
 * ids in an option and refuses the others with DOCGEN_ACCESS_ERROR (docs/bitrix24/parity.md#docgen-numerator).
 */
function restOnly(n: SbNumerator): void {
  if (!n.createdViaRest) throw new RestError(400, 'DOCGEN_ACCESS_ERROR', 'Access denied');
}

function decodeFile(raw: unknown): { name: string; sha256: string; size: number } | undefined {
  const parts = asList(raw);
  const name = asText(parts[0]) ?? '';
  const content = asText(parts[1]) ?? '';
  if (content === '') return undefined;
  const bytes = Buffer.from(content, 'base64');
  return {
    name: name === '' ? 'template.docx' : name,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
  };
}

function downloadUrl(state: SandboxState, id: number): string {
  return `https://${state.settings.portalHost}/bitrix/services/main/ajax.php?action=crm.documentgenerator.template.download&SITE_ID=s1&id=${id}`;
}

function machineUrl(state: SandboxState, id: number): string {
  return `https://${state.settings.portalHost}/rest/crm.documentgenerator.template.download.json?auth=***&token=***&id=${id}`;
}

/** The template object of add/get/update (fixture crm.documentgenerator.template.get.json). */
function templateView(
  state: SandboxState,
  t: SbDocumentTemplate,
  iso: (ms: number) => string,
): Record<string, unknown> {
  return {
    id: String(t.id),
    name: t.name,
    region: t.region,
    code: t.code,
    download: downloadUrl(state, t.id),
    active: yn(t.active),
    moduleId: t.moduleId,
    numeratorId: String(t.numeratorId),
    withStamps: yn(t.withStamps),
    users: t.users.length > 0 ? Object.fromEntries(t.users.map((u) => [u, u])) : [],
    isDeleted: yn(t.isDeleted),
    sort: String(t.sort),
    downloadMachine: machineUrl(state, t.id),
    entityTypeId: [...t.entityTypeId],
    createTime: iso(t.createTime),
    updateTime: iso(t.updateTime),
  };
}

function templateTable(state: SandboxState, iso: (ms: number) => string) {
  const f = (
    name: string,
    kind: FieldDef<SbDocumentTemplate>['kind'],
    get: (t: SbDocumentTemplate) => unknown,
    out?: (t: SbDocumentTemplate) => unknown,
  ): FieldDef<SbDocumentTemplate> => ({ name, kind, get, out: out ?? get });
  return createTable<SbDocumentTemplate>(
    [
      f(
        'id',
        'int',
        (t) => t.id,
        (t) => String(t.id),
      ),
      f('name', 'string', (t) => t.name),
      f('region', 'string', (t) => t.region),
      f('code', 'string', (t) => t.code),
      f('download', 'string', (t) => downloadUrl(state, t.id)),
      f('active', 'string', (t) => yn(t.active)),
      f('moduleId', 'string', (t) => t.moduleId),
      f(
        'numeratorId',
        'int',
        (t) => t.numeratorId,
        (t) => String(t.numeratorId),
      ),
      f('withStamps', 'string', (t) => yn(t.withStamps)),
      // In the list, users is an array of access codes (fixture crm.documentgenerator.template.list.json).
      f(
        'users',
        'list',
        (t) => t.users,
        (t) => [...t.users],
      ),
      f('isDeleted', 'string', (t) => yn(t.isDeleted)),
      f(
        'sort',
        'int',
        (t) => t.sort,
        (t) => String(t.sort),
      ),
      f(
        'entityTypeId',
        'list',
        (t) => t.entityTypeId,
        (t) => [...t.entityTypeId],
      ),
      f('downloadMachine', 'string', (t) => machineUrl(state, t.id)),
      f(
        'createTime',
        'date',
        (t) => t.createTime,
        (t) => iso(t.createTime),
      ),
      f(
        'updateTime',
        'date',
        (t) => t.updateTime,
        (t) => iso(t.updateTime),
      ),
    ],
    { idField: 'id', utcOffsetMinutes: state.settings.utcOffsetMinutes },
  );
}

function findTemplate(state: SandboxState, params: Params): SbDocumentTemplate {
  const id = toInt(param(params, 'id'));
  const t = state.documentTemplates.find((x) => x.id === id && !x.isDeleted);
  if (!t) throw docgenError(`Template with id ${id} is not found`);
  return t;
}

function applyTemplateFields(t: SbDocumentTemplate, fields: Record<string, unknown>): void {
  if (fields.name !== undefined) t.name = asText(fields.name) ?? t.name;
  if (fields.region !== undefined) t.region = asText(fields.region) ?? t.region;
  if (fields.numeratorId !== undefined) t.numeratorId = toInt(fields.numeratorId);
  if (fields.entityTypeId !== undefined)
    t.entityTypeId = asList(fields.entityTypeId)
      .map((v) => asText(v) ?? '')
      .filter((v) => v !== '');
  if (fields.users !== undefined)
    t.users = asList(fields.users)
      .map((v) => asText(v) ?? '')
      .filter((v) => v !== '');
  if (fields.active !== undefined) t.active = isYes(fields.active);
  if (fields.withStamps !== undefined) t.withStamps = isYes(fields.withStamps);
  if (fields.sort !== undefined) t.sort = toInt(fields.sort);
}

function addTemplate(params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const fields = fieldsOf(params);
  const file = decodeFile(fields.file);
  const entityTypes = asList(fields.entityTypeId);
  // The controller lists what is missing in this order ("Empty required fields: numeratorId").
  const missing: string[] = [];
  if ((asText(fields.name) ?? '') === '') missing.push('name');
  if (!file) missing.push('file');
  if (toInt(fields.numeratorId) <= 0) missing.push('numeratorId');
  if ((asText(fields.region) ?? '') === '') missing.push('region');
  if (entityTypes.length === 0) missing.push('entityTypeId');
  if (missing.length > 0 || !file) throw docgenError(`Empty required fields: ${missing.join(', ')}`);
  const now = ctx.clock.now();
  const t: SbDocumentTemplate = {
    id: nextId(state, 'documentTemplates'),
    name: '',
    region: '',
    code: null,
    active: true,
    moduleId: 'crm',
    numeratorId: 0,
    withStamps: false,
    users: [`U${ctx.userId}`],
    isDeleted: false,
    // REST cannot make a default template (docs/bitrix24/parity.md#docgen-template).
    isDefault: false,
    sort: 500,
    entityTypeId: [],
    createTime: now,
    updateTime: now,
    file,
  };
  applyTemplateFields(t, fields);
  if (t.users.length === 0) t.users = [`U${ctx.userId}`];
  state.documentTemplates.push(t);
  ctx.changed();
  return ok({ template: templateView(state, t, ctx.iso) });
}

function updateTemplate(params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const t = findTemplate(state, params);
  const fields = fieldsOf(params);
  const file = decodeFile(fields.file);
  if (file) t.file = file;
  applyTemplateFields(t, fields);
  t.isDefault = false;
  t.updateTime = ctx.clock.now();
  ctx.changed();
  return ok({ template: templateView(state, t, ctx.iso) });
}

function listTemplates(params: Params, ctx: HandlerContext) {
  const { state } = ctx;
  const table = templateTable(state, ctx.iso);
  const filterRaw = param(params, 'filter');
  const filter: Record<string, unknown> = isRecord(filterRaw) ? { ...filterRaw } : {};
  // isDeleted defaults to N and moduleId is forced to crm (docs/bitrix24/parity.md#docgen-template).
  if (!Object.keys(filter).some((k) => /isdeleted$/i.test(k))) filter.isDeleted = 'N';
  filter.moduleId = 'crm';
  const page = runList(table, state.documentTemplates, {
    filter,
    order: param(params, 'order'),
    start: param(params, 'start'),
    defaultOrder: [{ field: 'id', desc: false }],
  });
  const fields = selectFields(table, param(params, 'select'), {
    always: ['id', 'download', 'downloadMachine'],
  });
  const rows = page.rows.map((t) => [String(t.id), projectRow(t, fields)] as const);
  return ok({ templates: rows.length > 0 ? Object.fromEntries(rows) : [] }, page.total, page.next);
}

function templateFields(params: Params, ctx: HandlerContext) {
  findTemplate(ctx.state, params);
  const values = param(params, 'values');
  const v = isRecord(values) ? values : {};
  const number = asText(v.DocumentNumber) ?? `${new Date(ctx.clock.now()).getUTCFullYear()}-001`;
  return ok({
    templateFields: {
      DocumentNumber: {
        title: 'Номер',
        value: number,
        required: 'Y',
        group: ['Документ'],
        chain: 'this.DOCUMENT.DOCUMENT_NUMBER',
        default: number,
      },
      MyCompanyUfLogo: {
        title: 'Логотип',
        value: null,
        type: 'IMAGE',
        group: ['Документ', 'Моя компания'],
        chain: 'this.SOURCE.MY_COMPANY.UF_LOGO',
        default: null,
      },
      MY_COMPANY: {
        title: 'Моя компания',
        value: [{ value: '1', title: 'Моя компания', selected: true }],
        group: ['Документ', 'Моя компания'],
      },
    },
  });
}

export const docgenMethods: MethodDef[] = [
  { name: 'crm.documentgenerator.template.list', scopes: ['crm'], write: false, handler: listTemplates },
  {
    name: 'crm.documentgenerator.template.get',
    scopes: ['crm'],
    write: false,
    handler: (params, ctx) =>
      ok({ template: templateView(ctx.state, findTemplate(ctx.state, params), ctx.iso) }),
  },
  { name: 'crm.documentgenerator.template.add', scopes: ['crm'], write: true, handler: addTemplate },
  { name: 'crm.documentgenerator.template.update', scopes: ['crm'], write: true, handler: updateTemplate },
  {
    name: 'crm.documentgenerator.template.delete',
    scopes: ['crm'],
    write: true,
    handler: (params, ctx) => {
      const t = findTemplate(ctx.state, params);
      ctx.state.documentTemplates = ctx.state.documentTemplates.filter((x) => x.id !== t.id);
      ctx.changed();
      return ok(null);
    },
  },
  {
    name: 'crm.documentgenerator.template.getfields',
    scopes: ['crm'],
    write: false,
    handler: templateFields,
  },
  {
    name: 'crm.documentgenerator.numerator.list',
    scopes: ['crm'],
    write: false,
    handler: (params, ctx) => {
      const table = createTable<SbNumerator>(
        [{ name: 'id', kind: 'int', get: (n) => n.id, out: (n) => String(n.id) }],
        { idField: 'id', utcOffsetMinutes: ctx.state.settings.utcOffsetMinutes },
      );
      const page = runList(table, ctx.state.numerators, {
        start: param(params, 'start'),
        defaultOrder: [{ field: 'id', desc: false }],
      });
      const rows = page.rows.map((n) => {
        const { code: _code, ...rest } = numeratorView(n);
        return rest;
      });
      // The controller counts the rows of this page as the total, so there is never a `next`
      // (docs/bitrix24/parity.md#docgen-numerator).
      return ok({ numerators: rows }, rows.length);
    },
  },
  {
    name: 'crm.documentgenerator.numerator.get',
    scopes: ['crm'],
    write: false,
    handler: (params, ctx) => ok({ numerator: numeratorView(findNumerator(ctx.state, params)) }),
  },
  {
    name: 'crm.documentgenerator.numerator.add',
    scopes: ['crm'],
    write: true,
    handler: (params, ctx) => {
      const fields = fieldsOf(params);
      const missing = ['name', 'template'].filter((k) => (asText(fields[k]) ?? '') === '');
      if (missing.length > 0) throw docgenError(`Empty required fields: ${missing.join(', ')}`);
      const n: SbNumerator = {
        id: nextId(ctx.state, 'numerators'),
        name: asText(fields.name) ?? '',
        template: asText(fields.template) ?? '',
        code: null,
        settings: numeratorSettings(fields.settings),
        createdViaRest: true,
      };
      ctx.state.numerators.push(n);
      ctx.changed();
      // add prints the new id as a number, get and list as a string (fixtures).
      return ok({ numerator: numeratorView(n, true) });
    },
  },
  {
    name: 'crm.documentgenerator.numerator.update',
    scopes: ['crm'],
    write: true,
    handler: (params, ctx) => {
      const n = findNumerator(ctx.state, params);
      restOnly(n);
      const fields = fieldsOf(params);
      if (fields.name !== undefined) n.name = asText(fields.name) ?? n.name;
      if (fields.template !== undefined) n.template = asText(fields.template) ?? n.template;
      if (fields.settings !== undefined) n.settings = numeratorSettings(fields.settings, n.settings);
      ctx.changed();
      // update answers with the numerator itself, not wrapped (fixture crm.documentgenerator.numerator.update.json).
      return ok(numeratorView(n));
    },
  },
  {
    name: 'crm.documentgenerator.numerator.delete',
    scopes: ['crm'],
    write: true,
    handler: (params, ctx) => {
      const n = findNumerator(ctx.state, params);
      restOnly(n);
      if (ctx.state.documentTemplates.some((t) => t.numeratorId === n.id)) {
        throw docgenError(`Numerator ${n.id} is used by a template`);
      }
      ctx.state.numerators = ctx.state.numerators.filter((x) => x.id !== n.id);
      ctx.changed();
      return ok(null);
    },
  },
];
