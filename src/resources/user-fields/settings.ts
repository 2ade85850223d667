/**
 * A field's SETTINGS as a portal keeps them. The REST proxy passes on a few keys per type and the
 * type's class rewrites their values (docs/bitrix24/parity.md#uf-settings-rest, #uf-settings-type):
 * a boolean default becomes 0 or 1, ROWS is held between 1 and 50, DISPLAY is upper-cased and falls
 * back to the type's first form, a crm field bound to nothing is bound to leads. The spec's settings
 * are turned into that form before they are compared with what the portal holds, and sent in it:
 * every value is then text or a number, read the same way by the portal whether it arrives in a
 * batch command or as JSON (docs/bitrix24/parity.md#php-comparison).
 */

type Settings = Record<string, unknown>;

const DISPLAYS: Record<string, readonly string[]> = {
  boolean: ['CHECKBOX', 'RADIO', 'DROPDOWN'],
  enumeration: ['LIST', 'CHECKBOX', 'UI', 'DIALOG'],
  iblock_element: ['UI', 'LIST', 'CHECKBOX', 'DIALOG'],
  iblock_section: ['UI', 'LIST', 'CHECKBOX', 'DIALOG'],
};

const CRM_KEYS = ['LEAD', 'CONTACT', 'COMPANY', 'DEAL'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A whole number the way PHP's (int) reads one; NaN when the value is not a number at all. */
function whole(v: unknown): number {
  if (typeof v === 'number') return Math.trunc(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Math.trunc(Number(v));
  return NaN;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), hi);
const yn = (v: unknown) => (v === true || (typeof v === 'string' && v.toUpperCase() === 'Y') ? 'Y' : 'N');

function display(type: string, v: unknown): unknown {
  const forms = DISPLAYS[type];
  if (forms === undefined || typeof v !== 'string') return v;
  const up = v.toUpperCase();
  return forms.includes(up) ? up : forms[0];
}

/** A date default `{TYPE, VALUE}`: TYPE upper-cased (NONE when empty), VALUE kept only for FIXED. */
function dateDefault(v: unknown): unknown {
  if (!isRecord(v)) return { TYPE: 'NONE', VALUE: '' };
  const type = typeof v.TYPE === 'string' && v.TYPE !== '' ? v.TYPE.toUpperCase() : 'NONE';
  return { TYPE: type, VALUE: type === 'FIXED' && typeof v.VALUE === 'string' ? v.VALUE : '' };
}

function defaultValue(type: string, v: unknown): unknown {
  switch (type) {
    case 'boolean':
      // `DEFAULT_VALUE > 0 ? 1 : 0`: only a positive number or true means "checked".
      return whole(v) > 0 ? 1 : 0;
    case 'integer': {
      const n = whole(v);
      return Number.isNaN(n) ? null : n;
    }
    case 'double':
      return typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
    case 'date':
    case 'datetime':
      return dateDefault(v);
    default:
      return v;
  }
}

function value(type: string, key: string, v: unknown): unknown {
  switch (key) {
    case 'DEFAULT_VALUE':
      return defaultValue(type, v);
    case 'DISPLAY':
      return display(type, v);
    case 'ROWS':
      return type === 'string' && !Number.isNaN(whole(v)) ? clamp(whole(v), 1, 50) : v;
    case 'PRECISION': {
      const n = whole(v);
      return type === 'double' && !Number.isNaN(n) ? (n < 0 ? 2 : Math.min(n, 12)) : v;
    }
    case 'LIST_HEIGHT':
      return Number.isNaN(whole(v)) ? v : Math.max(whole(v), 1);
    case 'ACTIVE_FILTER':
      return yn(v);
    default:
      return type === 'crm' && (CRM_KEYS as readonly string[]).includes(key) ? yn(v) : v;
  }
}

/**
 * The spec's settings of a field of this type in the form the portal stores them: the same keys
 * (plus LEAD = Y on a crm field bound to nothing), each value as the type keeps it.
 */
export function storedForm(type: string, settings: Readonly<Settings> | undefined): Settings {
  const out: Settings = {};
  for (const [k, v] of Object.entries(settings ?? {})) out[k] = value(type, k, v);
  if (type === 'crm' && settings !== undefined && !CRM_KEYS.some((k) => out[k] === 'Y')) out.LEAD = 'Y';
  return out;
}

/** Two settings values alike once both are in stored form: 1 and "1" agree, as do two spellings of one instant. */
export function sameSetting(type: string, key: string, stored: unknown, wanted: unknown): boolean {
  const a =
    key === 'DEFAULT_VALUE' && (type === 'date' || type === 'datetime') ? dateDefault(stored) : stored;
  return comparable(a, type) === comparable(wanted, type);
}

const ZONED = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(\.\d+)?(Z|[+-]\d\d:?\d\d)$/;

function comparable(v: unknown, type: string): string {
  if (type === 'datetime' && isRecord(v) && typeof v.VALUE === 'string' && ZONED.test(v.VALUE)) {
    // The list prints a fixed default in ISO 8601 with the portal's offset; a spec may name the
    // same instant with another offset.
    const ms = Date.parse(v.VALUE);
    if (!Number.isNaN(ms)) return JSON.stringify({ TYPE: v.TYPE, VALUE: String(ms) });
  }
  return JSON.stringify(asText(v));
}

/** Every number as text (a REST answer may print 1 as "1"), object keys in one order. */
function asText(v: unknown): unknown {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(asText);
  if (isRecord(v))
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, asText(v[k])]),
    );
  return v ?? null;
}
