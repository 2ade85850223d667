import type { ErrorObject } from 'ajv';
import { escapePointer } from './located.js';
import { makeProblem } from './problem.js';
import { jsonTypeOf, schemaMeta, TYPE_NAMES, type SchemaMessageId } from './schema-meta.js';
import { validate as generatedValidate } from './schema-validator.generated.js';
import type { Locate, SpecProblem } from './types.js';
import { closest } from './suggest.js';
import type { TextData } from '../core/i18n.js';

/** The shape of an ajv validate function: `errors` holds the last call's errors. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * The spec's JSON Schema compiled ahead of time (ajv standalone code, `npm run gen:validator`, with the
 * options in scripts/gen-spec-validator.mjs: allErrors, verbose, strict): importing ajv and compiling
 * the schema at start-up cost more than the rest of `b24cfg validate` (issue #8).
 */
const validate = generatedValidate as unknown as CompiledValidator;

/** Schema problems of a plain spec value, in our own words, each located when `locate` knows the place. */
export function checkSchema(value: unknown, locate?: Locate): SpecProblem[] {
  return schemaProblems(validate, value, locate);
}

/**
 * The same for any document b24cfg reads as located YAML (the fleet file too): `check` is an ajv standalone
 * validator built with the spec's options (allErrors, verbose), whose errors are put in our words.
 */
export function schemaProblems(check: CompiledValidator, value: unknown, locate?: Locate): SpecProblem[] {
  if (check(value)) return [];
  const errors = pruneAnyOf(check.errors ?? []);
  const seen = new Set<string>();
  const out: SpecProblem[] = [];
  for (const e of errors) {
    const problem = toProblem(e, locate);
    if (!problem) continue;
    const id = `${problem.path}|${problem.messageId}|${problem.message.en}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(problem);
  }
  return out;
}

function branchMatchesType(branch: unknown, value: unknown): boolean {
  const t = (branch as { type?: string | string[] }).type;
  if (t === undefined) return true;
  const actual = jsonTypeOf(value);
  const types = Array.isArray(t) ? t : [t];
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

/**
 * ajv reports every failed anyOf branch. When exactly one branch has the value's type (an object given
 * where "a string or a language map" is allowed), only that branch's errors matter; otherwise one
 * "matches none of the forms" problem replaces them all.
 */
function pruneAnyOf(errors: readonly ErrorObject[]): ErrorObject[] {
  let out = [...errors];
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf')) {
    const branches = (anyOf.schema as unknown[]) ?? [];
    const inBranch = (e: ErrorObject, i?: number) =>
      e !== anyOf &&
      e.instancePath.startsWith(anyOf.instancePath) &&
      e.schemaPath.startsWith(`${anyOf.schemaPath}/${i ?? ''}`);
    const fitting = branches.map((b, i) => (branchMatchesType(b, anyOf.data) ? i : -1)).filter((i) => i >= 0);
    const only = fitting.length === 1 ? fitting[0] : undefined;
    if (only !== undefined) {
      out = out.filter((e) => e !== anyOf && (!inBranch(e) || inBranch(e, only)));
    } else {
      out = out.filter((e) => !inBranch(e));
    }
  }
  return out;
}

function typeText(types: readonly string[]): { ru: string; en: string } {
  const names = types.map((t) => TYPE_NAMES[t] ?? { ru: t, en: t });
  return {
    ru: names.map((n) => n.ru).join(' или '),
    en: names.map((n) => n.en).join(' or '),
  };
}

function shown(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function toProblem(e: ErrorObject, locate?: Locate): SpecProblem | undefined {
  const path = e.instancePath;
  const params = e.params as Record<string, unknown>;
  const report = (messageId: SchemaMessageId, data: TextData, at = path, part: 'key' | 'value' = 'value') =>
    makeProblem(schemaMeta, { messageId, data, path: at, part }, locate);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const props = Object.keys(
        (e.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      ).filter((k) => k !== '$schema');
      const suggestion = closest(key, props);
      const at = `${path}/${escapePointer(key)}`;
      const data = { key, allowed: props.join(', '), ...(suggestion ? { suggestion } : {}) };
      return report(suggestion ? 'unknownKeySuggest' : 'unknownKey', data, at, 'key');
    }
    case 'propertyNames':
      return report(
        'propertyName',
        { key: String(params.propertyName) },
        `${path}/${escapePointer(String(params.propertyName))}`,
        'key',
      );
    case 'type': {
      const expected = String(params.type).split(',');
      const t = typeText(expected);
      const a = typeText([jsonTypeOf(e.data)]);
      return report('type', { expected_ru: t.ru, expected_en: t.en, actual_ru: a.ru, actual_en: a.en });
    }
    case 'anyOf': {
      const types = ((e.schema as { type?: string }[]) ?? []).flatMap((b) => (b.type ? [b.type] : []));
      const t = typeText(types);
      const a = typeText([jsonTypeOf(e.data)]);
      return report('noVariant', { expected_ru: t.ru, expected_en: t.en, actual_ru: a.ru, actual_en: a.en });
    }
    case 'required':
      return report('required', { key: String(params.missingProperty) });
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = shown(e.data);
      const suggestion = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
      const data = { value, allowed: allowed.join(', '), ...(suggestion ? { suggestion } : {}) };
      return report(suggestion ? 'enumSuggest' : 'enum', data);
    }
    case 'const':
      return report('const', { expected: JSON.stringify(params.allowedValue), value: shown(e.data) });
    case 'pattern':
      return report('pattern', { value: shown(e.data), pattern: String(params.pattern) });
    case 'format':
      return report('format', { value: shown(e.data), format: String(params.format) });
    case 'minLength':
      return Number(params.limit) <= 1
        ? report('empty', {})
        : report('minLength', { limit: Number(params.limit) });
    case 'maxLength':
      return report('maxLength', { limit: Number(params.limit), length: String(e.data).length });
    case 'minimum':
      return report('minimum', { limit: Number(params.limit) });
    case 'maximum':
      return report('maximum', { limit: Number(params.limit) });
    case 'minItems':
      return report('minItems', { limit: Number(params.limit) });
    case 'minProperties':
      return report('empty', {});
    default:
      return report('other', { detail: e.message ?? e.keyword });
  }
}
