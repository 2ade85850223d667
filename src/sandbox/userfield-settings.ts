/**
 * SETTINGS of a user field as a portal stores them: the REST proxy passes on a fixed set of keys per
 * type and rewrites their values the PHP way (docs/bitrix24/parity.md#uf-settings-rest), then the type's
 * own class turns them into the stored settings (docs/bitrix24/parity.md#uf-settings-type). Every other
 * key is dropped without an error, so a write the portal "accepted" may keep nothing of what was sent.
 */
import { isNumeric, isset, phpCompare, phpGreaterThanZero, phpUpper, toFloat } from './php.js';
import { parseDate } from './dates.js';
import { isPhpArray, isRecord, toInt } from './values.js';

/** What the type classes need to know about the portal. */
export interface SettingsEnv {
  /** crm.status entity types in the portal's order (crm_status keeps only one of them). */
  statusEntityTypes: readonly string[];
  /** The portal's UTC offset in minutes (date defaults are kept in portal time). */
  utcOffsetMinutes: number;
}

type Settings = Record<string, unknown>;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A date default as the portal keeps it: "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS" in portal time, '' when unreadable. */
function fixedDate(value: unknown, withTime: boolean, offsetMinutes: number): string {
  const ms = parseDate(value, offsetMinutes);
  if (ms === undefined) return '';
  const d = new Date(ms + offsetMinutes * 60_000);
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (!withTime) return day;
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** The REST proxy's date default: a scalar means "no default"; TYPE is upper-cased, NONE when empty. */
function restDateDefault(given: unknown): Settings {
  if (!isPhpArray(given)) return { VALUE: given, TYPE: 'NONE' };
  const d = isRecord(given) ? given : {};
  const type = isset(d.TYPE) && d.TYPE !== '' ? phpUpper(d.TYPE) : 'NONE';
  return { VALUE: isset(d.VALUE) ? d.VALUE : '', TYPE: type };
}

function display(given: unknown, fallback: string): string {
  return given !== '' && isset(given) ? phpUpper(given) : fallback;
}

/**
 * The SETTINGS UserFieldProxy::add hands on: only these keys, with these rewrites; anything else
 * (and every key of a type not listed) is dropped (docs/bitrix24/parity.md#uf-settings-rest).
 */
export function restSettingsOnAdd(type: string, s: Settings): Settings {
  switch (type) {
    case 'string':
      return {
        DEFAULT_VALUE: isset(s.DEFAULT_VALUE) ? s.DEFAULT_VALUE : '',
        ROWS: phpGreaterThanZero(s.ROWS) ? s.ROWS : 1,
      };
    case 'integer':
      return { DEFAULT_VALUE: isset(s.DEFAULT_VALUE) ? s.DEFAULT_VALUE : '' };
    case 'double':
      // `$s['PRECISION'] >= 0` is true for an absent key too (null >= 0), which then casts to 0.
      return {
        DEFAULT_VALUE: isset(s.DEFAULT_VALUE) ? s.DEFAULT_VALUE : '',
        PRECISION: phpCompare(s.PRECISION, 0) >= 0 ? s.PRECISION : 2,
      };
    case 'boolean':
      return {
        DEFAULT_VALUE: isset(s.DEFAULT_VALUE) && phpGreaterThanZero(s.DEFAULT_VALUE) ? 1 : 0,
        DISPLAY: display(s.DISPLAY, 'CHECKBOX'),
      };
    case 'date':
    case 'datetime':
      return { DEFAULT_VALUE: restDateDefault(isset(s.DEFAULT_VALUE) ? s.DEFAULT_VALUE : []) };
    case 'enumeration': {
      const height = isset(s.LIST_HEIGHT) ? toInt(s.LIST_HEIGHT) : 0;
      return { DISPLAY: display(s.DISPLAY, 'LIST'), LIST_HEIGHT: height > 0 ? height : 1 };
    }
    case 'iblock_section':
    case 'iblock_element': {
      const height = isset(s.LIST_HEIGHT) ? toInt(s.LIST_HEIGHT) : 0;
      return {
        IBLOCK_TYPE_ID: isset(s.IBLOCK_TYPE_ID) ? s.IBLOCK_TYPE_ID : '',
        IBLOCK_ID: isset(s.IBLOCK_ID) ? toInt(s.IBLOCK_ID) : 0,
        DEFAULT_VALUE: isset(s.DEFAULT_VALUE) ? s.DEFAULT_VALUE : '',
        DISPLAY: display(s.DISPLAY, 'LIST'),
        LIST_HEIGHT: height > 0 ? height : 1,
        ACTIVE_FILTER: isset(s.ACTIVE_FILTER) && phpUpper(s.ACTIVE_FILTER) === 'Y' ? 'Y' : 'N',
      };
    }
    case 'crm_status':
      return { ENTITY_TYPE: isset(s.ENTITY_TYPE) ? s.ENTITY_TYPE : '' };
    case 'crm': {
      const out: Settings = {};
      for (const k of CRM_KEYS) out[k] = isset(s[k]) && phpUpper(s[k]) === 'Y' ? 'Y' : 'N';
      return out;
    }
    default:
      return {};
  }
}

const CRM_KEYS = ['LEAD', 'CONTACT', 'COMPANY', 'DEAL'] as const;

/**
 * UserFieldProxy::update: the stored settings with only these keys overwritten, each only when sent
 * (isset); date fields have no branch, so their default cannot be changed over REST
 * (docs/bitrix24/parity.md#uf-settings-rest).
 */
export function restSettingsOnUpdate(type: string, stored: Settings, s: Settings): Settings {
  const out: Settings = { ...stored };
  const set = (key: string, value: (v: unknown) => unknown) => {
    if (isset(s[key])) out[key] = value(s[key]);
  };
  switch (type) {
    case 'string':
      set('DEFAULT_VALUE', (v) => v);
      // min(max($v, 1), 50) compares the text the PHP way.
      set('ROWS', (v) => {
        const atLeast = phpCompare(v, 1) >= 0 ? v : 1;
        return phpCompare(atLeast, 50) <= 0 ? atLeast : 50;
      });
      break;
    case 'integer':
      set('DEFAULT_VALUE', (v) => v);
      break;
    case 'double':
      set('DEFAULT_VALUE', (v) => v);
      set('PRECISION', (v) => (phpCompare(v, 0) >= 0 ? v : 2));
      break;
    case 'boolean':
      set('DEFAULT_VALUE', (v) => (phpGreaterThanZero(v) ? 1 : 0));
      set('DISPLAY', (v) => (v !== '' ? phpUpper(v) : 'CHECKBOX'));
      break;
    case 'datetime':
      set('DEFAULT_VALUE', restDateDefault);
      break;
    case 'enumeration':
      set('DISPLAY', (v) => (v !== '' ? phpUpper(v) : 'LIST'));
      set('LIST_HEIGHT', (v) => (phpGreaterThanZero(v) ? v : 1));
      break;
    case 'iblock_section':
    case 'iblock_element':
      set('IBLOCK_TYPE_ID', (v) => v);
      set('IBLOCK_ID', (v) => (phpGreaterThanZero(v) ? v : 0));
      set('DEFAULT_VALUE', (v) => v);
      set('DISPLAY', (v) => (v !== '' ? phpUpper(v) : 'LIST'));
      set('LIST_HEIGHT', (v) => (phpGreaterThanZero(v) ? v : 1));
      set('ACTIVE_FILTER', (v) => (phpUpper(v) === 'Y' ? 'Y' : 'N'));
      break;
    case 'crm_status':
      set('ENTITY_TYPE', (v) => v);
      break;
    case 'crm':
      for (const k of CRM_KEYS) set(k, (v) => (phpUpper(v) === 'Y' ? 'Y' : 'N'));
      break;
    default:
      break;
  }
  return out;
}

function clampSize(size: number): number {
  return size <= 1 ? 20 : size > 255 ? 225 : size;
}

function datePrepared(s: Settings, withTime: boolean, env: SettingsEnv): Settings {
  const def = s.DEFAULT_VALUE;
  let out: Settings = { TYPE: 'NONE', VALUE: '' };
  if (isRecord(def) && def.TYPE === 'FIXED')
    out = { ...def, VALUE: fixedDate(def.VALUE, withTime, env.utcOffsetMinutes) };
  else if (isRecord(def) && def.TYPE === 'NOW') out = { ...def, VALUE: '' };
  if (!withTime) return { DEFAULT_VALUE: out };
  return {
    DEFAULT_VALUE: out,
    USE_SECOND: s.USE_SECOND === 'N' ? 'N' : 'Y',
    USE_TIMEZONE: s.USE_TIMEZONE === 'Y' ? 'Y' : 'N',
  };
}

/**
 * The type class's prepareSettings: what is finally stored, whatever reached it
 * (docs/bitrix24/parity.md#uf-settings-type).
 */
export function prepareSettings(type: string, s: Settings, env: SettingsEnv): Settings {
  switch (type) {
    case 'string': {
      const rows = toInt(s.ROWS);
      const regexp = typeof s.REGEXP === 'string' && s.REGEXP !== '' && s.REGEXP !== '0' ? s.REGEXP : '';
      return {
        SIZE: clampSize(toInt(s.SIZE)),
        ROWS: rows <= 1 ? 1 : rows > 50 ? 50 : rows,
        REGEXP: regexp,
        MIN_LENGTH: toInt(s.MIN_LENGTH),
        MAX_LENGTH: toInt(s.MAX_LENGTH),
        DEFAULT_VALUE: isset(s.DEFAULT_VALUE) ? s.DEFAULT_VALUE : '',
      };
    }
    case 'integer':
      return {
        SIZE: clampSize(toInt(s.SIZE)),
        MIN_VALUE: toInt(s.MIN_VALUE),
        MAX_VALUE: toInt(s.MAX_VALUE),
        DEFAULT_VALUE: (s.DEFAULT_VALUE ?? '') !== '' ? toInt(s.DEFAULT_VALUE) : null,
      };
    case 'double': {
      const prec = toInt(s.PRECISION);
      return {
        PRECISION: prec < 0 ? 0 : prec > 12 ? 12 : prec,
        SIZE: clampSize(toInt(s.SIZE)),
        MIN_VALUE: toFloat(s.MIN_VALUE),
        MAX_VALUE: toFloat(s.MAX_VALUE),
        DEFAULT_VALUE: isNumeric(s.DEFAULT_VALUE) ? toFloat(s.DEFAULT_VALUE) : null,
      };
    }
    case 'boolean': {
      const label = Array.isArray(s.LABEL) ? s.LABEL : ['', ''];
      const disp = s.DISPLAY;
      return {
        DEFAULT_VALUE: toInt(s.DEFAULT_VALUE) === 1 ? 1 : 0,
        DISPLAY: disp === 'CHECKBOX' || disp === 'RADIO' || disp === 'DROPDOWN' ? disp : 'CHECKBOX',
        LABEL: [label[0] ?? '', label[1] ?? ''],
        LABEL_CHECKBOX: typeof s.LABEL_CHECKBOX === 'string' ? s.LABEL_CHECKBOX : '',
      };
    }
    case 'date':
      return datePrepared(s, false, env);
    case 'datetime':
      return datePrepared(s, true, env);
    case 'enumeration': {
      const disp = s.DISPLAY;
      const height = toInt(s.LIST_HEIGHT);
      return {
        DISPLAY: disp === 'CHECKBOX' || disp === 'UI' || disp === 'DIALOG' ? disp : 'LIST',
        LIST_HEIGHT: height < 1 ? 1 : height,
        CAPTION_NO_VALUE: typeof s.CAPTION_NO_VALUE === 'string' ? s.CAPTION_NO_VALUE.trim() : '',
        SHOW_NO_VALUE: s.SHOW_NO_VALUE === 'N' ? 'N' : 'Y',
      };
    }
    case 'iblock_section':
    case 'iblock_element': {
      const disp = s.DISPLAY;
      const iblock = toInt(s.IBLOCK_ID);
      const element = toInt(s.DEFAULT_VALUE);
      return {
        DISPLAY: disp === 'DIALOG' || disp === 'UI' || disp === 'LIST' || disp === 'CHECKBOX' ? disp : 'UI',
        LIST_HEIGHT: Math.max(isset(s.LIST_HEIGHT) ? toInt(s.LIST_HEIGHT) : 1, 1),
        IBLOCK_ID: iblock <= 0 ? '' : iblock,
        DEFAULT_VALUE: element <= 0 ? '' : element,
        ACTIVE_FILTER: s.ACTIVE_FILTER === 'Y' ? 'Y' : 'N',
      };
    }
    case 'crm_status': {
      const wanted = isRecord(s.ENTITY_TYPE) ? (s.ENTITY_TYPE.ID ?? '') : s.ENTITY_TYPE;
      const known = typeof wanted === 'string' && env.statusEntityTypes.includes(wanted);
      return { ENTITY_TYPE: known ? wanted : (env.statusEntityTypes[0] ?? '') };
    }
    case 'crm': {
      const out: Settings = {};
      for (const k of CRM_KEYS) if (k in s) out[k] = s[k] === 'Y' ? 'Y' : 'N';
      // A field bound to nothing is bound to leads; LEAD is always written, null when it was absent.
      out.LEAD = Object.values(out).includes('Y') ? (out.LEAD ?? null) : 'Y';
      return out;
    }
    case 'employee': {
      const raw = Array.isArray(s.DEFAULT_VALUE) ? s.DEFAULT_VALUE : [s.DEFAULT_VALUE];
      return { DEFAULT_VALUE: raw.filter((v) => isNumeric(v) && toInt(v) > 0).map(toInt) };
    }
    case 'money':
      return { DEFAULT_VALUE: typeof s.DEFAULT_VALUE === 'string' ? s.DEFAULT_VALUE : '' };
    case 'url': {
      return {
        POPUP: s.POPUP === 'N' ? 'N' : 'Y',
        SIZE: clampSize(toInt(s.SIZE)),
        MIN_LENGTH: toInt(s.MIN_LENGTH),
        MAX_LENGTH: toInt(s.MAX_LENGTH),
        DEFAULT_VALUE: s.DEFAULT_VALUE ?? '',
        ROWS: isset(s.ROWS) ? toInt(s.ROWS) : 1,
      };
    }
    case 'address':
      return { SHOW_MAP: s.SHOW_MAP === 'N' ? 'N' : 'Y' };
    case 'file':
      return {
        SIZE: clampSize(toInt(s.SIZE)),
        LIST_WIDTH: toInt(s.LIST_WIDTH),
        LIST_HEIGHT: toInt(s.LIST_HEIGHT),
        MAX_SHOW_SIZE: toInt(s.MAX_SHOW_SIZE),
        MAX_ALLOWED_SIZE: toInt(s.MAX_ALLOWED_SIZE),
        EXTENSIONS: [],
        TARGET_BLANK: s.TARGET_BLANK === 'N' ? 'N' : 'Y',
        DEFAULT_VIEW: null,
      };
    default:
      return { ...s };
  }
}

/** The settings a field of this type is created with when nothing (or only dropped keys) is sent. */
export function initialSettings(type: string, env: SettingsEnv): Settings {
  return prepareSettings(type, restSettingsOnAdd(type, {}), env);
}
