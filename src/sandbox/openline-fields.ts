/**
 * Config::prepareFields of the open lines module: the only keys imopenlines.config.add/update keep,
 * each with its own rewrite (docs/bitrix24/parity.md#openline-fields). Flags compare with PHP's `==`:
 * a flag that is on unless "N" turns a JSON `true` into "N" (true == "N" is true in PHP), one that is
 * off unless "Y" turns the text "true" into "N". Keys not listed here are dropped.
 */
import { htmlEscape, isRecord, toInt } from './values.js';
import { isset, phpCompare, phpLooseEquals } from './php.js';

export interface LineLimits {
  /** The plan has imopenlines_can_use_queue_all; without it QUEUE_TYPE=all becomes evenly. */
  queueAll: boolean;
}

/** Flags on unless exactly "N" (`$v == 'N' ? 'N' : 'Y'`). */
const ON_UNLESS_N = [
  'CRM',
  'CRM_FORWARD',
  'CRM_CHAT_TRACKER',
  'CRM_TRANSFER_CHANGE',
  'CHECK_AVAILABLE',
  'WELCOME_MESSAGE',
  'VOTE_MESSAGE',
  'TEMPORARY',
  'ACTIVE',
];

/** Flags off unless "Y" (`$v == 'Y' ? 'Y' : 'N'`). */
const OFF_UNLESS_Y = [
  'CATEGORY_ENABLE',
  'AGREEMENT_MESSAGE',
  'WELCOME_BOT_ENABLE',
  'WATCH_TYPING',
  'SEND_WELCOME_EACH_SESSION',
  'WORKTIME_ENABLE',
  'VOTE_CLOSING_DELAY',
  'VOTE_BEFORE_FINISH',
  'KPI_FIRST_ANSWER_ALERT',
  'KPI_FURTHER_ANSWER_ALERT',
  'KPI_CHECK_OPERATOR_ACTIVITY',
  'USE_WELCOME_FORM',
  'WELCOME_FORM_DELAY',
  'CONFIRM_CLOSE',
  'IGNORE_WELCOME_FORM_RESPONSIBLE',
];

/** Whole numbers taken as they come ((int)). */
const INTS = [
  'QUEUE_TIME',
  'NO_ANSWER_TIME',
  'AGREEMENT_ID',
  'NO_ANSWER_BOT_ID',
  'WORKTIME_DAYOFF_BOT_ID',
  'CLOSE_BOT_ID',
  'AUTO_CLOSE_BOT_ID',
  'AUTO_EXPIRE_TIME',
  'QUICK_ANSWERS_IBLOCK_ID',
  'WELCOME_FORM_ID',
];

/** Texts kept as sent. */
const TEXTS = [
  'CRM_CREATE_SECOND',
  'CRM_SOURCE',
  'NO_ANSWER_TEXT',
  'WORKTIME_TIMEZONE',
  'WELCOME_MESSAGE_TEXT',
  'WORKTIME_DAYOFF_TEXT',
  'CLOSE_TEXT',
  'AUTO_CLOSE_TEXT',
  'VOTE_MESSAGE_2_TEXT',
  'VOTE_MESSAGE_2_LIKE',
  'VOTE_MESSAGE_2_DISLIKE',
  'KPI_FIRST_ANSWER_LIST',
  'KPI_FURTHER_ANSWER_LIST',
  'DEFAULT_OPERATOR_DATA',
  'NO_ANSWER_FORM_ID',
  'WORKTIME_DAYOFF_FORM_ID',
  'CLOSE_FORM_ID',
  'AUTO_CLOSE_FORM_ID',
];

/** `in_array($v, $allowed)` (loose) with a fallback. */
const ENUMS: Record<string, { allowed: string[]; fallback: string; strict?: boolean }> = {
  CRM_CREATE: { allowed: ['none', 'lead', 'deal'], fallback: 'lead' },
  TYPE_MAX_CHAT: { allowed: ['answered_new', 'answered', 'closed'], fallback: 'answered_new', strict: true },
  OPERATOR_DATA: { allowed: ['profile', 'queue', 'hide'], fallback: 'profile' },
  NO_ANSWER_RULE: { allowed: ['text', 'none'], fallback: 'none' },
  WORKTIME_DAYOFF_RULE: { allowed: ['text', 'none'], fallback: 'none' },
  CLOSE_RULE: { allowed: ['text', 'quality', 'none'], fallback: 'none' },
  AUTO_CLOSE_RULE: { allowed: ['text', 'none'], fallback: 'none' },
  QUEUE_TYPE: { allowed: ['strictly', 'all', 'evenly'], fallback: 'all' },
};

