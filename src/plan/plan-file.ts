import { readFile } from 'node:fs/promises';
import { b24cfgCommand, type CommandArg, type PortalArg } from '../core/command-line.js';
import { errorOf } from '../core/errors.js';
import { jsonPlaces } from '../core/json-locate.js';
import { PLAN_FILE_ERRORS } from './messages.js';
import { validate as generatedValidate } from './plan-file-validator.generated.js';
import { PLAN_FORMAT_VERSION, summarize, type Plan } from '../resources/plan.js';
import { resourceKinds } from '../resources/registry.js';

/**
 * The change kinds a plan may carry, from the kinds registry: the schema only says a kind is a
 * string, so that adding a resource kind does not mean editing the plan file's schema as well.
 */
const CHANGE_KINDS: readonly string[] = resourceKinds.flatMap((k) => k.changeKinds as readonly string[]);

/** The first change or kept object whose kind no registered kind owns, as a JSON pointer. */
function unknownKind(plan: Plan): string | undefined {
  const known = (kind: unknown) => typeof kind === 'string' && CHANGE_KINDS.includes(kind);
  const change = plan.changes.findIndex((c) => !known(c.kind));
  if (change >= 0) return `/changes/${change}/kind`;
  const kept = plan.kept.findIndex((k) => !known(k.kind));
  return kept >= 0 ? `/kept/${kept}/kind` : undefined;
}

/** The part of an ajv error the reader uses (the validator is ajv standalone code, `npm run gen:validator`). */
interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

interface CompiledValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/**
 * src/plan/plan-file.schema.json compiled ahead of time with the options of scripts/gen-plan-validator.mjs
 * (first error only; the change's branch picked by `op`).
 */
const validate = generatedValidate as unknown as CompiledValidator;

/** `/changes/3/desired` → `changes[3].desired`: how a field is named in messages. */
function fieldOf(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((out, t) => (/^\d+$/.test(t) ? `${out}[${t}]` : out === '' ? t : `${out}.${t}`), '');
}

function schemaProblem(e: SchemaError): {
  key: keyof typeof PLAN_FILE_ERRORS;
  pointer: string;
  /** Point at the member's key (an unknown field) rather than its value. */
  atKey: boolean;
  data: Record<string, string>;
} {
  const here = e.instancePath;
  switch (e.keyword) {
    case 'additionalProperties': {
      const pointer = `${here}/${String(e.params.additionalProperty)}`;
      return { key: 'planUnknownField', pointer, atKey: true, data: { field: fieldOf(pointer) } };
    }
    case 'required': {
      const field = fieldOf(`${here}/${String(e.params.missingProperty)}`);
      return { key: 'planMissingField', pointer: here, atKey: false, data: { field } };
    }
    case 'type':
      return {
        key: 'planWrongType',
        pointer: here,
        atKey: false,
        data: { field: fieldOf(here), type: String(e.params.type) },
      };
    case 'const':
    case 'enum': {
      const allowed = e.keyword === 'const' ? [e.params.allowedValue] : (e.params.allowedValues as unknown[]);
      const list = allowed.map((v) => JSON.stringify(v)).join(', ');
      return {
        key: 'planNotAllowed',
        pointer: here,
        atKey: false,
        data: { field: fieldOf(here), allowed: list },
      };
    }
    case 'discriminator': {
      // The change's `op` is missing or not one of the six.
      const pointer = `${here}/op`;
      const allowed = ['create', 'update', 'rename', 'delete', 'blocked', 'manual'].map((v) =>
        JSON.stringify(v),
      );
      return {
        key: 'planNotAllowed',
        pointer,
        atKey: false,
        data: { field: fieldOf(pointer), allowed: allowed.join(', ') },
      };
    }
    default:
      return { key: 'planBadValue', pointer: here, atKey: false, data: { field: fieldOf(here) || '/' } };
  }
}

/** What a hint writes where it cannot know the spec or the portal (a plan file that is not read). */
const UNNAMED_SPEC = { raw: '<spec>' };
const UNNAMED_PORTAL = { raw: '<portal>' };

