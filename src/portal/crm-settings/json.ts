import { errorOf, type CliError } from '../../core/errors.js';
import { printable } from './entry-guard.js';
import { CRM_SETTINGS_ERRORS } from './messages.js';

/**
 * Reading the archive's JSON. Bitrix24 writes what MySQL returned, so numbers may come as strings, and
 * PHP encodes an empty map as `[]` (docs/bitrix24/crm-settings-archive.md): accept both, and reject
 * anything else with the entry named.
 */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export interface EntryContext {
  archive: string;
  entry: string;
}

export function parseEntry(bytes: Buffer, ctx: EntryContext): Json {
  try {
    return JSON.parse(bytes.toString('utf8')) as Json;
  } catch (e) {
    throw errorOf(CRM_SETTINGS_ERRORS, 'CRM_SETTINGS_BAD_JSON', {
      where: `${ctx.archive} ▸ ${printable(ctx.entry)}`,
      data: {
        archive: ctx.archive,
        entry: printable(ctx.entry),
        reason: e instanceof Error ? printable(e.message) : 'invalid',
      },
    });
  }
}

export function badShape(ctx: EntryContext, reason: string): CliError {
  return errorOf(CRM_SETTINGS_ERRORS, 'CRM_SETTINGS_BAD_SHAPE', {
    where: `${ctx.archive} ▸ ${printable(ctx.entry)}`,
    data: { archive: ctx.archive, entry: printable(ctx.entry), reason },
  });
}

export function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An object, or PHP's `[]` for an empty one. */
export function objectOrEmpty(v: Json | undefined): JsonObject | undefined {
  if (isObject(v)) return v;
  if (Array.isArray(v) && v.length === 0) return {};
  return undefined;
}

/** A list, or PHP's map with numeric keys that json_encode writes when keys are not 0..n-1. */
export function listOf(v: Json | undefined): Json[] {
  if (Array.isArray(v)) return v;
  if (isObject(v)) return Object.values(v);
  return [];
}

export function text(v: Json | undefined): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** An integer given as a number or a numeric string; null otherwise. */
export function int(v: Json | undefined): number | null {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v.trim());
  return null;
}

/** Y/N flags and booleans as Bitrix24 stores them. */
export function flag(v: Json | undefined, fallback: boolean): boolean {
  if (v === undefined || v === null || v === '') return fallback;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  return v === 'Y' || v === '1' || v === 'true';
}