const yn = (b: boolean): 'Y' | 'N' => (b ? 'Y' : 'N');

function inArray(v: unknown, allowed: readonly string[], strict: boolean): boolean {
  return allowed.some((a) => (strict ? v === a : phpLooseEquals(v, a)));
}

/** The fields of one add (every key, defaults for those not sent) or update (only the keys sent). */
export function prepareLineFields(
  params: Record<string, unknown>,
  mode: 'add' | 'update',
  limits: LineLimits,
): Record<string, unknown> {
  const f: Record<string, unknown> = {};
  const has = (k: string) => isset(params[k]);
  if (has('LINE_NAME') && params.LINE_NAME !== '' && params.LINE_NAME !== '0') f.LINE_NAME = params.LINE_NAME;
  for (const k of ON_UNLESS_N) if (has(k)) f[k] = phpLooseEquals(params[k], 'N') ? 'N' : 'Y';
  for (const k of OFF_UNLESS_Y) if (has(k)) f[k] = yn(phpLooseEquals(params[k], 'Y'));
  if (has('CRM_CREATE_THIRD')) f.CRM_CREATE_THIRD = params.CRM_CREATE_THIRD === 'N' ? 'N' : 'Y';
  if (has('SHOW_NOTIFICATION_REDIRECT'))
    f.SHOW_NOTIFICATION_REDIRECT = yn(params.SHOW_NOTIFICATION_REDIRECT === 'Y');
  for (const k of INTS) if (has(k)) f[k] = String(toInt(params[k]));
  for (const k of TEXTS) if (has(k)) f[k] = params[k];
  for (const [k, e] of Object.entries(ENUMS))
    if (has(k)) f[k] = inArray(params[k], e.allowed, e.strict === true) ? params[k] : e.fallback;
  if (has('QUEUE_TYPE') && f.QUEUE_TYPE === 'all' && !limits.queueAll) f.QUEUE_TYPE = 'evenly';
  if (has('MAX_CHAT')) f.MAX_CHAT = String(Math.max(toInt(params.MAX_CHAT), 0));
  if (has('CATEGORY_ID')) f.CATEGORY_ID = String(f.CATEGORY_ENABLE === 'Y' ? toInt(params.CATEGORY_ID) : 0);
  if (has('SESSION_PRIORITY'))
    f.SESSION_PRIORITY = String(Math.min(Math.max(toInt(params.SESSION_PRIORITY), 0), 86400));
  if (has('LANGUAGE_ID')) f.LANGUAGE_ID = String(params.LANGUAGE_ID).slice(0, 2);
  // The welcome bot's settings count only when this call turns the bot on.
  const bot = f.WELCOME_BOT_ENABLE === 'Y';
  if (has('WELCOME_BOT_JOIN'))
    f.WELCOME_BOT_JOIN = phpLooseEquals(params.WELCOME_BOT_JOIN, 'first') ? 'first' : 'always';
  if (has('WELCOME_BOT_ID')) f.WELCOME_BOT_ID = String(bot ? toInt(params.WELCOME_BOT_ID) : 0);
  if (has('WELCOME_BOT_TIME')) f.WELCOME_BOT_TIME = String(bot ? toInt(params.WELCOME_BOT_TIME) : 600);
  if (has('WELCOME_BOT_LEFT'))
    f.WELCOME_BOT_LEFT = bot && phpLooseEquals(params.WELCOME_BOT_LEFT, 'close') ? 'close' : 'queue';
  for (const k of ['KPI_FIRST_ANSWER_TIME', 'KPI_FURTHER_ANSWER_TIME', 'VOTE_TIME_LIMIT'])
    if (has(k)) f[k] = String(Math.max(toInt(params[k]), 0));
  for (const k of ['FULL_CLOSE_TIME', 'AUTO_CLOSE_TIME'])
    if (has(k) && phpCompare(params[k], 0) >= 0) f[k] = String(toInt(params[k]));
  for (const k of ['KPI_FIRST_ANSWER_TEXT', 'KPI_FURTHER_ANSWER_TEXT'])
    if (has(k)) f[k] = htmlEscape(typeof params[k] === 'string' ? params[k] : String(params[k]));
  for (const k of ['VOTE_MESSAGE_1_TEXT', 'VOTE_MESSAGE_1_LIKE', 'VOTE_MESSAGE_1_DISLIKE'])
    if (has(k)) f[k] = String(params[k]).slice(0, 100);
  if (Array.isArray(params.WORKTIME_DAYOFF) || isRecord(params.WORKTIME_DAYOFF)) {
    const days = Object.values(params.WORKTIME_DAYOFF).filter((d) =>
      ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].includes(String(d)),
    );
    f.WORKTIME_DAYOFF = days.join(',');
  }
  worktime(params, f);
  if (mode === 'add') return { ...ADD_DEFAULTS, ...f };
  return f;
}