/**
 * A saved plan, checked before anything trusts it: JSON, a b24cfg plan, of the format this version
 * writes, exactly the fields `plan --out` writes with the types it writes (src/plan/plan-file.schema.json),
 * and a summary that still matches the changes. `path` is only for messages: pure, so `apply plan.json`
 * and a later re-plan-and-compare can both start from a typed Plan. Errors are PLAN_FILE_INVALID,
 * located at `path:line:col` where there is a place to name.
 */
export function readPlanFile(text: string, path: string, portal: PortalArg = UNNAMED_PORTAL): Plan {
  const remakeWith = (spec: CommandArg) => b24cfgCommand('plan', spec, '--portal', portal, '--out', path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw errorOf(PLAN_FILE_ERRORS, 'PLAN_FILE_INVALID', {
      where: path,
      data: { why: e instanceof Error ? e.message : String(e), remake: remakeWith(UNNAMED_SPEC) },
    });
  }
  const places = jsonPlaces(text);
  const at = (pointer: string, atKey = false) => {
    const p = atKey ? places.key(pointer) : places.value(pointer);
    return p ? `${path}:${p.line}:${p.col}` : path;
  };
  const record =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  const specFile: CommandArg =
    record?.spec && typeof (record.spec as { file?: unknown }).file === 'string'
      ? (record.spec as { file: string }).file
      : UNNAMED_SPEC;
  const remake = { remake: remakeWith(specFile) };
  if (record === undefined || !('formatVersion' in record))
    throw errorOf(PLAN_FILE_ERRORS, 'planNotAPlan', { where: path, data: { file: path, ...remake } });
  if (record.formatVersion !== PLAN_FORMAT_VERSION) {
    throw errorOf(PLAN_FILE_ERRORS, 'planVersion', {
      where: at('/formatVersion'),
      data: { ...remake, found: JSON.stringify(record.formatVersion), expected: PLAN_FORMAT_VERSION },
    });
  }
  if (!validate(value)) {
    const first = validate.errors?.[0];
    const p = first
      ? schemaProblem(first)
      : { key: 'planBadValue' as const, pointer: '', atKey: false, data: { field: '/' } };
    throw errorOf(PLAN_FILE_ERRORS, p.key, { where: at(p.pointer, p.atKey), data: { ...remake, ...p.data } });
  }
  const plan = value as Plan;
  const badKind = unknownKind(plan);
  if (badKind !== undefined)
    throw errorOf(PLAN_FILE_ERRORS, 'planNotAllowed', {
      where: at(badKind),
      data: {
        ...remake,
        field: fieldOf(badKind),
        allowed: CHANGE_KINDS.map((k) => JSON.stringify(k)).join(', '),
      },
    });
  const seen = new Set<string>();
  for (const [i, c] of plan.changes.entries()) {
    if (seen.has(c.id))
      throw errorOf(PLAN_FILE_ERRORS, 'planDuplicateChange', {
        where: at(`/changes/${i}/id`),
        data: { ...remake, id: c.id },
      });
    seen.add(c.id);
  }
  const counted = summarize(plan.changes);
  if ((Object.keys(counted) as Array<keyof typeof counted>).some((k) => counted[k] !== plan.summary[k]))
    throw errorOf(PLAN_FILE_ERRORS, 'planSummaryMismatch', { where: at('/summary'), data: remake });
  return plan;
}

/**
 * Reads and checks the plan file at `abs`; messages name it as the user did (`shownAs`), and their
 * hints name the portal as the command line did (issue 16, item 4).
 */
export async function loadPlanFile(abs: string, shownAs: string, portal?: PortalArg): Promise<Plan> {
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (e) {
    throw errorOf(PLAN_FILE_ERRORS, 'PLAN_FILE_INVALID', {
      where: shownAs,
      data: {
        why: e instanceof Error ? e.message : String(e),
        remake: b24cfgCommand('plan', UNNAMED_SPEC, '--portal', portal ?? UNNAMED_PORTAL, '--out', shownAs),
      },
    });
  }
  return readPlanFile(text, shownAs, portal);
}