function worktime(params: Record<string, unknown>, f: Record<string, unknown>): void {
  if (isset(params.WORKTIME_FROM) && isset(params.WORKTIME_TO)) {
    const re = /^\d{1,2}(\.\d{1,2})?$/;
    const from = String(params.WORKTIME_FROM);
    const to = String(params.WORKTIME_TO);
    if (re.test(from) && re.test(to)) {
      let a = Number(from);
      let b = Number(to);
      if (a > 23.3) a = 23.3;
      if (b <= a) b = a < 23.3 ? a + 1 : 23.59;
      f.WORKTIME_FROM = String(a);
      f.WORKTIME_TO = String(b);
    } else {
      f.WORKTIME_FROM = '9';
      f.WORKTIME_TO = '18.30';
    }
  }
  if (isset(params.WORKTIME_HOLIDAYS)) {
    const raw = params.WORKTIME_HOLIDAYS;
    const text = (Array.isArray(raw) ? raw.join(',') : String(raw)).replace(/ /g, '');
    f.WORKTIME_HOLIDAYS = /^(\d{1,2}\.\d{1,2},?)+$/.test(text) ? text : '';
  }
}

/** What an added line gets for every key not sent (MODE_ADD branches), as stored. */
const ADD_DEFAULTS: Record<string, unknown> = {
  CRM: 'Y',
  CRM_CREATE: 'lead',
  CRM_CREATE_SECOND: '',
  CRM_CREATE_THIRD: 'Y',
  CRM_FORWARD: 'Y',
  CRM_CHAT_TRACKER: 'Y',
  CRM_TRANSFER_CHANGE: 'Y',
  CRM_SOURCE: 'create',
  QUEUE_TIME: '60',
  NO_ANSWER_TIME: '60',
  MAX_CHAT: '0',
  TYPE_MAX_CHAT: 'answered',
  CATEGORY_ENABLE: 'N',
  CATEGORY_ID: '0',
  SESSION_PRIORITY: '0',
  AGREEMENT_MESSAGE: 'N',
  AGREEMENT_ID: '0',
  WELCOME_BOT_ENABLE: 'N',
  WELCOME_BOT_JOIN: 'always',
  WELCOME_BOT_ID: '0',
  WELCOME_BOT_TIME: '600',
  WELCOME_BOT_LEFT: 'queue',
  // Without QUEUE_TYPE an added line is "all" whatever the plan allows: the downgrade applies to a sent value only.
  QUEUE_TYPE: 'all',
  CHECK_AVAILABLE: 'N',
  WATCH_TYPING: 'Y',
  WELCOME_MESSAGE: 'Y',
  SEND_WELCOME_EACH_SESSION: 'N',
  OPERATOR_DATA: 'profile',
  NO_ANSWER_RULE: 'none',
  NO_ANSWER_BOT_ID: '0',
  WORKTIME_ENABLE: 'N',
  WORKTIME_TIMEZONE: '',
  WORKTIME_DAYOFF: '',
  WORKTIME_FROM: '9',
  WORKTIME_TO: '18.30',
  WORKTIME_HOLIDAYS: '',
  WORKTIME_DAYOFF_RULE: 'none',
  WORKTIME_DAYOFF_BOT_ID: '0',
  CLOSE_RULE: 'quality',
  CLOSE_BOT_ID: '0',
  VOTE_MESSAGE: 'Y',
  VOTE_TIME_LIMIT: '0',
  VOTE_CLOSING_DELAY: 'N',
  VOTE_BEFORE_FINISH: 'Y',
  AUTO_CLOSE_RULE: 'none',
  FULL_CLOSE_TIME: '10',
  AUTO_CLOSE_TIME: '14400',
  AUTO_CLOSE_BOT_ID: '0',
  AUTO_EXPIRE_TIME: '86400',
  TEMPORARY: 'N',
  ACTIVE: 'Y',
  KPI_FIRST_ANSWER_TIME: '0',
  KPI_FIRST_ANSWER_ALERT: 'N',
  KPI_FURTHER_ANSWER_TIME: '0',
  KPI_FURTHER_ANSWER_ALERT: 'N',
  KPI_CHECK_OPERATOR_ACTIVITY: 'N',
  // No active welcome form on the sandbox portal: the add turns the form off.
  USE_WELCOME_FORM: 'N',
  WELCOME_FORM_DELAY: 'Y',
  CONFIRM_CLOSE: 'N',
  IGNORE_WELCOME_FORM_RESPONSIBLE: 'N',
};
